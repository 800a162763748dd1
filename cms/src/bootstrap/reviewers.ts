import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, MEDICAL_CONTENT_TYPES } from '@mbc/shared';

/**
 * The medical pages (the contract's MEDICAL_CONTENT_TYPES). Each names its reviewer in its own reviewedBy relation; the review component
 * (shared.medical-review) holds only the dates. The reviewer used to be a relation inside that
 * component, which Strapi 5 drops from the published version when the physician is unpublished
 * and published again, so pages lost their "by NAME" while the draft still showed it. reviewedBy
 * has an inverse on the physician (reviewedTreatments…) on purpose: Strapi re-links published
 * entries to a republished target only for two-way relations (a one-way one is lost the same way).
 */
export const MEDICAL_PAGE_TYPES = MEDICAL_CONTENT_TYPES.map((name) => CONTENT_TYPES[name].uid as UID.ContentType);

const PHYSICIAN = 'api::physician.physician';

/** One stored version (draft or published) of a medical page, as this step reads it. */
type PageRow = {
  id: number;
  documentId: string;
  locale: string | null;
  publishedAt: string | null;
  medicalReview: { lastReviewed: string | null; reviewer: { documentId: string } | null } | null;
  reviewedBy: { id: number } | null;
};

/**
 * Which physician a version without reviewedBy should name: the one its review component still
 * holds; for a published version that lost it, the draft's, if the draft holds the same review
 * (same date), since that is the lost link. A draft with a newer review is left for the editor.
 */
export function legacyReviewerOf(row: PageRow, draft: PageRow | undefined): string | null {
  if (row.reviewedBy) return null;
  const own = row.medicalReview?.reviewer?.documentId;
  if (own) return own;
  if (!row.publishedAt || !draft || draft.reviewedBy) return null;
  const sameReview = Boolean(row.medicalReview?.lastReviewed) && draft.medicalReview?.lastReviewed === row.medicalReview?.lastReviewed;
  return sameReview ? (draft.medicalReview?.reviewer?.documentId ?? null) : null;
}

/**
 * Migration for databases from before reviewedBy: every version (draft and published) of a
 * medical page whose reviewedBy is empty gets the reviewer its review component still holds,
 * linked to the physician's version of the same state (a draft to the draft, a published page
 * to the published profile). Idempotent: a version that has a reviewedBy is never touched, so
 * an editor's choice stands and a second start changes nothing. Writes through the query engine:
 * no content rules, no publish events (the next build picks the reviewers up).
 */
export async function copyLegacyReviewers(strapi: Core.Strapi): Promise<number> {
  let copied = 0;
  for (const uid of MEDICAL_PAGE_TYPES) {
    const rows = (await strapi.db.query(uid).findMany({
      select: ['id', 'documentId', 'locale', 'publishedAt'],
      populate: {
        medicalReview: { select: ['lastReviewed'], populate: { reviewer: { select: ['documentId'] } } },
        reviewedBy: { select: ['id'] },
      },
    })) as PageRow[];
    const drafts = new Map(rows.filter((row) => !row.publishedAt).map((row) => [`${row.documentId}:${row.locale}`, row]));
    for (const row of rows) {
      const reviewer = legacyReviewerOf(row, drafts.get(`${row.documentId}:${row.locale}`));
      if (!reviewer) continue;
      const physician = await strapi.db.query(PHYSICIAN).findOne({
        where: { documentId: reviewer, publishedAt: row.publishedAt ? { $notNull: true } : { $null: true } },
        select: ['id'],
      });
      // An unpublished reviewer cannot be named on the live page; the release check reports that page.
      if (!physician) continue;
      await strapi.db.query(uid).update({ where: { id: row.id }, data: { reviewedBy: physician.id } });
      copied++;
    }
  }
  if (copied > 0) strapi.log.info(`Copied ${copied} medical reviewer(s) from the review component into reviewedBy.`);
  return copied;
}
