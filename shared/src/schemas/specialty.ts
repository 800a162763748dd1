import { z } from 'zod';
import { entryMetaShape, slugSchema } from './common.js';

/** api::specialty.specialty: the doctor finder's specialty filter. */
export const specialtySchema = z.object({
  ...entryMetaShape,
  name: z.string(),
  slug: slugSchema,
  description: z.string(),
});

export type Specialty = z.infer<typeof specialtySchema>;
