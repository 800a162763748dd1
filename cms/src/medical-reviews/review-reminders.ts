import type { Core, UID } from '@strapi/strapi';
import { dueReviews, type DueReview } from './due-reviews';
import { SMTP_PROVIDER } from './email-settings';
import { reminderMessage, reviewLine, type ReminderReview } from './reminder-message';

/** A page is in the reminder from this many days before its next review is due, and every day after. */
export const REMINDER_WITHIN_DAYS = 30;

const PHYSICIAN_UID = 'api::physician.physician';

export type ReminderDelivery =
  /** Sent through the e-mail plugin (SMTP configured). */
  | 'emailed'
  /** Written to the log: no SMTP configured (a local machine). */
  | 'logged'
  /** The reviewer has no e-mail address: a warning in the log names them and their pages. */
  | 'no-email'
  /** The SMTP server refused or could not be reached: an error in the log. */
  | 'failed';

export type ReminderOutcome = { reviewer: string; email: string | null; subject: string | null; delivery: ReminderDelivery };

type Reviewer = { documentId: string; fullName: string; email: string | null };

async function reviewersByDocumentId(strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, Reviewer>> {
  if (documentIds.length === 0) return new Map();
  // The draft: the physician's latest details, e.g. an address added but not yet published.
  const rows = (await strapi.documents(PHYSICIAN_UID).findMany({
    status: 'draft',
    fields: ['fullName', 'email'],
    filters: { documentId: { $in: documentIds } },
  } as never)) as unknown as { documentId: string; fullName: string; email?: string | null }[];
  return new Map(rows.map((row) => [row.documentId, { documentId: row.documentId, fullName: row.fullName, email: row.email?.trim() || null }]));
}

/** The due pages grouped by reviewer, in the order they first appear (the most urgent first). */
function groupByReviewer(reviews: readonly ReminderReview[]): Map<string, ReminderReview[]> {
  const groups = new Map<string, ReminderReview[]>();
  for (const review of reviews) {
    if (!review.reviewer) continue;
    const group = groups.get(review.reviewer.documentId) ?? [];
    group.push(review);
    groups.set(review.reviewer.documentId, group);
  }
  return groups;
}

function withTypeName(strapi: Core.Strapi, review: DueReview): ReminderReview {
  return { ...review, typeName: strapi.contentType(review.uid as UID.ContentType).info.displayName };
}

/**
 * The daily review reminder (config/cron-tasks.ts): each physician named as reviewedBy on medical
 * pages overdue or due within `withinDays` days receives one message listing those pages, through
 * Strapi's e-mail plugin when SMTP is configured (SMTP_HOST, see email-settings.ts), else in the
 * log. Nobody is skipped silently: a reviewer without an e-mail address and a due page without a
 * reviewer are warned about, by name. One reviewer's failed delivery does not stop the others.
 */
export async function sendReviewReminders(
  strapi: Core.Strapi,
  { now, withinDays = REMINDER_WITHIN_DAYS }: { now: Date; withinDays?: number },
): Promise<ReminderOutcome[]> {
  const due = (await dueReviews(strapi, { now, withinDays })).map((review) => withTypeName(strapi, review));

  const unassigned = due.filter((review) => !review.reviewer);
  if (unassigned.length > 0) {
    strapi.log.warn(
      `Review reminder: ${unassigned.length} page(s) due for medical review name no reviewer (reviewedBy), so nobody is reminded: ${unassigned.map((review) => reviewLine(review, now)).join('; ')}.`,
    );
  }

  const groups = groupByReviewer(due);
  const reviewers = await reviewersByDocumentId(strapi, [...groups.keys()]);
  const smtp = strapi.config.get('plugin::email.provider') === SMTP_PROVIDER;
  const adminUrl = strapi.config.get('admin.absoluteUrl') as string;
  const outcomes: ReminderOutcome[] = [];

  for (const [documentId, reviews] of groups) {
    const reviewer = reviewers.get(documentId) ?? { documentId, fullName: reviews[0]!.reviewer!.fullName, email: null };
    if (!reviewer.email) {
      strapi.log.warn(
        `Review reminder for ${reviewer.fullName} (physician ${documentId}) not sent: the physician has no e-mail address. ` +
          `Add it to their profile (the Email field) so they are reminded. Their pages due: ${reviews.map((review) => reviewLine(review, now)).join('; ')}.`,
      );
      outcomes.push({ reviewer: reviewer.fullName, email: null, subject: null, delivery: 'no-email' });
      continue;
    }
    const message = reminderMessage({ reviewerName: reviewer.fullName, reviews, now, withinDays, adminUrl });
    const outcome = { reviewer: reviewer.fullName, email: reviewer.email, subject: message.subject };
    if (!smtp) {
      strapi.log.info(`Review reminder for ${reviewer.fullName} <${reviewer.email}> (no SMTP_HOST set, so written here instead of sent): ${message.subject}\n${message.text}`);
      outcomes.push({ ...outcome, delivery: 'logged' });
      continue;
    }
    try {
      await strapi.plugin('email').service('email').send({ to: { name: reviewer.fullName, address: reviewer.email }, ...message });
      outcomes.push({ ...outcome, delivery: 'emailed' });
    } catch (error) {
      strapi.log.error(`Review reminder for ${reviewer.fullName} <${reviewer.email}> could not be sent: ${error instanceof Error ? error.message : String(error)}`);
      outcomes.push({ ...outcome, delivery: 'failed' });
    }
  }

  const emailed = outcomes.filter((outcome) => outcome.delivery === 'emailed').length;
  if (emailed > 0) strapi.log.info(`Review reminder: e-mailed ${emailed} reviewer(s) about ${due.length - unassigned.length} page(s) due.`);
  return outcomes;
}
