import { CONTENT_TYPES, isoToday, readableDate } from '@mbc/shared';
import { escapeHtml } from '../appointment-requests/responses';
import type { DueReview } from './due-reviews';

/**
 * The review reminder a reviewer receives: one message listing every page that names them as its
 * medical reviewer and is overdue or due soon. Pure, so the wording is tested without a CMS.
 */

export type ReminderReview = DueReview & {
  /** The type as the admin names it, e.g. "Treatment" (its schema's displayName). */
  typeName: string;
};

export type ReminderInput = {
  reviewerName: string;
  /** Overdue first, then by date (dueReviews' order). */
  reviews: readonly ReminderReview[];
  now: Date;
  /** How far ahead "due soon" looks, in days. */
  withinDays: number;
  /** The admin panel's address, e.g. https://cms.example.org/admin (Strapi's admin.absoluteUrl). */
  adminUrl: string;
};

export type ReminderMessage = { subject: string; text: string; html: string };

const DAY_MS = 24 * 60 * 60 * 1000;

const plural = (count: number, one: string, many: string = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** Where an editor opens the entry in the admin's content manager. */
export function adminEntryUrl(adminUrl: string, review: Pick<DueReview, 'type' | 'uid' | 'documentId'>): string {
  const base = adminUrl.replace(/\/+$/, '');
  if (CONTENT_TYPES[review.type].kind === 'single') return `${base}/content-manager/single-types/${review.uid}`;
  return `${base}/content-manager/collection-types/${review.uid}/${review.documentId}`;
}

/** "overdue since March 10, 2026 (266 days)", "due today", "due December 20, 2026 (19 days left)". */
export function dueText(nextReviewDue: string, now: Date): string {
  const days = Math.round((Date.parse(nextReviewDue) - Date.parse(isoToday(now))) / DAY_MS);
  if (days < 0) return `overdue since ${readableDate(nextReviewDue)} (${plural(-days, 'day')})`;
  if (days === 0) return `due today, ${readableDate(nextReviewDue)}`;
  return `due ${readableDate(nextReviewDue)} (${plural(days, 'day')} left)`;
}

/** "3 medical reviews due: 1 overdue", or "2 medical reviews due within 30 days" when none is overdue. */
export function reminderSubject(reviews: readonly Pick<DueReview, 'overdue'>[], withinDays: number): string {
  const overdue = reviews.filter((review) => review.overdue).length;
  const due = plural(reviews.length, 'medical review');
  return overdue > 0 ? `${due} due: ${overdue} overdue` : `${due} due within ${plural(withinDays, 'day')}`;
}

/** The reminder's one-line description of an entry, e.g. 'Treatment "Tamoxifen": due December 20, 2026 (19 days left)'. */
export function reviewLine(review: ReminderReview, now: Date): string {
  return `${review.typeName} "${review.title}": ${dueText(review.nextReviewDue, now)}`;
}

export function reminderMessage({ reviewerName, reviews, now, withinDays, adminUrl }: ReminderInput): ReminderMessage {
  const subject = reminderSubject(reviews, withinDays);
  const intro = `These pages name you as their medical reviewer and are overdue for review or due within ${plural(withinDays, 'day')}:`;
  const howTo =
    'To record a review, open the page in the CMS, check its medical content, set the new "Last reviewed" and "Next review due" dates, save and publish. ' +
    'This reminder comes each day while a review is due.';

  const text = [
    `Hello ${reviewerName},`,
    '',
    intro,
    '',
    ...reviews.flatMap((review, index) => [`${index + 1}. ${reviewLine(review, now)}`, `   ${adminEntryUrl(adminUrl, review)}`, '']),
    howTo,
    '',
  ].join('\n');

  const html = [
    `<p>Hello ${escapeHtml(reviewerName)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ol>',
    ...reviews.map((review) => {
      const url = escapeHtml(adminEntryUrl(adminUrl, review));
      return `<li>${escapeHtml(review.typeName)} <a href="${url}">${escapeHtml(review.title)}</a>: ${escapeHtml(dueText(review.nextReviewDue, now))}</li>`;
    }),
    '</ol>',
    `<p>${escapeHtml(howTo)}</p>`,
  ].join('\n');

  return { subject, text, html };
}
