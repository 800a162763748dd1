import type { Core } from '@strapi/strapi';
import { registerRequestTokenGuard } from './appointment-requests/token-guard';
import { ensureLocalAdmin } from './bootstrap/admin';
import { syncAdminHelpText } from './bootstrap/admin-help-text';
import { ensureSiteApiToken } from './bootstrap/api-token';
import { lockDownPublicAccess } from './bootstrap/permissions';
import { ensureAdminRoles } from './bootstrap/roles';
import { seedDemoContent } from './bootstrap/seed';
import { ensureRebuildWebhook } from './bootstrap/webhooks';
import { registerContentRules } from './validation/document-middleware';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerContentRules(strapi);
    registerRequestTokenGuard(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await lockDownPublicAccess(strapi);
    await ensureSiteApiToken(strapi);
    await ensureAdminRoles(strapi);
    await ensureLocalAdmin(strapi);
    await syncAdminHelpText(strapi);
    await seedDemoContent(strapi);
    await ensureRebuildWebhook(strapi);
  },
};
