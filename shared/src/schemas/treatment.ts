import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { entryMetaShape, slugSchema } from './common.js';
import { medicalReviewSchema, seoSchema } from './components.js';
import { howGivenSchema, treatmentCategorySchema } from './enums.js';
import { clinicalTrialLinkSchema, reviewerLinkSchema, subtypeLinkSchema } from './references.js';

/** api::treatment.treatment with treatmentPopulate: the /treatments/[slug]/ page. */
export const treatmentSchema = z.object({
  ...entryMetaShape,
  name: z.string(),
  slug: slugSchema,
  category: treatmentCategorySchema,
  howGiven: howGivenSchema,
  summary: z.string(),
  body: blocksSchema,
  sideEffects: blocksSchema,
  medicalReview: medicalReviewSchema,
  // Null when no reviewer is chosen or their profile is unpublished; the site build refuses such a page.
  reviewedBy: reviewerLinkSchema.nullable(),
  seo: seoSchema.nullable(),
  subtypes: z.array(subtypeLinkSchema),
  clinicalTrials: z.array(clinicalTrialLinkSchema),
});

export type Treatment = z.infer<typeof treatmentSchema>;
