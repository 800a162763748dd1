import type { RuleResult } from './result.js';

/** Strapi date fields are stored and served as 'YYYY-MM-DD' (no time, no zone). */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD string naming a real day. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
}

export function checkIsoDate(value: unknown): RuleResult {
  return isIsoDate(value) ? null : 'must be a date (YYYY-MM-DD).';
}

/** Today's date as YYYY-MM-DD in UTC, the format Strapi stores date fields in. */
export function isoToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const READABLE_DATE = new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/**
 * A stored date (YYYY-MM-DD) as a sentence says it, e.g. "December 1, 2026": the admin shows
 * dates in the editor's format, never as 2026-12-01, so messages do not either.
 */
export function readableDate(isoDate: string): string {
  return READABLE_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

/** A review date is allowed up to one day ahead, so editors west of UTC are not refused "today". */
export function checkLastReviewed(value: unknown, now: Date = new Date()): RuleResult {
  if (!isIsoDate(value)) return 'must be a date (YYYY-MM-DD).';
  const latestAllowed = isoToday(new Date(now.getTime() + 24 * 60 * 60 * 1000));
  if (value > latestAllowed) return `cannot be in the future (it is ${readableDate(value)}; today is ${readableDate(isoToday(now))}).`;
  return null;
}

export function checkNextReviewDue(nextReviewDue: unknown, lastReviewed: unknown): RuleResult {
  if (!isIsoDate(nextReviewDue)) return 'must be a date (YYYY-MM-DD).';
  if (isIsoDate(lastReviewed) && nextReviewDue <= lastReviewed) {
    return `must be after the last review date (${readableDate(lastReviewed)}).`;
  }
  return null;
}
