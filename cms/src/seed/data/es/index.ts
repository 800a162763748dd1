import type { SeedTranslation } from '../../types';
import { clinicalTrials } from './clinical-trials';
import { conditionPage } from './condition-page';
import { diagnosticTests } from './diagnostic-tests';
import { locations } from './locations';
import { physicians } from './physicians';
import { siteSettings } from './site-settings';
import { specialties } from './specialties';
import { subtypes } from './subtypes';
import { supportServices } from './support-services';
import { treatments } from './treatments';

/**
 * The demo content in Spanish: the English content's facts, numbers and advice, written for
 * patients in plain Spanish (usted; neutral Latin American Spanish as used in the US). Keys are
 * the English slugs; site/test/report/spanish-demo-content.test.ts holds it complete, within the
 * schema's limits and at Fernández-Huerta 70 or more on every medical page.
 */
export const spanish: SeedTranslation = {
  locale: 'es',
  specialties,
  locations,
  physicians,
  treatments,
  subtypes,
  diagnosticTests,
  clinicalTrials,
  supportServices,
  conditionPage,
  siteSettings,
};
