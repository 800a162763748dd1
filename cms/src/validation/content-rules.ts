import {
  checkLastReviewed,
  checkLatitude,
  checkLongitude,
  checkNctId,
  checkNextReviewDue,
  checkNpi,
  checkSlug,
  checkTimeOfDay,
  checkTimeRange,
  checkUsPhone,
} from '@mbc/shared';
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

/**
 * A medical page says "Medically reviewed on DATE by NAME": with a review date it goes live only
 * with a reviewing physician whose profile is published (the live page cannot name an unpublished
 * one). A draft may still lack one.
 */
const reviewerRule: Rule = ({ values, related }, _now, mode) => {
  const review = values.medicalReview as Record<string, unknown> | null | undefined;
  if (mode !== 'publish' || !isSet(review?.lastReviewed)) return [];
  const reviewers = related.reviewedBy ?? [];
  if (reviewers.length === 0) {
    return [{ path: ['reviewedBy'], message: 'reviewedBy is required to publish a page with a medical review: choose the reviewing physician (field reviewedBy), whose name the page shows.' }];
  }
  if (reviewers.some((reviewer) => reviewer.published === false)) {
    return [{ path: ['reviewedBy'], message: "reviewedBy names a physician whose profile is not published, so the page could not name them: publish the physician's profile first, or choose another reviewer (field reviewedBy)." }];
  }
  return [];
};

function atLeastOne(relation: string, why: string): Rule {
  return ({ related }) =>
    (related[relation] ?? []).length === 0 ? [{ path: [relation], message: `${relation} must have at least one entry: ${why}` }] : [];
}

const openingHoursRule: Rule = ({ values }) => {
  const hours = Array.isArray(values.hours) ? (values.hours as Record<string, unknown>[]) : [];
  // Strapi checks the schema's regex on REST writes only; the Document Service (imports, scripts) needs this.
  return hours.flatMap((row, index) => {
    const formats = [...fieldError(['hours', index, 'opens'], checkTimeOfDay(row?.opens)), ...fieldError(['hours', index, 'closes'], checkTimeOfDay(row?.closes))];
    return formats.length > 0 ? formats : fieldError(['hours', index, 'closes'], checkTimeRange(row?.opens, row?.closes));
  });
};

/** The relations each content type's rules need to know about. */
export const RELATIONS_CHECKED: Record<string, string[]> = {
  'api::physician.physician': ['locations', 'specialty'],
  'api::clinical-trial.clinical-trial': ['reviewedBy'],
  'api::subtype.subtype': ['reviewedBy'],
  'api::treatment.treatment': ['reviewedBy'],
  'api::diagnostic-test.diagnostic-test': ['reviewedBy'],
  'api::support-service.support-service': ['reviewedBy'],
  'api::condition-page.condition-page': ['reviewedBy'],
};

/** Relations whose entries must be published for the rules at publish (their `published` is filled in then). */
export const RELATIONS_PUBLISHED_AT_PUBLISH = new Set(['reviewedBy']);

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
  'api::clinical-trial.clinical-trial': [slugRule, ({ values }) => fieldError(['nctId'], checkNctId(values.nctId)), medicalReviewRule, reviewerRule],
  'api::subtype.subtype': [slugRule, medicalReviewRule, reviewerRule],
  'api::treatment.treatment': [slugRule, medicalReviewRule, reviewerRule],
  'api::diagnostic-test.diagnostic-test': [slugRule, medicalReviewRule, reviewerRule],
  'api::support-service.support-service': [slugRule, medicalReviewRule, reviewerRule, optionalPhone('contactPhone')],
  'api::specialty.specialty': [slugRule],
  'api::condition-page.condition-page': [medicalReviewRule, reviewerRule],
  'api::site-setting.site-setting': [requiredPhone('appointmentPhone')],
};

export function checkEntry(uid: string, entry: PendingEntry, now: Date = new Date(), mode: RuleMode = 'save'): FieldError[] {
  return (CONTENT_RULES[uid] ?? []).flatMap((rule) => rule(entry, now, mode));
}

export { relatedAfterSave };
