import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { entryMetaShape, slugSchema } from './common.js';
import { medicalReviewSchema, seoSchema } from './components.js';
import { her2StatusSchema, receptorStatusSchema } from './enums.js';
import { clinicalTrialLinkSchema, physicianLinkSchema, reviewerLinkSchema, treatmentCardSchema } from './references.js';

/** api::subtype.subtype with subtypePopulate: the /subtypes/[slug]/ page. */
export const subtypeSchema = z.object({
  ...entryMetaShape,
  name: z.string(),
  slug: slugSchema,
  shortName: z.string(),
  sortOrder: z.number().int(),
  estrogenReceptor: receptorStatusSchema,
  progesteroneReceptor: receptorStatusSchema,
  her2Status: her2StatusSchema,
  summary: z.string(),
  body: blocksSchema,
  medicalReview: medicalReviewSchema,
  // Null when no reviewer is chosen or their profile is unpublished; the site build refuses such a page.
  reviewedBy: reviewerLinkSchema.nullable(),
  seo: seoSchema.nullable(),
  treatments: z.array(treatmentCardSchema),
  // All linked trials; the page shows those with an OPEN_TRIAL_STATUSES status.
  clinicalTrials: z.array(clinicalTrialLinkSchema),
  physicians: z.array(physicianLinkSchema),
});

export type Subtype = z.infer<typeof subtypeSchema>;
