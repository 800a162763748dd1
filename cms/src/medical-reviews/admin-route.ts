import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, isoToday } from '@mbc/shared';
import { MEDICAL_CONTENT_EDITOR } from '../bootstrap/roles';
import { dueReviews, type DueReview } from './due-reviews';

/** Where the admin's "Medical reviews due" widget reads its list (an admin route: no /api prefix). */
export const DUE_REVIEWS_PATH = '/medical-reviews/due';

const SUPER_ADMIN_CODE = 'strapi-super-admin';
const MAX_WITHIN_DAYS = 365;

export type AdminRole = { code?: string | null; name?: string | null };

/** Who may see which reviews are due: medical content editors and super admins. */
export function mayReadDueReviews(roles: readonly AdminRole[] | undefined): boolean {
  return (roles ?? []).some((role) => role.code === SUPER_ADMIN_CODE || role.name === MEDICAL_CONTENT_EDITOR.name);
}

/** `?withinDays=` as a whole number of days (30 when absent), or the reason it is refused. */
export function parseWithinDays(value: unknown): { withinDays: number } | { refused: string } {
  if (value === undefined || value === '') return { withinDays: 30 };
  if (typeof value !== 'string' || !/^\d+$/.test(value) || Number(value) > MAX_WITHIN_DAYS) {
    return { refused: `withinDays must be a whole number of days from 0 to ${MAX_WITHIN_DAYS} (got ${JSON.stringify(value)}).` };
  }
  return { withinDays: Number(value) };
}

/** The Content Manager's edit view of the entry, under /admin (the admin's router adds that prefix). */
export function editPathOf(review: Pick<DueReview, 'type' | 'uid' | 'documentId'>): string {
  return CONTENT_TYPES[review.type].kind === 'single'
    ? `/content-manager/single-types/${review.uid}`
    : `/content-manager/collection-types/${review.uid}/${review.documentId}`;
}

export type DueReviewsAnswer = {
  today: string;
  withinDays: number;
  /** Each entry with its type's name in the admin (e.g. "Overview page") and its edit view. */
  reviews: (DueReview & { typeName: string; editPath: string })[];
};

/** GET /medical-reviews/due[?withinDays=30]: the medical pages whose review is past or near, overdue first. */
export function registerDueReviewsRoute(strapi: Core.Strapi): void {
  const router: Core.RouterInput = {
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: DUE_REVIEWS_PATH,
        handler: async (ctx) => {
          const parsed = parseWithinDays(ctx.query.withinDays);
          if ('refused' in parsed) {
            ctx.status = 400;
            ctx.body = { error: parsed.refused };
            return;
          }
          const now = new Date();
          const reviews = await dueReviews(strapi, { now, withinDays: parsed.withinDays });
          const answer: DueReviewsAnswer = {
            today: isoToday(now),
            withinDays: parsed.withinDays,
            reviews: reviews.map((review) => ({
              ...review,
              typeName: strapi.contentType(review.uid as UID.ContentType).info.displayName,
              editPath: editPathOf(review),
            })),
          };
          ctx.set('Cache-Control', 'no-store');
          ctx.body = answer;
        },
        // Signed in first (401 for no or a bad session), then the role (403): cms/src/policies/medical-editors-only.ts.
        config: { policies: ['admin::isAuthenticatedAdmin', 'global::medical-editors-only'] },
      },
    ],
  };
  // Strapi adds each route's `info` when it registers the router; its type asks for it up front.
  strapi.server.routes(router as Core.Router);
}
