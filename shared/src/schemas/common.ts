import { z } from 'zod';

/**
 * Building blocks shared by every content type: the fields Strapi 5 adds to each entry, the
 * formats the site relies on, and media as the populate presets select it.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const NCT_ID_PATTERN = /^NCT\d{8}$/;
export const NPI_PATTERN = /^\d{10}$/;
/** Strapi stores decimals exactly; PostgreSQL hands them back as strings such as "35.9940000000". */
const DECIMAL_STRING_PATTERN = /^-?\d+(\.\d+)?$/;

/** Slugs become URL segments and HTML ids, so the site needs them URL-safe. */
export const slugSchema = z.string().regex(SLUG_PATTERN, {
  error: 'must be a slug: lowercase letters and digits joined by single hyphens, e.g. maya-okafor',
});

/** Strapi date fields arrive as 'YYYY-MM-DD' (no time, no zone); the site formats them itself. */
export const isoDateSchema = z.string().regex(ISO_DATE_PATTERN, { error: 'must be a date written YYYY-MM-DD' });

/** ClinicalTrials.gov identifiers; the trial page links to the registry with it. */
export const nctIdSchema = z.string().regex(NCT_ID_PATTERN, { error: 'must be NCT followed by 8 digits, e.g. NCT01234567' });

/** National Provider Identifier, written into the physician's schema.org data. */
export const npiSchema = z.string().regex(NPI_PATTERN, { error: 'must be exactly 10 digits (the NPI)' });

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Accepts a number (SQLite) or a numeric string (PostgreSQL) and always gives the site a number. */
export const decimalSchema = z
  .union([z.number(), z.string().regex(DECIMAL_STRING_PATTERN, { error: 'must be a decimal number' })])
  .transform(Number);

/** The doctor finder measures distances with these, so out-of-range values must not get through. */
export const latitudeSchema = decimalSchema.pipe(z.number().min(-90).max(90));
export const longitudeSchema = decimalSchema.pipe(z.number().min(-180).max(180));

/** What every document (entry, populated relation, media file) carries in Strapi 5's flat format. */
export const documentMetaShape = {
  id: z.number().int(),
  documentId: z.string().min(1),
};

/** A top-level entry also carries its timestamps; the content API serves published entries only. */
export const entryMetaShape = {
  ...documentMetaShape,
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  publishedAt: isoDateTimeSchema,
};

/** Components are rows, not documents: they carry a numeric id only. */
export const componentMetaShape = {
  id: z.number().int(),
};

/** Start of every populated relation: extend it with the fields the populate preset selects. */
export const documentRefSchema = z.object(documentMetaShape);

/** One resized variant of an uploaded image (thumbnail, small, medium, large). */
export const mediaFormatSchema = z.object({
  url: z.string().min(1),
  width: z.number(),
  height: z.number(),
  mime: z.string(),
});

/** An uploaded file with the fields MEDIA_FIELDS selects (shared/src/populate.ts). */
export const mediaSchema = documentRefSchema.extend({
  url: z.string().min(1),
  alternativeText: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  mime: z.string(),
  formats: z.record(z.string(), mediaFormatSchema).nullable(),
});

export type Media = z.infer<typeof mediaSchema>;
