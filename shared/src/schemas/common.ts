import { z } from 'zod';
import { checkIsoDate, checkLatitude, checkLongitude, checkNctId, checkNpi, checkSlug, checkUsPhone, type RuleResult } from '../rules/index.js';

/**
 * Building blocks shared by every content type: the fields Strapi 5 adds to each entry, the
 * formats the site relies on, and media as the populate presets select it.
 */

/** Strapi stores decimals exactly; PostgreSQL hands them back as strings such as "35.9940000000". */
const DECIMAL_STRING_PATTERN = /^-?\d+(\.\d+)?$/;

/**
 * A string field held to one of the contract's format rules (src/rules/): the same check the CMS
 * runs on save, with the same sentence, so an entry the CMS would refuse never reaches a page.
 */
export function ruleString(rule: (value: string) => RuleResult) {
  return z.string().check((context) => {
    const problem = rule(context.value);
    if (problem !== null) context.issues.push({ code: 'custom', message: problem, input: context.value });
  });
}

/** Slugs become URL segments and HTML ids, so the site needs them URL-safe. */
export const slugSchema = ruleString(checkSlug);

/** Strapi date fields arrive as 'YYYY-MM-DD' (no time, no zone); the site formats them itself. */
export const isoDateSchema = ruleString(checkIsoDate);

/** ClinicalTrials.gov identifiers; the trial page links to the registry with it. */
export const nctIdSchema = ruleString(checkNctId);

/** National Provider Identifier (check digit included), written into the physician's schema.org data. */
export const npiSchema = ruleString(checkNpi);

/** A US phone number the site links with tel:. */
export const usPhoneSchema = ruleString(checkUsPhone);

export const isoDateTimeSchema = z.iso.datetime({ offset: true });

/** Accepts a number (SQLite) or a numeric string (PostgreSQL) and always gives the site a number. */
export const decimalSchema = z
  .union([z.number(), z.string().regex(DECIMAL_STRING_PATTERN, { error: 'must be a decimal number' })])
  .transform(Number);

/** A number held to a format rule, as ruleString does for strings. */
function numberRule(rule: (value: number) => RuleResult) {
  return z.number().check((context) => {
    const problem = rule(context.value);
    if (problem !== null) context.issues.push({ code: 'custom', message: problem, input: context.value });
  });
}

/** The doctor finder measures distances with these, so out-of-range values must not get through. */
export const latitudeSchema = decimalSchema.pipe(numberRule(checkLatitude));
export const longitudeSchema = decimalSchema.pipe(numberRule(checkLongitude));

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
