import { z } from 'zod';
import { LANGUAGE_NAMES } from '../language-names.js';

/**
 * Every enumeration of the CMS, with exactly the values in its schema.json. They live together
 * because both full entries and populated relations use them; the drift test compares each one
 * with the CMS.
 */

// subtype
export const receptorStatusSchema = z.enum(['positive', 'negative', 'either']);
// HER2-low (IHC 1+, or 2+ with a negative ISH test) is part of HER2-negative, not a status of its own.
export const her2StatusSchema = z.enum(['positive', 'negative', 'either']);

// treatment
export const treatmentCategorySchema = z.enum([
  'endocrine',
  'her2_targeted',
  'chemotherapy',
  'immunotherapy',
  'targeted_other',
  'surgery',
  'radiation',
  'supportive',
]);
export const howGivenSchema = z.enum(['pill', 'iv', 'injection', 'procedure', 'several']);

// diagnostic-test
export const diagnosticTestCategorySchema = z.enum(['imaging', 'biopsy', 'lab', 'genomic']);

// physician and its components
export const genderSchema = z.enum(['female', 'male', 'nonbinary']);
export const languageNameSchema = z.enum(LANGUAGE_NAMES);
export const educationKindSchema = z.enum(['medical_school', 'residency', 'fellowship', 'graduate_school', 'internship']);

// location.opening-hours
export const weekdaySchema = z.enum(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

// clinical-trial
export const clinicalTrialPhaseSchema = z.enum(['early_phase_1', 'phase_1', 'phase_1_2', 'phase_2', 'phase_2_3', 'phase_3', 'phase_4']);
export const clinicalTrialStatusSchema = z.enum([
  'not_yet_recruiting',
  'recruiting',
  'enrolling_by_invitation',
  'active_not_recruiting',
  'suspended',
  'completed',
  'terminated',
  'withdrawn',
]);

// support-service
export const supportServiceCategorySchema = z.enum([
  'support_group',
  'family_therapy',
  'palliative_care',
  'financial_counseling',
  'nutrition',
  'social_work',
  'integrative_therapies',
  'genetic_counseling',
  'counseling',
  'spiritual_care',
  'hospice',
]);

export type ReceptorStatus = z.infer<typeof receptorStatusSchema>;
export type Her2Status = z.infer<typeof her2StatusSchema>;
export type TreatmentCategory = z.infer<typeof treatmentCategorySchema>;
export type HowGiven = z.infer<typeof howGivenSchema>;
export type DiagnosticTestCategory = z.infer<typeof diagnosticTestCategorySchema>;
export type Gender = z.infer<typeof genderSchema>;
export type EducationKind = z.infer<typeof educationKindSchema>;
export type Weekday = z.infer<typeof weekdaySchema>;
export type ClinicalTrialPhase = z.infer<typeof clinicalTrialPhaseSchema>;
export type ClinicalTrialStatus = z.infer<typeof clinicalTrialStatusSchema>;
export type SupportServiceCategory = z.infer<typeof supportServiceCategorySchema>;

/** The CMS's rule (clinical-trial schema.json): subtype pages list these trials as open. */
export const OPEN_TRIAL_STATUSES = ['recruiting', 'not_yet_recruiting'] as const satisfies readonly ClinicalTrialStatus[];
