import { defineCollection } from 'astro:content';
import { cmsLoader } from './lib/cms/loader';

/**
 * One collection per CMS content type, each filled by the CMS loader (src/lib/cms/loader.ts)
 * from Strapi or a snapshot (CONTENT_SOURCE). No Astro schema: the loader has already parsed
 * every entry with the shared content contract (@mbc/shared). Pages read these through
 * src/lib/content.ts, never directly.
 */
export const collections = {
  subtypes: defineCollection({ loader: cmsLoader('subtype') }),
  treatments: defineCollection({ loader: cmsLoader('treatment') }),
  diagnosticTests: defineCollection({ loader: cmsLoader('diagnosticTest') }),
  locations: defineCollection({ loader: cmsLoader('location') }),
  physicians: defineCollection({ loader: cmsLoader('physician') }),
  specialties: defineCollection({ loader: cmsLoader('specialty') }),
  clinicalTrials: defineCollection({ loader: cmsLoader('clinicalTrial') }),
  supportServices: defineCollection({ loader: cmsLoader('supportService') }),
  conditionPage: defineCollection({ loader: cmsLoader('conditionPage') }),
  siteSettings: defineCollection({ loader: cmsLoader('siteSettings') }),
};
