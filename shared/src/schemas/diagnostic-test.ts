import { z } from 'zod';
import { blocksSchema } from './blocks';
import { entryMetaShape, slugSchema } from './common';
import { medicalReviewSchema } from './components';
import { diagnosticTestCategorySchema } from './enums';

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
});

export type DiagnosticTest = z.infer<typeof diagnosticTestSchema>;
