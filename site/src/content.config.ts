import { defineCollection } from 'astro:content';
import type { ContentTypeName } from '@mbc/shared';
import { cmsLoader } from './lib/cms/loader';
import { COLLECTIONS } from './lib/cms/collections';

/**
 * One collection per CMS content type, each filled by the CMS loader (src/lib/cms/loader.ts)
 * from Strapi or a snapshot (CONTENT_SOURCE). No Astro schema: the loader has already parsed
 * every entry with the shared content contract (@mbc/shared). Pages read these through
 * src/lib/content.ts, never directly.
 *
 * The draft preview server's build (SITE_BUILD=preview) has none: it reads the CMS's drafts on
 * each request (site/preview/), so building it needs no CMS.
 */
const PREVIEW_BUILD = process.env.SITE_BUILD === 'preview';

export const collections = PREVIEW_BUILD
  ? {}
  : Object.fromEntries(
      (Object.keys(COLLECTIONS) as ContentTypeName[]).map((name) => [COLLECTIONS[name], defineCollection({ loader: cmsLoader(name) })]),
    );
