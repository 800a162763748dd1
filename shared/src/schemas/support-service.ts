import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { entryMetaShape, slugSchema, usPhoneSchema } from './common.js';
import { medicalReviewSchema } from './components.js';
import { supportServiceCategorySchema } from './enums.js';
import { locationLinkSchema, reviewerLinkSchema } from './references.js';

/** api::support-service.support-service with supportServicePopulate: one section of /support/. */
export const supportServiceSchema = z.object({
  ...entryMetaShape,
  name: z.string(),
  slug: slugSchema,
  category: supportServiceCategorySchema,
  summary: z.string(),
  body: blocksSchema,
  contactPhone: usPhoneSchema.nullable(),
  medicalReview: medicalReviewSchema,
  // Null when no reviewer is chosen or their profile is unpublished; the site build refuses such a page.
  reviewedBy: reviewerLinkSchema.nullable(),
  // Empty when the service is offered by phone or video only.
  locations: z.array(locationLinkSchema),
});

export type SupportService = z.infer<typeof supportServiceSchema>;
