/**
 * What the build tests add to the seeded demo content for the content report (content-report.test.ts):
 * a clinical trial whose medical review is long overdue and whose summary reads far above grade 8,
 * and a location whose photo has no alt text (neither the entry's photoAlt nor the upload's). No
 * vitest import: the global setup loads it.
 */
import type { SeedClinicalTrial } from '../../../cms/src/seed/types';

/** The day the tested build's report measures review dates against (REPORT_DATE), so the test does not age. */
export const REPORT_DATE = '2026-12-01';

export const OVERDUE_HARD_TRIAL = {
  slug: 'report-fixture-maintenance-regimens',
  title: 'Individualized maintenance regimens after chemotherapy (report fixture)',
  nctId: 'NCT09999901',
  phase: 'phase_2',
  recruitmentStatus: 'recruiting',
  plainLanguageSummary:
    'This investigational randomized multicenter evaluation characterizes the comparative effectiveness of individualized maintenance regimens administered following completion of standard cytotoxic chemotherapy, incorporating longitudinal assessment of patient-reported quality-of-life outcomes, toxicity profiles and progression-free survival across heterogeneous metastatic populations. Participants additionally undergo comprehensive molecular characterization of circulating biomarkers.',
  eligibilitySummary: 'Adults with metastatic disease demonstrating radiographically documented stabilization following induction chemotherapy',
  review: { reviewer: 'amara-okafor', lastReviewed: '2020-01-15', nextReviewDue: '2021-01-15' },
  principalInvestigator: 'amara-okafor',
  subtypes: ['hr-positive-her2-negative'],
  treatments: ['endocrine-therapy'],
  locations: ['durham'],
} satisfies SeedClinicalTrial;

/** The location whose photo loses its alt text. */
export const LOCATION_WITHOUT_ALT = 'hillsborough';
