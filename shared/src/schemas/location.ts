import { z } from 'zod';
import { entryMetaShape, latitudeSchema, longitudeSchema, mediaSchema, slugSchema, usPhoneSchema } from './common.js';
import { addressSchema, openingHoursSchema, seoSchema } from './components.js';
import { physicianLinkSchema } from './references.js';

/** api::location.location with locationPopulate: the /locations/[slug]/ page. */
export const locationSchema = z.object({
  ...entryMetaShape,
  name: z.string(),
  slug: slugSchema,
  address: addressSchema,
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  phone: usPhoneSchema,
  fax: usPhoneSchema.nullable(),
  // One row per open day; a day without a row is closed.
  hours: z.array(openingHoursSchema),
  parkingAndDirections: z.string(),
  servicesOffered: z.string(),
  photo: mediaSchema.nullable(),
  photoAlt: z.string().nullable(),
  seo: seoSchema.nullable(),
  physicians: z.array(physicianLinkSchema),
});

export type Location = z.infer<typeof locationSchema>;
