import qs from 'qs';
import type { z } from 'zod';
import { clinicalTrialSchema } from './schemas/clinical-trial.js';
import { conditionPageSchema } from './schemas/condition-page.js';
import { diagnosticTestSchema } from './schemas/diagnostic-test.js';
import { locationSchema } from './schemas/location.js';
import { physicianSchema } from './schemas/physician.js';
import { siteSettingsSchema } from './schemas/site-setting.js';
import { specialtySchema } from './schemas/specialty.js';
import { subtypeSchema } from './schemas/subtype.js';
import { supportServiceSchema } from './schemas/support-service.js';
import { treatmentSchema } from './schemas/treatment.js';

/**
 * What the static site asks Strapi 5 for, per content type. Strapi 5 returns no relation, media
 * or component unless it is populated, so every one the site shows is listed here, and each
 * populated relation selects only the fields the site needs (Strapi adds id and documentId).
 * The Zod schemas describe exactly these responses; the drift test keeps both in step.
 */

/** One populated attribute: `true` for everything in it, or a selection of fields and nested populates. */
export type PopulateEntry = true | { readonly fields?: readonly string[]; readonly populate?: Populate };

export interface Populate {
  readonly [attribute: string]: PopulateEntry;
}

export const MEDIA_FIELDS = ['url', 'alternativeText', 'width', 'height', 'mime', 'formats'] as const;

// Selections reused wherever another document is shown; each matches the same-named Zod
// schema in shared/src/schemas/references.ts.
const media = { fields: MEDIA_FIELDS } as const;
const physicianLink = { fields: ['fullName', 'slug', 'credentials', 'title'] } as const;
const specialtyLink = { fields: ['name', 'slug'] } as const;
const subtypeLink = { fields: ['name', 'slug', 'shortName'] } as const;
const subtypeCard = { fields: ['name', 'slug', 'shortName', 'summary'] } as const;
const treatmentLink = { fields: ['name', 'slug'] } as const;
const treatmentCard = { fields: ['name', 'slug', 'category', 'summary'] } as const;
const clinicalTrialLink = { fields: ['title', 'slug', 'nctId', 'phase', 'recruitmentStatus'] } as const;
const locationLink = { fields: ['name', 'slug'] } as const;
const locationPlace = { fields: ['name', 'slug', 'phone', 'latitude', 'longitude'], populate: { address: true } } as const;

/**
 * Every medical page says "Medically reviewed on DATE by NAME": the dates are the medicalReview
 * component, the name the entry's own reviewedBy relation (shared/src/schemas/components.ts says why).
 */
const reviewerLink = { fields: ['fullName', 'slug', 'credentials'] } as const;

export const subtypePopulate = {
  medicalReview: true,
  reviewedBy: reviewerLink,
  seo: true,
  treatments: treatmentCard,
  clinicalTrials: clinicalTrialLink,
  physicians: physicianLink,
} as const satisfies Populate;

export const treatmentPopulate = {
  medicalReview: true,
  reviewedBy: reviewerLink,
  seo: true,
  subtypes: subtypeLink,
  clinicalTrials: clinicalTrialLink,
} as const satisfies Populate;

export const diagnosticTestPopulate = {
  medicalReview: true,
  reviewedBy: reviewerLink,
} as const satisfies Populate;

export const locationPopulate = {
  address: true,
  hours: true,
  photo: media,
  seo: true,
  physicians: physicianLink,
} as const satisfies Populate;

export const physicianPopulate = {
  specialty: specialtyLink,
  languages: true,
  photo: media,
  education: true,
  locations: locationPlace,
  subtypes: subtypeLink,
  seo: true,
} as const satisfies Populate;

/** Specialties have no relation the site reads (see NOT_READ_BY_SITE). */
export const specialtyPopulate = {} as const satisfies Populate;

