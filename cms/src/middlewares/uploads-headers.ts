import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { isUploadsPath, uploadsResponseHeaders } from '../media-library/file-types';

/**
 * Uploaded media never change at a URL: Strapi names each file with a hash of its own
 * (portrait_3f9a1c2b7e.jpg), and replacing a file gives it a new name. So /uploads/ answers may be
 * cached for a year, by browsers, a CDN and, above all, the site build: Astro keeps the images it
 * has optimized and reuses them while their source is fresh. Without this header every build
 * re-encoded every photo (about 20 s for the demo's 39 photos on a 2-core machine).
 */
export const UPLOADS_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Every /uploads/ answer also carries headers that keep a browser from running what it serves
 * (src/media-library/file-types.ts): the files come from the CMS's own address, where staff are
 * signed in. They are set after Strapi's security middleware, replacing its page CSP.
 */
export default (_config: unknown, { strapi: _strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: Context, next: () => Promise<void>) => {
    await next();
    if (!isUploadsPath(ctx.path)) return;
    const servesFile = ctx.status === 200 || ctx.status === 206; // 206: a range of it
    ctx.set(uploadsResponseHeaders(servesFile ? ctx.response.type : undefined));
    if (ctx.status === 200) ctx.set('Cache-Control', UPLOADS_CACHE_CONTROL);
  };
};
