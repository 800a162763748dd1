import type { ContentTypeName } from '@mbc/shared';

/** The Astro collection of each CMS content type (src/content.config.ts), as pages read them through src/lib/content.ts. */
export const COLLECTIONS = {
  subtype: 'subtypes',
  treatment: 'treatments',
  diagnosticTest: 'diagnosticTests',
  location: 'locations',
  physician: 'physicians',
  specialty: 'specialties',
  clinicalTrial: 'clinicalTrials',
  supportService: 'supportServices',
  conditionPage: 'conditionPage',
  siteSettings: 'siteSettings',
} as const satisfies Record<ContentTypeName, string>;

export type CollectionName = (typeof COLLECTIONS)[ContentTypeName];
