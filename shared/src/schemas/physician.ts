import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { entryMetaShape, mediaSchema, npiSchema, slugSchema } from './common.js';
import { educationSchema, languageSchema, seoSchema } from './components.js';
import { genderSchema } from './enums.js';
import { locationPlaceSchema, specialtyLinkSchema, subtypeLinkSchema } from './references.js';

/** api::physician.physician with physicianPopulate: the /doctors/[slug]/ page and the doctor finder. */
export const physicianSchema = z.object({
  ...entryMetaShape,
  fullName: z.string(),
  slug: slugSchema,
  credentials: z.string(),
  title: z.string(),
  npi: npiSchema,
  // Strapi cannot require a relation, and an unpublished specialty comes back as null.
  specialty: specialtyLinkSchema.nullable(),
  gender: genderSchema.nullable(),
  languages: z.array(languageSchema).min(1),
  acceptingNewPatients: z.boolean(),
  offersTelehealth: z.boolean(),
  offersSecondOpinions: z.boolean(),
  photo: mediaSchema.nullable(),
  photoAlt: z.string().nullable(),
  bio: blocksSchema,
  education: z.array(educationSchema),
  boardCertifications: z.string().nullable(),
  clinicalInterests: z.string().nullable(),
  locations: z.array(locationPlaceSchema),
  subtypes: z.array(subtypeLinkSchema),
  seo: seoSchema.nullable(),
});

export type Physician = z.infer<typeof physicianSchema>;
