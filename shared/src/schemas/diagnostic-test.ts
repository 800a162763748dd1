import { z } from 'zod';
import { blocksSchema } from './blocks';
import { entryMetaShape, slugSchema } from './common';
import { medicalReviewSchema } from './components';
import { diagnosticTestCategorySchema } from './enums';
import { reviewerLinkSchema } from './references';

/** api::diagnostic-test.diagnostic-test with diagnosticTestPopulate: one section of /diagnosis/. */
export const diagnosticTestSchema = z.object({
  ...entryMetaShape,
  name: z.string(),
  slug: slugSchema,
  category: diagnosticTestCategorySchema,
  sortOrder: z.number().int(),
  summary: z.string(),
  body: blocksSchema,
  medicalReview: medicalReviewSchema,
  // Null when no reviewer is chosen or their profile is unpublished; the site build refuses such a page.
  reviewedBy: reviewerLinkSchema.nullable(),
});

export type DiagnosticTest = z.infer<typeof diagnosticTestSchema>;
