import { z } from 'zod';
import { entryMetaShape, nctIdSchema, slugSchema } from './common.js';
import { medicalReviewSchema, seoSchema } from './components.js';
import { clinicalTrialPhaseSchema, clinicalTrialStatusSchema } from './enums.js';
import { locationPlaceSchema, physicianLinkSchema, reviewerLinkSchema, subtypeLinkSchema, treatmentLinkSchema } from './references.js';

/** api::clinical-trial.clinical-trial with clinicalTrialPopulate: the /clinical-trials/[slug]/ page. */
export const clinicalTrialSchema = z.object({
  ...entryMetaShape,
  title: z.string(),
  slug: slugSchema,
  nctId: nctIdSchema,
  phase: clinicalTrialPhaseSchema,
  recruitmentStatus: clinicalTrialStatusSchema,
  plainLanguageSummary: z.string(),
  eligibilitySummary: z.string(),
  medicalReview: medicalReviewSchema,
  // Null when no reviewer is chosen or their profile is unpublished; the site build refuses such a page.
  reviewedBy: reviewerLinkSchema.nullable(),
  seo: seoSchema.nullable(),
  principalInvestigator: physicianLinkSchema.nullable(),
  subtypes: z.array(subtypeLinkSchema),
  treatments: z.array(treatmentLinkSchema),
  // The trial's sites.
  locations: z.array(locationPlaceSchema),
});

export type ClinicalTrial = z.infer<typeof clinicalTrialSchema>;
