import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, MEDICAL_CONTENT_TYPES, isIsoDate, isoToday, type MedicalContentTypeName } from '@mbc/shared';

/**
 * Which medical pages are due for their medical review: one query, shared by the admin home
 * page's "Medical reviews due" widget and the review reminder e-mails, so both always name the
 * same entries.
 */

export type DueState = 'overdue' | 'due-soon';

export type DueReview = {
  /** The contract's name of the type, e.g. 'treatment' or 'conditionPage'. */
  type: MedicalContentTypeName;
  uid: string;
  documentId: string;
  /** null for the overview page, a single type. */
  slug: string | null;
  title: string;
  reviewer: { documentId: string; fullName: string } | null;
  /** YYYY-MM-DD */
  nextReviewDue: string;
  overdue: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/** The field each medical type is called by in the admin. */
const TITLE_FIELD: Record<MedicalContentTypeName, string> = {
  subtype: 'name',
  treatment: 'name',
  diagnosticTest: 'name',
  clinicalTrial: 'title',
  supportService: 'name',
  conditionPage: 'title',
};

/** The last day (YYYY-MM-DD, UTC like Strapi's date fields) still "due soon" `withinDays` after `now`. */
export function dueSoonUntil(now: Date, withinDays: number): string {
  return isoToday(new Date(now.getTime() + withinDays * DAY_MS));
}

/**
 * Whether a review date (YYYY-MM-DD) is past ('overdue': before today), near ('due-soon': today
 * or within `withinDays` days) or neither (null, also for a missing or malformed date).
 */
export function classifyDue(nextReviewDue: string | null | undefined, now: Date, withinDays: number): DueState | null {
  if (!isIsoDate(nextReviewDue)) return null;
  if (nextReviewDue < isoToday(now)) return 'overdue';
  if (nextReviewDue <= dueSoonUntil(now, withinDays)) return 'due-soon';
  return null;
}

/** Overdue first, then the earliest date first; ties by title so the order is stable. */
export function byUrgency(a: DueReview, b: DueReview): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.nextReviewDue !== b.nextReviewDue) return a.nextReviewDue < b.nextReviewDue ? -1 : 1;
  return a.title.localeCompare(b.title);
}

type ReviewedRow = {
  documentId: string;
  slug?: string | null;
  medicalReview?: { nextReviewDue?: string | null } | null;
  reviewedBy?: { documentId: string; fullName: string } | null;
} & Record<string, unknown>;

/**
 * Every medical page (the contract's MEDICAL_CONTENT_TYPES) whose next review is past or due
 * within `withinDays` days of `now`, overdue first, then by date.
 *
 * It reads each document's draft: the version an editor opens from the list and records a new
 * review in, so an entry leaves the list as soon as its new review is saved. (Publishing that
 * draft is the usual next step and is what the live page's "reviewed on" shows.)
 */
export async function dueReviews(strapi: Core.Strapi, { now, withinDays = 30 }: { now: Date; withinDays?: number }): Promise<DueReview[]> {
  if (!Number.isInteger(withinDays) || withinDays < 0) throw new RangeError(`withinDays must be a whole number of days, 0 or more (got ${withinDays}).`);
  const until = dueSoonUntil(now, withinDays);
  const due: DueReview[] = [];
  for (const type of MEDICAL_CONTENT_TYPES) {
    const { uid, kind } = CONTENT_TYPES[type];
    const titleField = TITLE_FIELD[type];
    const fields = kind === 'collection' ? [titleField, 'slug'] : [titleField];
    const rows = (await strapi.documents(uid as UID.ContentType).findMany({
      status: 'draft',
      fields,
      filters: { medicalReview: { nextReviewDue: { $lte: until } } },
      populate: { medicalReview: { fields: ['nextReviewDue'] }, reviewedBy: { fields: ['fullName'] } },
    } as never)) as unknown as ReviewedRow[];
    for (const row of rows) {
      const nextReviewDue = row.medicalReview?.nextReviewDue;
      const state = classifyDue(nextReviewDue, now, withinDays);
      if (!state || !nextReviewDue) continue;
      due.push({
        type,
        uid,
        documentId: row.documentId,
        slug: kind === 'collection' ? (row.slug ?? null) : null,
        title: String(row[titleField] ?? ''),
        reviewer: row.reviewedBy ? { documentId: row.reviewedBy.documentId, fullName: row.reviewedBy.fullName } : null,
        nextReviewDue,
        overdue: state === 'overdue',
      });
    }
  }
  return due.sort(byUrgency);
}
