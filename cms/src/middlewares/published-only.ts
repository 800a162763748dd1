import type { Core } from '@strapi/strapi';

/**
 * The content API serves published content only. Strapi lets any reader ask for drafts with
 * ?status=draft; the site-build token must never see unreviewed medical text, so that is refused.
 */
export default (_config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: any, next: () => Promise<void>) => {
    if (ctx.path.startsWith('/api/')) {
      const status = ctx.query?.status;
      const publicationState = ctx.query?.publicationState;
      if ((status !== undefined && status !== 'published') || (publicationState !== undefined && publicationState !== 'live')) {
        ctx.status = 403;
        ctx.body = {
          data: null,
          error: {
            status: 403,
            name: 'ForbiddenError',
            message: 'Drafts are not available through the content API: only published content can be read. Remove the status parameter.',
            details: {},
          },
        };
        return;
      }
    }
    await next();
  };
};
