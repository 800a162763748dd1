/** The CMS's content API as the tests address it. */
export const COLLECTION_ENDPOINTS = [
  'subtypes',
  'treatments',
  'diagnostic-tests',
  'locations',
  'physicians',
  'specialties',
  'clinical-trials',
  'support-services',
] as const;

export const SINGLE_ENDPOINTS = ['condition-page', 'site-setting'] as const;
