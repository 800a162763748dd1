import type { Core } from '@strapi/strapi';
import { isoToday } from '@mbc/shared';
import { documents, type StoredEntry } from './fixtures';

export const TREATMENT = 'api::treatment.treatment';
const DAY_MS = 24 * 60 * 60 * 1000;

/** The day (YYYY-MM-DD) `days` from today; negative for the past. */
export function daysFromToday(days: number, now: Date = new Date()): string {
  return isoToday(new Date(now.getTime() + days * DAY_MS));
}

/**
 * A draft treatment of its own (a copy of a seeded one, with its reviewer), whose next review is
 * due on `nextReviewDue`; remember its documentId to delete it after the test.
 */
/** A treatment of the demo seed, with its reviewer. */
const SEEDED_TREATMENT = 'chemotherapy';

export async function treatmentDueOn(strapi: Core.Strapi, slug: string, nextReviewDue: string): Promise<StoredEntry> {
  // A seeded treatment by its slug, not the first row: on PostgreSQL "first" is any row, such as one another test left without a reviewer.
  const seeded = await documents(strapi, TREATMENT).findFirst({ status: 'draft', filters: { slug: SEEDED_TREATMENT }, populate: { medicalReview: true, reviewedBy: true, subtypes: true } });
  if (!seeded?.reviewedBy) throw new Error(`The seeded treatment '${SEEDED_TREATMENT}' (with its reviewer) is not in the test database.`);
  const { id: _id, documentId: _documentId, createdAt: _c, updatedAt: _u, publishedAt: _p, locale: _l, reviewedBy, subtypes, medicalReview: _review, ...fields } = seeded;
  return documents(strapi, TREATMENT).create({
    data: {
      ...fields,
      name: `Review test ${slug}`,
      slug,
      medicalReview: { lastReviewed: daysFromToday(-400), nextReviewDue },
      reviewedBy: reviewedBy?.documentId,
      subtypes: subtypes.map((subtype: { documentId: string }) => subtype.documentId),
    },
    populate: { reviewedBy: true },
  });
}