export const clinicalTrialPopulate = {
  medicalReview: true,
  reviewedBy: reviewerLink,
  seo: true,
  principalInvestigator: physicianLink,
  subtypes: subtypeLink,
  treatments: treatmentLink,
  locations: locationPlace,
} as const satisfies Populate;

export const supportServicePopulate = {
  medicalReview: true,
  reviewedBy: reviewerLink,
  locations: locationLink,
} as const satisfies Populate;

export const conditionPagePopulate = {
  goalsOfCare: true,
  newlyDiagnosed: true,
  secondOpinion: true,
  whyChooseUs: true,
  sections: true,
  medicalReview: true,
  reviewedBy: reviewerLink,
  seo: true,
  featuredSubtypes: subtypeCard,
  featuredTreatments: treatmentCard,
} as const satisfies Populate;

export const siteSettingsPopulate = {
  defaultSeo: true,
} as const satisfies Populate;

export interface ContentTypeContract {
  /** Strapi's uid, e.g. api::physician.physician. */
  readonly uid: `api::${string}.${string}`;
  /** The REST path segment: /api/<restPath> (plural for collection types, singular for single types). */
  readonly restPath: string;
  readonly kind: 'collection' | 'single';
  readonly populate: Populate;
  /** One entry as the REST API returns it with `populate`. */
  readonly schema: z.ZodObject;
}

/** The content types the static site reads, by domain name. */
export const CONTENT_TYPES = {
  subtype: {
    uid: 'api::subtype.subtype',
    restPath: 'subtypes',
    kind: 'collection',
    populate: subtypePopulate,
    schema: subtypeSchema,
  },
  treatment: {
    uid: 'api::treatment.treatment',
    restPath: 'treatments',
    kind: 'collection',
    populate: treatmentPopulate,
    schema: treatmentSchema,
  },
  diagnosticTest: {
    uid: 'api::diagnostic-test.diagnostic-test',
    restPath: 'diagnostic-tests',
    kind: 'collection',
    populate: diagnosticTestPopulate,
    schema: diagnosticTestSchema,
  },
  location: {
    uid: 'api::location.location',
    restPath: 'locations',
    kind: 'collection',
    populate: locationPopulate,
    schema: locationSchema,
  },
  physician: {
    uid: 'api::physician.physician',
    restPath: 'physicians',
    kind: 'collection',
    populate: physicianPopulate,
    schema: physicianSchema,
  },
  specialty: {
    uid: 'api::specialty.specialty',
    restPath: 'specialties',
    kind: 'collection',
    populate: specialtyPopulate,
    schema: specialtySchema,
  },
  clinicalTrial: {
    uid: 'api::clinical-trial.clinical-trial',
    restPath: 'clinical-trials',
    kind: 'collection',
    populate: clinicalTrialPopulate,
    schema: clinicalTrialSchema,
  },
  supportService: {
    uid: 'api::support-service.support-service',
    restPath: 'support-services',
    kind: 'collection',
    populate: supportServicePopulate,
    schema: supportServiceSchema,
  },
  conditionPage: {
    uid: 'api::condition-page.condition-page',
    restPath: 'condition-page',
    kind: 'single',
    populate: conditionPagePopulate,
    schema: conditionPageSchema,
  },
  siteSettings: {
    uid: 'api::site-setting.site-setting',
    restPath: 'site-setting',
    kind: 'single',
    populate: siteSettingsPopulate,
    schema: siteSettingsSchema,
  },
} as const satisfies Record<string, ContentTypeContract>;

export type ContentTypeName = keyof typeof CONTENT_TYPES;

/**
 * The content type each populated relation of a preset points at, so another locale's page can
 * show a related entry in that locale (its translated fields, from its own version). The drift
 * test holds these to the CMS's schema.json targets.
 */
