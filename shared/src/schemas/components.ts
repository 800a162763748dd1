import { z } from 'zod';
import { blocksSchema } from './blocks.js';
import { checkTimeOfDay, checkTimeRange } from '../rules/index.js';
import { componentMetaShape, isoDateSchema, ruleString, slugSchema } from './common.js';
import { educationKindSchema, languageNameSchema, weekdaySchema } from './enums.js';

/** Components as Strapi 5 returns them when populated: a row with its own numeric id. */

/** shared.seo */
export const seoSchema = z.object({
  ...componentMetaShape,
  metaTitle: z.string().nullable(),
  metaDescription: z.string().nullable(),
});

/** shared.address */
export const addressSchema = z.object({
  ...componentMetaShape,
  street: z.string(),
  unit: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  postalCode: z.string(),
});

/**
 * shared.medical-review: the dates of the page's "Medically reviewed on DATE by NAME" line. The
 * NAME is the entry's own reviewedBy relation (reviewerLinkSchema): Strapi 5 drops a relation
 * inside a component from the published version when the physician is unpublished and published
 * again. The component's old `reviewer` is private (never served), kept for the CMS's migration.
 */
export const medicalReviewSchema = z.object({
  ...componentMetaShape,
  lastReviewed: isoDateSchema,
  nextReviewDue: isoDateSchema,
});

/** location.opening-hours: one open day. The site writes these times into schema.org openingHours. */
export const openingHoursSchema = z.object({
  ...componentMetaShape,
  day: weekdaySchema,
  opens: ruleString(checkTimeOfDay),
  closes: ruleString(checkTimeOfDay),
}).check((context) => {
  const problem = checkTimeRange(context.value.opens, context.value.closes);
  if (problem !== null) context.issues.push({ code: 'custom', message: problem, input: context.value, path: ['closes'] });
});

/** physician.language */
export const languageSchema = z.object({
  ...componentMetaShape,
  language: languageNameSchema,
});

/** physician.education */
export const educationSchema = z.object({
  ...componentMetaShape,
  kind: educationKindSchema,
  institution: z.string(),
  field: z.string().nullable(),
  year: z.number().int().nullable(),
});

/** content.titled-text */
export const titledTextSchema = z.object({
  ...componentMetaShape,
  title: z.string(),
  text: z.string(),
});

/** content.call-to-action */
export const callToActionSchema = z.object({
  ...componentMetaShape,
  heading: z.string(),
  text: z.string(),
  linkLabel: z.string(),
  linkHref: z.string(),
});

/** content.section: the anchor becomes the section's HTML id, hence the slug format. */
export const sectionSchema = z.object({
  ...componentMetaShape,
  anchor: slugSchema,
  heading: z.string(),
  body: blocksSchema,
});

/** Component uid (as in cms/src/components/<category>/<name>.json) → its schema; the drift test walks this. */
export const COMPONENT_SCHEMAS = {
  'shared.seo': seoSchema,
  'shared.address': addressSchema,
  'shared.medical-review': medicalReviewSchema,
  'location.opening-hours': openingHoursSchema,
  'physician.language': languageSchema,
  'physician.education': educationSchema,
  'content.titled-text': titledTextSchema,
  'content.call-to-action': callToActionSchema,
  'content.section': sectionSchema,
} as const;

export type Seo = z.infer<typeof seoSchema>;
export type Address = z.infer<typeof addressSchema>;
export type MedicalReview = z.infer<typeof medicalReviewSchema>;
export type OpeningHours = z.infer<typeof openingHoursSchema>;
export type Language = z.infer<typeof languageSchema>;
export type Education = z.infer<typeof educationSchema>;
export type TitledText = z.infer<typeof titledTextSchema>;
export type CallToAction = z.infer<typeof callToActionSchema>;
export type Section = z.infer<typeof sectionSchema>;
