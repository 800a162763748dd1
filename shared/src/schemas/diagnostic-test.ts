import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { entryMetaShape, slugSchema } from './common.js';
import { medicalReviewSchema } from './components.js';
import { diagnosticTestCategorySchema } from './enums.js';
import { reviewerLinkSchema } from './references.js';

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
