import isEqual from 'lodash/isEqual';

/**
 * Keeps an editor's unsaved work through a refused save (pure; used by KeepEditsOnRefusedSave).
 *
 * Strapi's edit view updates its cached copy of the entry optimistically on Save, rolls the copy
 * back when the CMS refuses the save, and refetches the entry; the form follows its copy of the
 * stored entry (its "initial values"), so the rollback and the refetch, which land around the end
 * of the save, replaced every unsaved edit with the last saved version. The form's own values
 * are the editor's until the stored copy first moves under them during the save: those are what
 * a refused save keeps, until the editor types again or saves again.
 */

type FormValues = Record<string, unknown>;

/** What the edit view's form holds at one render. */
export type FormSnapshot = {
  isSubmitting: boolean;
  values: FormValues;
  /** The form's copy of the stored entry: a new object whenever the stored copy changes. */
  initialValues: FormValues;
  /** Field errors, e.g. { medicalReview: { lastReviewed: '…' } } after a refused save. */
  errors: Record<string, unknown>;
};

export type SaveWatch =
  | { phase: 'idle' }
  /** A save is running; `sent` is what the editor had in the form, `overwritten` once the stored copy moved. */
  | { phase: 'saving'; sent: FormValues; initial: FormValues; overwritten: boolean }
  /** The CMS refused the save: the stored copy may still move under the form (rollback, refetch). */
  | { phase: 'keeping'; sent: FormValues; initial: FormValues };

export const IDLE: SaveWatch = { phase: 'idle' };

const hasErrors = (errors: Record<string, unknown>) => Object.keys(errors ?? {}).length > 0;

/** The next watch state after a render, and the values to put back into the form (null: leave the form alone). */
export function watchSave(watch: SaveWatch, form: FormSnapshot): { watch: SaveWatch; restore: FormValues | null } {
  if (form.isSubmitting) {
    if (watch.phase !== 'saving') {
      return { watch: { phase: 'saving', sent: form.values, initial: form.initialValues, overwritten: false }, restore: null };
    }
    if (watch.overwritten || form.initialValues !== watch.initial) return { watch: { ...watch, overwritten: true }, restore: null };
    // Still the editor's values (a blocks field flushes its text when Save blurs it).
    return { watch: { ...watch, sent: form.values }, restore: null };
  }
  if (watch.phase === 'idle') return { watch, restore: null };
  if (watch.phase === 'saving') {
    // Saved (the form was reset to what was saved, without errors) or refused with field errors.
    if (!hasErrors(form.errors)) return { watch: IDLE, restore: null };
    const keeping: SaveWatch = { phase: 'keeping', sent: watch.sent, initial: form.initialValues };
    const lost = (watch.overwritten || form.initialValues !== watch.initial) && !isEqual(form.values, watch.sent);
    return { watch: keeping, restore: lost ? watch.sent : null };
  }
  if (form.initialValues !== watch.initial) {
    return { watch: { ...watch, initial: form.initialValues }, restore: isEqual(form.values, watch.sent) ? null : watch.sent };
  }
  // The editor changed something since: their new values are the ones to keep from now on.
  if (!isEqual(form.values, watch.sent)) return { watch: IDLE, restore: null };
  return { watch, restore: null };
}
