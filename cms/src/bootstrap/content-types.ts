/** The content types the static site reads. The site-build token can read these and nothing else. */
export const SITE_CONTENT_TYPES = [
  'api::subtype.subtype',
  'api::treatment.treatment',
  'api::diagnostic-test.diagnostic-test',
  'api::location.location',
  'api::physician.physician',
  'api::specialty.specialty',
  'api::clinical-trial.clinical-trial',
  'api::support-service.support-service',
  'api::condition-page.condition-page',
  'api::site-setting.site-setting',
] as const;

/** Read actions the site build needs: find (list or single type) and findOne (by documentId). */
export function readActions(uid: string, kind: 'collectionType' | 'singleType'): string[] {
  return kind === 'singleType' ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`];
}
