import { z } from 'zod';
import { entryMetaShape } from './common.js';
import { callToActionSchema, medicalReviewSchema, sectionSchema, seoSchema, titledTextSchema } from './components.js';
import { reviewerLinkSchema, subtypeCardSchema, treatmentCardSchema } from './references.js';

/** api::condition-page.condition-page (single type) with conditionPagePopulate: the / overview page. */
export const conditionPageSchema = z.object({
  ...entryMetaShape,
  title: z.string(),
  intro: z.string(),
  goalsOfCare: z.array(titledTextSchema).min(1),
  newlyDiagnosed: callToActionSchema,
  secondOpinion: callToActionSchema,
  whyChooseUs: z.array(titledTextSchema).min(1),
  sections: z.array(sectionSchema),
  medicalReview: medicalReviewSchema,
  // Null when no reviewer is chosen or their profile is unpublished; the site build refuses such a page.
  reviewedBy: reviewerLinkSchema.nullable(),
  seo: seoSchema.nullable(),
  featuredSubtypes: z.array(subtypeCardSchema),
  featuredTreatments: z.array(treatmentCardSchema),
});

export type ConditionPage = z.infer<typeof conditionPageSchema>;
