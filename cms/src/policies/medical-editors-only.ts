import { errors } from '@strapi/utils';
import { mayReadDueReviews, type AdminRole } from '../medical-reviews/admin-route';

type PolicyContext = { state?: { auth?: { strategy?: { name?: string } }; user?: { roles?: AdminRole[] } } };

/**
 * Signed-in admin users only (API tokens, admin tokens included, are no admin user), and among
 * them only the roles that look after medical content. A PolicyError answers 403 with its reason.
 */
export default function medicalEditorsOnly(policyContext: PolicyContext): boolean {
  const state = policyContext.state;
  if (state?.auth?.strategy?.name !== 'admin' || !mayReadDueReviews(state.user?.roles)) {
    throw new errors.PolicyError('Which medical reviews are due is shown to medical content editors and super admins only.');
  }
  return true;
}

