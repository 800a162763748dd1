import { MEDICAL_CONTENT_TYPES, pagePathOf, type ContentEntry, type MedicalContentTypeName, type MedicalReview, type ReviewerLink } from '@mbc/shared';

/**
 * "Medically reviewed on DATE by NAME": the dates come from the entry's medicalReview component,
 * the NAME from its own reviewedBy relation. Every medical page names its reviewer, so the build
 * refuses a published page without one (`unreviewedPages`, run by the CMS loader) rather than
 * print the line without a name.
 */

/** What a page shows of its review; the reviewer is always there. */
export interface PageReview {
  lastReviewed: string;
  nextReviewDue: string;
  reviewer: ReviewerLink;
}

/** The part of a medical entry the review line reads. */
export interface ReviewedEntry {
  medicalReview: MedicalReview;
  reviewedBy: ReviewerLink | null;
}

/** Where each medical type appears on the site (diagnostic tests and support services are sections of one page). */

/** What an editor calls each medical type. */
const MEDICAL_TYPE_LABELS: Record<MedicalContentTypeName, string> = {
  subtype: 'subtype',
  treatment: 'treatment',
  diagnosticTest: 'diagnostic test',
  clinicalTrial: 'clinical trial',
  supportService: 'support service',
  conditionPage: 'overview page',
};

export function isMedicalContentType(name: string): name is MedicalContentTypeName {
  return (MEDICAL_CONTENT_TYPES as readonly string[]).includes(name);
}

/** The path of the page (or section) that shows the entry, e.g. /treatments/immunotherapy/. */
export function medicalPagePath<Name extends MedicalContentTypeName>(name: Name, entry: ContentEntry<Name>): string {
  // Every medical type has a page, and every medical entry the slug its page needs (the contract requires it).
  return pagePathOf(name, entry as { slug?: string })!;
}

/**
 * One sentence per published entry whose review names nobody, e.g. "treatment 'immunotherapy'
 * (/treatments/immunotherapy/) has a medical review without a reviewer: …". Empty when every
 * entry names its reviewer. reviewedBy comes back empty when none is chosen and when the chosen
 * physician's profile is not published, so the message says both.
 */
export function unreviewedPages<Name extends MedicalContentTypeName>(name: Name, entries: readonly ContentEntry<Name>[]): string[] {
  return entries
    .filter((entry) => entry.reviewedBy === null)
    .map((entry) => {
      const slug = 'slug' in entry ? ` '${entry.slug}'` : '';
      return (
        `${MEDICAL_TYPE_LABELS[name]}${slug} (${medicalPagePath(name, entry)}) has a medical review without a reviewer: ` +
        `choose the reviewing physician in the CMS (field reviewedBy) and publish it again, or publish the chosen physician's profile.`
      );
    });
}

/** The review line's data for an entry the loader accepted (it refuses entries without a reviewer). */
export function pageReview(entry: ReviewedEntry): PageReview {
  if (!entry.reviewedBy) {
    // Only reachable if a page is rendered from content the loader did not check.
    throw new Error(`A medical review from ${entry.medicalReview.lastReviewed} names no reviewer: choose the reviewing physician in the CMS (field reviewedBy).`);
  }
  const { lastReviewed, nextReviewDue } = entry.medicalReview;
  return { lastReviewed, nextReviewDue, reviewer: entry.reviewedBy };
}
