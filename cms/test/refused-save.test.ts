import { describe, expect, it } from 'vitest';
import { IDLE, watchSave, type FormSnapshot, type SaveWatch } from '../src/admin/edit-view/refused-save';

/** Feeds renders of the edit view's form through the watch, collecting what it would put back. */
function renders(snapshots: FormSnapshot[]): { restored: (Record<string, unknown> | null)[]; watch: SaveWatch } {
  let watch = IDLE;
  const restored: (Record<string, unknown> | null)[] = [];
  for (const snapshot of snapshots) {
    const next = watchSave(watch, snapshot);
    watch = next.watch;
    restored.push(next.restore);
  }
  return { restored, watch };
}

const stored = { body: 'saved text', lastReviewed: '2026-05-26' };
const edited = { body: 'saved text and an edit', lastReviewed: '2030-12-01' };
const refusal = { lastReviewed: 'Cannot be in the future (…)' };

describe('a refused save keeps what the editor typed', () => {
  it('puts the edits back when the rollback and the refetch replace them after the refusal', () => {
    const optimistic = { ...edited };
    const rolledBack = { ...stored };
    const refetched = { ...stored };
    const { restored } = renders([
      { isSubmitting: false, values: edited, initialValues: stored, errors: {} },
      { isSubmitting: true, values: edited, initialValues: stored, errors: {} },
      // Strapi's optimistic update moves the stored copy, and the form's values with it.
      { isSubmitting: true, values: optimistic, initialValues: optimistic, errors: {} },
      { isSubmitting: false, values: optimistic, initialValues: optimistic, errors: refusal },
      { isSubmitting: false, values: rolledBack, initialValues: rolledBack, errors: refusal },
      { isSubmitting: false, values: refetched, initialValues: refetched, errors: refusal },
    ]);
    expect(restored).toEqual([null, null, null, null, edited, edited]);
  });

  it('puts the edits back at once when the rollback came before the refusal', () => {
    const { restored } = renders([
      { isSubmitting: true, values: edited, initialValues: stored, errors: {} },
      { isSubmitting: true, values: { ...stored }, initialValues: { ...stored }, errors: {} },
      { isSubmitting: false, values: { ...stored }, initialValues: { ...stored }, errors: refusal },
    ]);
    expect(restored.at(-1)).toEqual(edited);
  });

  it('keeps text a blocks field flushed after Save was pressed', () => {
    const flushed = { ...edited, body: 'saved text and an edit, flushed on blur' };
    const { restored } = renders([
      { isSubmitting: true, values: edited, initialValues: stored, errors: {} },
      { isSubmitting: true, values: flushed, initialValues: stored, errors: {} },
      { isSubmitting: true, values: { ...stored }, initialValues: { ...stored }, errors: {} },
      { isSubmitting: false, values: { ...stored }, initialValues: { ...stored }, errors: refusal },
    ]);
    expect(restored.at(-1)).toEqual(flushed);
  });

  it('leaves the form alone after a successful save or a refusal in the browser', () => {
    const saved = renders([
      { isSubmitting: true, values: edited, initialValues: stored, errors: {} },
      { isSubmitting: true, values: { ...edited }, initialValues: { ...edited }, errors: {} },
      { isSubmitting: false, values: { ...edited }, initialValues: { ...edited }, errors: {} },
      { isSubmitting: false, values: { ...stored }, initialValues: { ...stored }, errors: {} },
    ]);
    expect(saved.restored).toEqual([null, null, null, null]);
    // The form's own checks refuse before anything is sent: nothing moved, nothing to put back.
    const checkedInBrowser = renders([
      { isSubmitting: true, values: edited, initialValues: stored, errors: {} },
      { isSubmitting: false, values: edited, initialValues: stored, errors: refusal },
    ]);
    expect(checkedInBrowser.restored).toEqual([null, null]);
  });

  it('stops keeping the old edits once the editor changes something', () => {
    const later = { ...edited, body: 'typed after the refusal' };
    const rolledBack = { ...stored };
    const { restored, watch } = renders([
      { isSubmitting: true, values: edited, initialValues: stored, errors: {} },
      { isSubmitting: true, values: rolledBack, initialValues: rolledBack, errors: {} },
      { isSubmitting: false, values: rolledBack, initialValues: rolledBack, errors: refusal },
      { isSubmitting: false, values: edited, initialValues: rolledBack, errors: refusal },
      { isSubmitting: false, values: later, initialValues: rolledBack, errors: refusal },
      { isSubmitting: false, values: later, initialValues: { ...stored, body: 'another refetch' }, errors: refusal },
    ]);
    expect(restored).toEqual([null, null, edited, null, null, null]);
    expect(watch).toEqual(IDLE);
  });
});
