import type { Core } from '@strapi/strapi';
import { entryToFix } from './entry-to-fix';
import { fetchRebuildStatus, rebuildStatusUrl, summarizeStatus, type SiteBuildStatus } from './status';

/** What the admin shows about the live site: the rebuild service's status, with the entry to fix named. */
async function siteBuildStatus(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<SiteBuildStatus> {
  const url = rebuildStatusUrl(env);
  if (!url) return { state: 'unknown', reason: 'no rebuild service is configured (REBUILD_WEBHOOK_URL is not set)' };
  const status = await fetchRebuildStatus(url);
  if ('unknown' in status) {
    strapi.log.warn(`Site build status: ${status.unknown} (${url}).`);
    return { state: 'unknown', reason: status.unknown };
  }
  const { summary, reported } = summarizeStatus(status);
  if (summary.failure && reported) summary.failure.entry = await entryToFix(strapi, reported);
  return summary;
}

/**
 * GET /site-build/status for the admin panel (its home-page widget and each entry's notice).
 * An admin route: only a person signed in to the admin gets an answer; API tokens, admin
 * tokens included, are refused, so the rebuild service stays private to the CMS.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const router: Core.RouterInput = {
      type: 'admin',
      prefix: '/site-build',
      routes: [
        {
          method: 'GET',
          path: '/status',
          handler: async (ctx) => {
            if (ctx.state?.auth?.strategy?.name !== 'admin') {
              ctx.status = 403;
              ctx.body = { error: 'The site build status is for people signed in to the admin, not for API tokens.' };
              return;
            }
            ctx.set('Cache-Control', 'no-store');
            ctx.body = await siteBuildStatus(strapi);
          },
          config: { policies: ['admin::isAuthenticatedAdmin'] },
        },
      ],
    };
    // Strapi adds each route's `info` when it registers the router; its type asks for it up front.
    strapi.server.routes(router as Core.Router);
  },
};
