import type { DueReviewsAnswer } from '../../medical-reviews/admin-route';

/** What the "Medical reviews due" widget says about one entry (pure). */

export type DueReviewRow = DueReviewsAnswer['reviews'][number];

/** "December 1, 2026" in the editor's locale; review dates are days (YYYY-MM-DD), read in UTC. */
export function formatReviewDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** "Overdue since December 1, 2026" or "Due December 20, 2026". */
export function dueText(review: Pick<DueReviewRow, 'nextReviewDue' | 'overdue'>, locale: string): string {
  const date = formatReviewDate(review.nextReviewDue, locale);
  return review.overdue ? `Overdue since ${date}` : `Due ${date}`;
}

/** "Treatment · reviewed by Amara Okafor" or "Treatment · no reviewer chosen". */
export function entryDetails(review: Pick<DueReviewRow, 'typeName' | 'reviewer'>): string {
  return `${review.typeName} · ${review.reviewer ? `reviewed by ${review.reviewer.fullName}` : 'no reviewer chosen'}`;
}

/** The line above the list: how many, and over which window. */
export function summaryLine(answer: Pick<DueReviewsAnswer, 'reviews' | 'withinDays'>): string {
  const overdue = answer.reviews.filter((review) => review.overdue).length;
  if (answer.reviews.length === 0) return `No medical review is overdue or due in the next ${answer.withinDays} days.`;
  const soon = answer.reviews.length - overdue;
  return `${overdue} overdue, ${soon} due in the next ${answer.withinDays} days.`;
}
