import type { Core } from '@strapi/strapi';
import { MEDICAL_PAGE_TYPES } from '../bootstrap/reviewers';

/**
 * The review dates as columns of the medical pages' lists.
 *
 * Strapi's Content Manager cannot sort a list by a component's field (components are not
 * sortable at all) and shows only one field of a component in a column (its main field). So each
 * medical page carries a copy of its review's two dates as top-level, private date attributes,
 * lastReviewed and nextReviewDue: the list shows both and sorts by them, and its filters offer
 * them as dates. The medicalReview component stays the one place an editor enters them (the
 * copies are hidden from the edit view, cms/src/bootstrap/admin-lists.ts) and what the site
 * reads (private attributes never reach the API). This module keeps the copies equal to it.
 */

export const REVIEW_DATE_FIELDS = ['lastReviewed', 'nextReviewDue'] as const;

/** Actions that write a page's data (a publish copies the draft, copies included). */
const WRITING_ACTIONS = new Set(['create', 'update', 'clone']);

type ReviewDates = { lastReviewed?: unknown; nextReviewDue?: unknown };

/**
 * The data of a save with the copies set from its medicalReview; a save that does not change the
 * review does not change the copies either (nothing else may write them).
 */
export function withReviewDates(data: Record<string, unknown>): Record<string, unknown> {
  const { lastReviewed: _lastReviewed, nextReviewDue: _nextReviewDue, ...rest } = data;
  if (!('medicalReview' in data)) return rest;
  const review = (data.medicalReview ?? null) as ReviewDates | null;
  return { ...rest, lastReviewed: review?.lastReviewed ?? null, nextReviewDue: review?.nextReviewDue ?? null };
}

/** Keeps the copies in step on every save through the Document Service (admin, REST, seed, import). */
export function registerReviewDateCopies(strapi: Core.Strapi): void {
  const medical = new Set<string>(MEDICAL_PAGE_TYPES);
  strapi.documents.use(async (context, next) => {
    const params = context.params as { data?: Record<string, unknown> };
    if (medical.has(context.uid) && WRITING_ACTIONS.has(context.action) && params.data) {
      params.data = withReviewDates(params.data);
    }
    return next();
  });
}

type PageRow = { id: number; lastReviewed: string | null; nextReviewDue: string | null; medicalReview: ReviewDates | null };

/**
 * Sets the copies of every stored version (draft and published) that differs from its review:
 * databases from before the copies, and rows written past the Document Service. Through the
 * query engine, so no content rule or publish event runs; idempotent. Returns how many changed.
 */
export async function syncReviewDateCopies(strapi: Core.Strapi): Promise<number> {
  let changed = 0;
  for (const uid of MEDICAL_PAGE_TYPES) {
    const rows = (await strapi.db.query(uid).findMany({
      select: ['id', ...REVIEW_DATE_FIELDS],
      populate: { medicalReview: { select: [...REVIEW_DATE_FIELDS] } },
    })) as PageRow[];
    for (const row of rows) {
      const lastReviewed = (row.medicalReview?.lastReviewed as string | undefined) ?? null;
      const nextReviewDue = (row.medicalReview?.nextReviewDue as string | undefined) ?? null;
      if (row.lastReviewed === lastReviewed && row.nextReviewDue === nextReviewDue) continue;
      await strapi.db.query(uid).update({ where: { id: row.id }, data: { lastReviewed, nextReviewDue } });
      changed++;
    }
  }
  if (changed > 0) strapi.log.info(`Copied the review dates of ${changed} medical page version(s) into their list columns.`);
  return changed;
}
