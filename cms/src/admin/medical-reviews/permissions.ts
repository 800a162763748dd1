/**
 * Who sees the "Medical reviews due" widget: those who may edit every medical page (the
 * contract's MEDICAL_CONTENT_TYPES; cms/test/due-reviews.test.ts keeps this list equal to it).
 * The admin bundle does not load the contract, so the uids are written out here. Strapi's
 * widget check needs all of them; the CMS's route then answers only medical content editors
 * and super admins (another role that may edit them is told why it sees no list).
 */
export const MEDICAL_PAGE_UIDS = [
  'api::subtype.subtype',
  'api::treatment.treatment',
  'api::diagnostic-test.diagnostic-test',
  'api::clinical-trial.clinical-trial',
  'api::support-service.support-service',
  'api::condition-page.condition-page',
] as const;

export const DUE_REVIEWS_WIDGET_PERMISSIONS = MEDICAL_PAGE_UIDS.map((subject) => ({ action: 'plugin::content-manager.explorer.update', subject }));
