import type { Core } from '@strapi/strapi';
import { allowDraftReadsFor, registerPublishedOnlyReads } from './access/published-only';
import { registerPrivateEvents } from './appointment-requests/private-events';
import { registerRequestTokenGuard } from './appointment-requests/token-guard';
import { ensureLocalAdmin } from './bootstrap/admin';
import { syncAdminHelpText } from './bootstrap/admin-help-text';
import { configureAdminLists } from './bootstrap/admin-lists';
import { ensureLocales } from './bootstrap/locales';
import { ensurePreviewApiToken, ensureSiteApiToken, removeStrapiDefaultTokens } from './bootstrap/api-token';
import { lockDownPublicAccess } from './bootstrap/permissions';
import { copyLegacyReviewers } from './bootstrap/reviewers';
import { ensureAdminRoles } from './bootstrap/roles';
import { seedDemoContent } from './bootstrap/seed';
import { ensureRebuildWebhook } from './bootstrap/webhooks';
import { registerSharedSlugs } from './i18n/shared-slugs';
import { registerDueReviewsRoute } from './medical-reviews/admin-route';
import { registerReviewDateCopies, syncReviewDateCopies } from './medical-reviews/review-dates';
import { registerContentRules } from './validation/document-middleware';
import { registerReviewerGuard } from './validation/reviewer-guard';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // First: it must see each caller's own Document Service call as the outermost one.
    registerPublishedOnlyReads(strapi);
    registerContentRules(strapi);
    registerSharedSlugs(strapi);
    registerReviewDateCopies(strapi);
    registerReviewerGuard(strapi);
    registerRequestTokenGuard(strapi);
    registerPrivateEvents(strapi);
    registerDueReviewsRoute(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await lockDownPublicAccess(strapi);
    await removeStrapiDefaultTokens(strapi);
    await ensureSiteApiToken(strapi);
    allowDraftReadsFor(await ensurePreviewApiToken(strapi));
    await ensureAdminRoles(strapi);
    await ensureLocalAdmin(strapi);
    await syncAdminHelpText(strapi);
    await configureAdminLists(strapi);
    await copyLegacyReviewers(strapi);
    await syncReviewDateCopies(strapi);
    await seedDemoContent(strapi);
    await ensureRebuildWebhook(strapi);
  },
};