export const RELATION_TARGETS = {
  subtype: { reviewedBy: 'physician', treatments: 'treatment', clinicalTrials: 'clinicalTrial', physicians: 'physician' },
  treatment: { reviewedBy: 'physician', subtypes: 'subtype', clinicalTrials: 'clinicalTrial' },
  diagnosticTest: { reviewedBy: 'physician' },
  location: { physicians: 'physician' },
  physician: { specialty: 'specialty', locations: 'location', subtypes: 'subtype' },
  specialty: {},
  clinicalTrial: { reviewedBy: 'physician', principalInvestigator: 'physician', subtypes: 'subtype', treatments: 'treatment', locations: 'location' },
  supportService: { reviewedBy: 'physician', locations: 'location' },
  conditionPage: { reviewedBy: 'physician', featuredSubtypes: 'subtype', featuredTreatments: 'treatment' },
  siteSettings: {},
} as const satisfies { [Name in ContentTypeName]: Readonly<Record<string, ContentTypeName>> };

/** The content type with this Strapi uid (api::treatment.treatment → treatment); undefined for any other uid. */
export function contentTypeNamed(uid: string): ContentTypeName | undefined {
  return (Object.keys(CONTENT_TYPES) as ContentTypeName[]).find((name) => CONTENT_TYPES[name].uid === uid);
}

/**
 * The medical pages: each has a medicalReview (dates) and a reviewedBy (the physician), and
 * shows "Medically reviewed on DATE by NAME".
 */
export const MEDICAL_CONTENT_TYPES = [
  'subtype',
  'treatment',
  'diagnosticTest',
  'clinicalTrial',
  'supportService',
  'conditionPage',
] as const satisfies readonly ContentTypeName[];

export type MedicalContentTypeName = (typeof MEDICAL_CONTENT_TYPES)[number];

/** One entry of a content type, as parsed (decimals already numbers). */
export type ContentEntry<Name extends ContentTypeName> = z.output<(typeof CONTENT_TYPES)[Name]['schema']>;

/**
 * CMS attributes the site deliberately leaves out (not in the Zod schema, not populated).
 * All are inverse sides of relations whose owning side the site already shows.
 */
export const NOT_READ_BY_SITE: { readonly [Name in ContentTypeName]?: readonly string[] } = {
  // Trial pages list their sites and the support page lists each service's locations.
  location: ['clinicalTrials', 'supportServices'],
  // Trial pages name their principal investigator; medical pages name their reviewer (reviewedBy).
  physician: [
    'trialsLed',
    'reviewedSubtypes',
    'reviewedTreatments',
    'reviewedDiagnosticTests',
    'reviewedClinicalTrials',
    'reviewedSupportServices',
    'reviewedConditionPages',
  ],
  // The doctor finder filters physicians by their own specialty.
  specialty: ['physicians'],
};

export interface RestQuery {
  populate?: Populate;
  page?: number;
  pageSize?: number;
  /** e.g. 'sortOrder:asc' or ['sortOrder:asc', 'name:asc'] */
  sort?: string | readonly string[];
  /** Which version: published (Strapi's default) or draft (only the draft preview server's token may ask). */
  status?: 'draft' | 'published';
  /** Strapi's filters, e.g. { updatedAt: { $gte: '2026-01-01T00:00:00.000Z' } }. */
  filters?: Readonly<Record<string, unknown>>;
  /** Only these fields of the entry itself (documentId and id always come). */
  fields?: readonly string[];
  /** Which language's versions (Strapi's i18n; absent: the default locale's). */
  locale?: string;
}

/**
 * The query string (without '?') for a Strapi 5 REST request, e.g.
 * `/api/physicians?${restQueryString({ populate: physicianPopulate, page: 1, pageSize: 100 })}`.
 */
export function restQueryString({ populate, page, pageSize, sort, status, filters, fields, locale }: RestQuery = {}): string {
  const pagination = page === undefined && pageSize === undefined ? undefined : { page, pageSize };
  return qs.stringify({ populate, sort, pagination, status, filters, fields, locale }, { encodeValuesOnly: true });
}
