import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE } from '@mbc/shared';
import { MEDICAL_PAGE_TYPES } from '../bootstrap/reviewers';

const PHYSICIAN = 'api::physician.physician';

/** Taking a profile off the site: both leave published pages naming a reviewer who is gone. */
const REMOVING_ACTIONS = new Set(['unpublish', 'delete']);

export type ReviewedPage = { type: string; label: string };

/** "treatment 'immunotherapy'", or the single type's display name for the overview page. */
function describeReviewedPages(physicianName: string, pages: ReviewedPage[]): string {
  const list = pages.map((page) => page.label).join(', ');
  return (
    `${physicianName} is the medical reviewer named on published pages: ${list}. ` +
    'Choose another reviewer on those pages (field reviewedBy) and publish them first, so the site never shows a review by someone who is no longer listed.'
  );
}

/**
 * The published pages that name this physician as their reviewer. Only default-locale versions
 * name one: every language takes its relations from the default locale's version.
 */
async function pagesReviewedBy(strapi: Core.Strapi, documentId: string): Promise<ReviewedPage[]> {
  const pages: ReviewedPage[] = [];
  for (const uid of MEDICAL_PAGE_TYPES) {
    const contentType = strapi.contentType(uid);
    const hasSlug = 'slug' in contentType.attributes;
    const rows = (await strapi.db.query(uid).findMany({
      where: { publishedAt: { $notNull: true }, locale: DEFAULT_LOCALE, reviewedBy: { documentId } },
      select: hasSlug ? ['slug'] : ['id'],
    })) as { slug?: string }[];
    const typeName = contentType.info.singularName.replace(/-/g, ' ');
    for (const row of rows) {
      pages.push({ type: uid, label: hasSlug ? `${typeName} '${row.slug}'` : `the ${contentType.info.displayName.toLowerCase()}` });
    }
  }
  return pages;
}

/**
 * A published page always names a published reviewer (the release check refuses one that does
 * not). So a physician who reviewed published pages can be unpublished or deleted only once those
 * pages name someone else: refused here, at the moment the editor acts, with the pages named,
 * instead of every later build failing while the profile stays live.
 */
export function registerReviewerGuard(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if ((context.uid as string) !== PHYSICIAN || !REMOVING_ACTIONS.has(context.action)) return next();
    const { documentId, locale } = context.params as { documentId?: string; locale?: unknown };
    if (!documentId) return next();
    // Taking away another locale's version leaves the profile the pages name (the default locale's) on the site.
    if (typeof locale === 'string' && locale !== '*' && locale !== DEFAULT_LOCALE) return next();
    const pages = await pagesReviewedBy(strapi, documentId);
    if (pages.length === 0) return next();
    const physician = (await strapi.db.query(PHYSICIAN).findOne({ where: { documentId }, select: ['fullName'] })) as { fullName?: string } | null;
    throw new errors.ValidationError(describeReviewedPages(physician?.fullName ?? `Physician ${documentId}`, pages), {
      errors: [{ path: ['reviewedBy'], message: 'Reviewer of published pages', name: 'ValidationError' }],
    });
  });
}
