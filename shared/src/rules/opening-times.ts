import type { RuleResult } from './result.js';

/** A 24-hour time of day, e.g. 08:00; the site writes it into schema.org openingHours. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

export function checkTimeOfDay(value: unknown): RuleResult {
  if (typeof value !== 'string' || !TIME_OF_DAY_PATTERN.test(value)) return 'must be a 24-hour time such as 08:00 or 17:30.';
  return null;
}

/** One open day's hours: the clinic closes after it opens (24-hour times compare as strings). */
export function checkTimeRange(opens: unknown, closes: unknown): RuleResult {
  if (typeof opens === 'string' && typeof closes === 'string' && closes <= opens) {
    return `closing time ${closes} must be after opening time ${opens}.`;
  }
  return null;
}
