import { z } from 'zod';
import { addressSchema } from './components.js';
import { documentRefSchema, latitudeSchema, longitudeSchema, nctIdSchema, slugSchema, usPhoneSchema } from './common.js';
import { clinicalTrialPhaseSchema, clinicalTrialStatusSchema, treatmentCategorySchema } from './enums.js';

/**
 * Populated relations: another document as it appears inside an entry, with only the fields
 * the matching selection in shared/src/populate.ts asks for. Each is named after that selection.
 */

/** physicianLink: a doctor in a list (subtype, location, trial PI). */
export const physicianLinkSchema = documentRefSchema.extend({
  fullName: z.string(),
  slug: slugSchema,
  credentials: z.string(),
  title: z.string(),
});

/** reviewerLink: the physician a medical page names as its reviewer (reviewedBy), linked to their profile. */
export const reviewerLinkSchema = documentRefSchema.extend({
  fullName: z.string(),
  slug: slugSchema,
  credentials: z.string(),
});

/** specialtyLink */
export const specialtyLinkSchema = documentRefSchema.extend({
  name: z.string(),
  slug: slugSchema,
});

/** subtypeLink: a subtype named in a list or filter. */
export const subtypeLinkSchema = documentRefSchema.extend({
  name: z.string(),
  slug: slugSchema,
  shortName: z.string(),
});

/** subtypeCard: a subtype with its summary, for the overview page. */
export const subtypeCardSchema = subtypeLinkSchema.extend({
  summary: z.string(),
});

/** treatmentLink */
export const treatmentLinkSchema = documentRefSchema.extend({
  name: z.string(),
  slug: slugSchema,
});

/** treatmentCard: a treatment with its group and summary, for subtype and overview pages. */
export const treatmentCardSchema = treatmentLinkSchema.extend({
  category: treatmentCategorySchema,
  summary: z.string(),
});

/** clinicalTrialLink: enough to list a trial and tell whether it is open. */
export const clinicalTrialLinkSchema = documentRefSchema.extend({
  title: z.string(),
  slug: slugSchema,
  nctId: nctIdSchema,
  phase: clinicalTrialPhaseSchema,
  recruitmentStatus: clinicalTrialStatusSchema,
});

/** locationLink */
export const locationLinkSchema = documentRefSchema.extend({
  name: z.string(),
  slug: slugSchema,
});

/** locationPlace: a location with what a patient needs to get there (and the finder to measure distance). */
export const locationPlaceSchema = locationLinkSchema.extend({
  phone: usPhoneSchema,
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  address: addressSchema,
});

export type PhysicianLink = z.infer<typeof physicianLinkSchema>;
export type ReviewerLink = z.infer<typeof reviewerLinkSchema>;
export type SpecialtyLink = z.infer<typeof specialtyLinkSchema>;
export type SubtypeLink = z.infer<typeof subtypeLinkSchema>;
export type SubtypeCard = z.infer<typeof subtypeCardSchema>;
export type TreatmentLink = z.infer<typeof treatmentLinkSchema>;
export type TreatmentCard = z.infer<typeof treatmentCardSchema>;
export type ClinicalTrialLink = z.infer<typeof clinicalTrialLinkSchema>;
export type LocationLink = z.infer<typeof locationLinkSchema>;
export type LocationPlace = z.infer<typeof locationPlaceSchema>;
