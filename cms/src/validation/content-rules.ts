import {
  checkLastReviewed,
  checkLatitude,
  checkLongitude,
  checkNctId,
  checkNextReviewDue,
  checkNpi,
  checkSlug,
  checkTimeRange,
  checkUsPhone,
} from './rules';
import { relatedAfterSave, type RelatedRef } from './relation-input';

export type FieldError = { path: (string | number)[]; message: string };

/** The entry as it will be after the save: the stored draft overlaid with the submitted data. */
export type PendingEntry = {
  /** Submitted data merged over the stored draft (scalars and components). */
  values: Record<string, unknown>;
  /** Related entries after the save, for each relation the rules look at. */
  related: Record<string, RelatedRef[]>;
};

/** A save keeps a draft (unfinished fields may be empty); a publish puts the entry on the site. */
export type RuleMode = 'save' | 'publish';

type Rule = (entry: PendingEntry, now: Date, mode: RuleMode) => FieldError[];

function fieldError(path: (string | number)[], rule: string | null): FieldError[] {
  return rule === null ? [] : [{ path, message: `${path.join('.')} ${rule}` }];
}

function isSet(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function optionalPhone(field: string): Rule {
  return ({ values }) => (isSet(values[field]) ? fieldError([field], checkUsPhone(values[field])) : []);
}

function requiredPhone(field: string): Rule {
  return ({ values }) => fieldError([field], checkUsPhone(values[field]));
}

function photoNeedsAlt(photoField: string, altField: string): Rule {
  return ({ values }) => {
    const alt = values[altField];
    if (isSet(values[photoField]) && (typeof alt !== 'string' || alt.trim() === '')) {
      return [{ path: [altField], message: `${altField} is required when ${photoField} is set: describe the image for people who cannot see it.` }];
    }
    return [];
  };
}

/**
 * The page address: checked at every save, so a draft never holds a slug that would fail the next
 * build, and required at publish.
 */
const slugRule: Rule = ({ values }, _now, mode) => {
  if (!isSet(values.slug) && mode === 'save') return [];
  return fieldError(['slug'], checkSlug(values.slug));
};

const medicalReviewRule: Rule = ({ values }, now) => {
  const review = values.medicalReview as Record<string, unknown> | null | undefined;
  if (!review) return [];
  return [
    ...fieldError(['medicalReview', 'lastReviewed'], checkLastReviewed(review.lastReviewed, now)),
    ...fieldError(['medicalReview', 'nextReviewDue'], checkNextReviewDue(review.nextReviewDue, review.lastReviewed)),
  ];
};

function atLeastOne(relation: string, why: string): Rule {
  return ({ related }) =>
    (related[relation] ?? []).length === 0 ? [{ path: [relation], message: `${relation} must have at least one entry: ${why}` }] : [];
}

const openingHoursRule: Rule = ({ values }) => {
  const hours = Array.isArray(values.hours) ? (values.hours as Record<string, unknown>[]) : [];
  return hours.flatMap((row, index) => fieldError(['hours', index, 'closes'], checkTimeRange(row?.opens, row?.closes)));
};

/** The relations each content type's rules need to know about. */
export const RELATIONS_CHECKED: Record<string, string[]> = {
  'api::physician.physician': ['locations', 'specialty'],
};

export const CONTENT_RULES: Record<string, Rule[]> = {
  'api::physician.physician': [
    slugRule,
    ({ values }) => fieldError(['npi'], checkNpi(values.npi)),
    atLeastOne('locations', 'a physician needs a location where patients can see them (the doctor finder uses it).'),
    atLeastOne('specialty', 'choose the physician\'s main specialty.'),
    photoNeedsAlt('photo', 'photoAlt'),
  ],
  'api::location.location': [
    slugRule,
    ({ values }) => fieldError(['latitude'], checkLatitude(values.latitude)),
    ({ values }) => fieldError(['longitude'], checkLongitude(values.longitude)),
    requiredPhone('phone'),
    optionalPhone('fax'),
    openingHoursRule,
    photoNeedsAlt('photo', 'photoAlt'),
  ],
  'api::clinical-trial.clinical-trial': [slugRule, ({ values }) => fieldError(['nctId'], checkNctId(values.nctId)), medicalReviewRule],
  'api::subtype.subtype': [slugRule, medicalReviewRule],
  'api::treatment.treatment': [slugRule, medicalReviewRule],
  'api::diagnostic-test.diagnostic-test': [slugRule, medicalReviewRule],
  'api::support-service.support-service': [slugRule, medicalReviewRule, optionalPhone('contactPhone')],
  'api::specialty.specialty': [slugRule],
  'api::condition-page.condition-page': [medicalReviewRule],
  'api::site-setting.site-setting': [requiredPhone('appointmentPhone')],
};

export function checkEntry(uid: string, entry: PendingEntry, now: Date = new Date(), mode: RuleMode = 'save'): FieldError[] {
  return (CONTENT_RULES[uid] ?? []).flatMap((rule) => rule(entry, now, mode));
}

export { relatedAfterSave };
