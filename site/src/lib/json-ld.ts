import {
  DEFAULT_LOCALE,
  type LocaleCode,
  type ClinicalTrial,
  type ClinicalTrialStatus,
  type DiagnosticTest,
  type DiagnosticTestCategory,
  type Location,
  type LocationPlace,
  type Physician,
  type ReviewerLink,
  type SiteSettings,
  type Subtype,
  type SubtypeLink,
  type Treatment,
  type TreatmentCard,
  type TreatmentCategory,
  type TreatmentLink,
} from '@mbc/shared';
import { dictionary, type Dictionary } from '../i18n';
import { addressLines, internationalPhone, physicianDisplayName, WEEKDAYS } from './format';
import type { PageReview } from './medical-review';
import { pathsIn } from './locale-links';
import { absoluteUrl } from './routes';

/**
 * schema.org JSON-LD for every page, as plain objects. Each page puts a @graph of these nodes in
 * one <script type="application/ld+json">: the page itself (MedicalWebPage on medical pages), what
 * it is about, the organization and the breadcrumb trail. Nodes point at each other by @id.
 */

export type JsonLdNode = { '@type': string | string[]; '@id'?: string; [property: string]: unknown };
/** A node, or a reference to one by @id. */
export type JsonLdValue = JsonLdNode | { '@id': string };

const SCHEMA = 'https://schema.org/';

/** The site's absolute base URL (astro.config `site`) and the center it belongs to. */
export interface JsonLdContext {
  site: string | URL;
  settings: Pick<SiteSettings, 'organizationName' | 'appointmentPhone'>;
  /** The page's language: the human texts of the nodes (names of the condition, phases) are in it. Default: the default locale. */
  locale?: LocaleCode;
}

const textOf = (context: JsonLdContext): Dictionary => dictionary(context.locale ?? DEFAULT_LOCALE);

const organizationId = (context: JsonLdContext) => `${absoluteUrl(linksOf(context).home, context.site)}#organization`;
const pageUrl = (path: string, context: JsonLdContext) => absoluteUrl(path, context.site);
/** The site's paths as the page's locale links them (locale-links.ts). */
const linksOf = (context: JsonLdContext) => pathsIn(context.locale ?? DEFAULT_LOCALE);

/** The cancer center: MedicalOrganization with the appointment line. */
export function organizationNode(context: JsonLdContext): JsonLdNode {
  return {
    '@type': 'MedicalOrganization',
    '@id': organizationId(context),
    name: context.settings.organizationName,
    url: absoluteUrl(linksOf(context).home, context.site),
    telephone: internationalPhone(context.settings.appointmentPhone),
    medicalSpecialty: `${SCHEMA}Oncologic`,
  };
}

export interface Crumb {
  name: string;
  path: string;
}

export function breadcrumbListNode(path: string, crumbs: readonly Crumb[], context: JsonLdContext): JsonLdNode {
  return {
    '@type': 'BreadcrumbList',
    '@id': `${pageUrl(path, context)}#breadcrumb`,
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: pageUrl(crumb.path, context),
    })),
  };
}

/** Where the page's review stands: the earliest review date, so no part of the page claims a later one. */
export function combinedReview(reviews: readonly PageReview[]): { lastReviewed: string; reviewers: ReviewerLink[] } | null {
  if (reviews.length === 0) return null;
  const lastReviewed = reviews.map((review) => review.lastReviewed).sort()[0] as string;
  const reviewers = new Map<string, ReviewerLink>();
  for (const review of reviews) reviewers.set(review.reviewer.slug, review.reviewer);
  return { lastReviewed, reviewers: [...reviewers.values()] };
}

export interface WebPageInput {
  /** 'MedicalWebPage' on pages with medical content; 'WebPage', 'CollectionPage', 'ProfilePage'… elsewhere. */
  type: 'MedicalWebPage' | 'WebPage' | 'CollectionPage' | 'ProfilePage' | 'SearchResultsPage' | 'ContactPage';
  path: string;
  name: string;
  description: string;
  /** The page's medical review(s); a page of several reviewed sections passes them all. */
  reviews?: readonly PageReview[];
  /** What the page is about (a MedicalCondition, a therapy…), or an @id reference to it. */
  about?: JsonLdValue | JsonLdValue[];
  /** The thing the page describes (physician, clinic, trial), usually by @id reference. */
  mainEntity?: JsonLdValue;
  /** ISO date-time of the content's last change. */
  dateModified?: string;
  hasBreadcrumb?: boolean;
}

/** The page node: MedicalWebPage carries lastReviewed and reviewedBy (each reviewer a Physician). */
export function webPageNode(input: WebPageInput, context: JsonLdContext): JsonLdNode {
  const url = pageUrl(input.path, context);
  const node: JsonLdNode = {
    '@type': input.type,
    '@id': `${url}#webpage`,
    url,
    name: input.name,
    description: input.description,
    inLanguage: textOf(context).htmlLang,
    isPartOf: { '@type': 'WebSite', name: context.settings.organizationName, url: absoluteUrl(linksOf(context).home, context.site) },
    publisher: { '@id': organizationId(context) },
  };
  if (input.hasBreadcrumb) node.breadcrumb = { '@id': `${url}#breadcrumb` };
  if (input.dateModified) node.dateModified = input.dateModified;
  const review = combinedReview(input.reviews ?? []);
  if (review) {
    node.lastReviewed = review.lastReviewed;
    const reviewedBy = review.reviewers.map((reviewer) => ({
      '@type': 'Physician',
      name: physicianDisplayName(reviewer),
      url: pageUrl(linksOf(context).doctor(reviewer.slug), context),
    }));
    node.reviewedBy = reviewedBy.length === 1 ? reviewedBy[0] : reviewedBy;
  }
  if (input.about) node.about = input.about;
  if (input.mainEntity) node.mainEntity = input.mainEntity;
  return node;
}

/** A reference ({"@id": …}) to a node defined elsewhere in the page's graph. */
export function ref(node: JsonLdNode): { '@id': string } {
  if (!node['@id']) throw new Error('ref: the node has no @id to point at');
  return { '@id': node['@id'] };
}

// ---------------------------------------------------------------- medical entities

/** The condition the whole section is about. */
export function metastaticBreastCancerNode(context: JsonLdContext): JsonLdNode {
  return {
    '@type': 'MedicalCondition',
    '@id': `${absoluteUrl(linksOf(context).home, context.site)}#condition`,
    name: textOf(context).jsonLd.condition,
    alternateName: [...textOf(context).jsonLd.conditionAlternateNames],
    url: absoluteUrl(linksOf(context).home, context.site),
    associatedAnatomy: { '@type': 'AnatomicalStructure', name: textOf(context).jsonLd.breast },
  };
}

/** A subtype as a MedicalCondition; with its treatments when the page lists them. */
export function subtypeConditionNode(
  subtype: Pick<Subtype, 'name' | 'slug' | 'shortName'> & { summary?: string; treatments?: readonly TreatmentCard[] },
  context: JsonLdContext,
): JsonLdNode {
  const url = pageUrl(linksOf(context).subtype(subtype), context);
  const node: JsonLdNode = {
    '@type': 'MedicalCondition',
    '@id': `${url}#condition`,
    name: textOf(context).jsonLd.subtypeCondition(subtype.name),
    alternateName: subtype.shortName,
    url,
  };
  if (subtype.summary) node.description = subtype.summary;
  if (subtype.treatments && subtype.treatments.length > 0) {
    node.possibleTreatment = subtype.treatments.map((treatment) => treatmentNode(treatment, context));
  }
  return node;
}

/** Surgery and radiation have their own schema.org types; drug treatments are MedicalTherapy. */
const THERAPY_TYPES: Record<TreatmentCategory, string> = {
  endocrine: 'MedicalTherapy',
  her2_targeted: 'MedicalTherapy',
  chemotherapy: 'MedicalTherapy',
  immunotherapy: 'MedicalTherapy',
  targeted_other: 'MedicalTherapy',
  surgery: 'TherapeuticProcedure',
  radiation: 'RadiationTherapy',
  supportive: 'MedicalTherapy',
};

export function treatmentNode(treatment: Pick<Treatment, 'name' | 'slug' | 'category'> & { summary?: string }, context: JsonLdContext): JsonLdNode {
  const url = pageUrl(linksOf(context).treatment(treatment), context);
  const node: JsonLdNode = {
    '@type': THERAPY_TYPES[treatment.category],
    '@id': `${url}#therapy`,
    name: treatment.name,
    url,
    relevantSpecialty: `${SCHEMA}Oncologic`,
  };
  if (treatment.summary) node.description = treatment.summary;
  return node;
}

const TEST_TYPES: Record<DiagnosticTestCategory, string> = {
  imaging: 'ImagingTest',
  biopsy: 'PathologyTest',
  lab: 'PathologyTest',
  genomic: 'MedicalTest',
};

export function diagnosticTestNode(test: Pick<DiagnosticTest, 'name' | 'slug' | 'category' | 'summary'>, context: JsonLdContext): JsonLdNode {
  const url = `${pageUrl(linksOf(context).diagnosis, context)}#${test.slug}`;
  return { '@type': TEST_TYPES[test.category], '@id': url, name: test.name, description: test.summary, url };
}

// ---------------------------------------------------------------- people, places, trials

/** The CMS's specialties → schema.org's MedicalSpecialty members; others become a named specialty. */
const MEDICAL_SPECIALTIES: Record<string, string[]> = {
  'medical-oncology': ['Oncologic'],
  'surgical-oncology': ['Oncologic', 'Surgical'],
  'radiation-oncology': ['Oncologic'],
  'interventional-radiology': ['Radiography'],
  'neuro-oncology': ['Neurologic', 'Oncologic'],
  'cancer-genetics': ['Genetic', 'Oncologic'],
  genetics: ['Genetic'],
  pathology: ['Pathology'],
  'diagnostic-radiology': ['Radiography'],
  nutrition: ['DietNutrition'],
};

export function medicalSpecialtyValues(specialty: { name: string; slug: string } | null): unknown[] {
  if (!specialty) return [];
  const members = MEDICAL_SPECIALTIES[specialty.slug];
  if (members) return members.map((member) => `${SCHEMA}${member}`);
  return [{ '@type': 'MedicalSpecialty', name: specialty.name }];
}

function postalAddress(address: LocationPlace['address']): JsonLdNode {
  const [street, ...rest] = addressLines(address);
  const unit = address.unit ? rest[0] : undefined;
  return {
    '@type': 'PostalAddress',
    streetAddress: unit ? `${street}, ${unit}` : street,
    addressLocality: address.city,
    addressRegion: address.state,
    postalCode: address.postalCode,
    addressCountry: 'US',
  };
}

/** A clinic as named on other pages (a physician's locations): enough to identify it. */
function clinicReference(location: LocationPlace, context: JsonLdContext): JsonLdNode {
  const url = pageUrl(linksOf(context).location(location.slug), context);
  return {
    '@type': 'MedicalClinic',
    '@id': `${url}#clinic`,
    name: location.name,
    url,
    address: postalAddress(location.address),
    telephone: internationalPhone(location.phone),
  };
}

export function physicianNode(
  physician: Pick<
    Physician,
    'fullName' | 'slug' | 'credentials' | 'title' | 'npi' | 'acceptingNewPatients' | 'specialty' | 'languages' | 'locations'
  >,
  context: JsonLdContext,
  options: { imageUrl?: string } = {},
): JsonLdNode {
  const url = pageUrl(linksOf(context).doctor(physician.slug), context);
  const node: JsonLdNode = {
    '@type': 'Physician',
    '@id': `${url}#physician`,
    name: physicianDisplayName(physician),
    description: physician.title,
    url,
    usNPI: physician.npi,
    isAcceptingNewPatients: physician.acceptingNewPatients,
    knowsLanguage: physician.languages.map((language) => language.language),
    parentOrganization: { '@id': organizationId(context) },
  };
  const specialties = medicalSpecialtyValues(physician.specialty);
  if (specialties.length > 0) node.medicalSpecialty = specialties.length === 1 ? specialties[0] : specialties;
  if (options.imageUrl) node.image = options.imageUrl;
  if (physician.locations.length > 0) {
    node.location = physician.locations.map((location) => clinicReference(location, context));
    const first = physician.locations[0] as LocationPlace;
    node.address = postalAddress(first.address);
    node.telephone = internationalPhone(first.phone);
  }
  return node;
}

/** Consecutive days with the same hours share one OpeningHoursSpecification. */
export function openingHoursSpecification(hours: Location['hours']): JsonLdNode[] {
  const specifications: { days: string[]; opens: string; closes: string }[] = [];
  const sorted = [...hours].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day));
  for (const row of sorted) {
    const match = specifications.find((specification) => specification.opens === row.opens && specification.closes === row.closes);
    if (match) match.days.push(row.day);
    else specifications.push({ days: [row.day], opens: row.opens, closes: row.closes });
  }
  return specifications.map((specification) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: specification.days.map((day) => `${SCHEMA}${day}`),
    opens: specification.opens,
    closes: specification.closes,
  }));
}

export function medicalClinicNode(
  location: Pick<Location, 'name' | 'slug' | 'address' | 'latitude' | 'longitude' | 'phone' | 'fax' | 'hours'>,
  context: JsonLdContext,
  options: { imageUrl?: string; mapUrl?: string } = {},
): JsonLdNode {
  const url = pageUrl(linksOf(context).location(location.slug), context);
  const node: JsonLdNode = {
    '@type': 'MedicalClinic',
    '@id': `${url}#clinic`,
    name: location.name,
    url,
    address: postalAddress(location.address),
    geo: { '@type': 'GeoCoordinates', latitude: location.latitude, longitude: location.longitude },
    telephone: internationalPhone(location.phone),
    openingHoursSpecification: openingHoursSpecification(location.hours),
    medicalSpecialty: `${SCHEMA}Oncologic`,
    parentOrganization: { '@id': organizationId(context) },
  };
  if (location.fax) node.faxNumber = internationalPhone(location.fax);
  if (options.imageUrl) node.image = options.imageUrl;
  if (options.mapUrl) node.hasMap = options.mapUrl;
  return node;
}

/** ClinicalTrials.gov statuses → schema.org's MedicalStudyStatus members. */
const STUDY_STATUSES: Record<ClinicalTrialStatus, string> = {
  not_yet_recruiting: 'NotYetRecruiting',
  recruiting: 'Recruiting',
  enrolling_by_invitation: 'EnrollingByInvitation',
  active_not_recruiting: 'ActiveNotRecruiting',
  suspended: 'Suspended',
  completed: 'Completed',
  terminated: 'Terminated',
  withdrawn: 'Withdrawn',
};

export function medicalTrialNode(
  trial: Pick<ClinicalTrial, 'title' | 'slug' | 'nctId' | 'phase' | 'recruitmentStatus' | 'plainLanguageSummary' | 'locations'> & {
    subtypes: readonly SubtypeLink[];
    treatments: readonly TreatmentLink[];
  },
  context: JsonLdContext,
): JsonLdNode {
  const url = pageUrl(linksOf(context).clinicalTrial(trial), context);
  const node: JsonLdNode = {
    '@type': 'MedicalTrial',
    '@id': `${url}#trial`,
    name: trial.title,
    description: trial.plainLanguageSummary,
    url,
    identifier: trial.nctId,
    code: { '@type': 'MedicalCode', codeValue: trial.nctId, codingSystem: 'ClinicalTrials.gov' },
    phase: textOf(context).labels.trialPhase[trial.phase],
    status: `${SCHEMA}${STUDY_STATUSES[trial.recruitmentStatus]}`,
    sponsor: { '@id': organizationId(context) },
    healthCondition:
      trial.subtypes.length > 0
        ? trial.subtypes.map((subtype) => ref(subtypeConditionNode(subtype, context)))
        : ref(metastaticBreastCancerNode(context)),
  };
  if (trial.treatments.length > 0) {
    node.studySubject = trial.treatments.map((treatment) => ({
      '@type': 'MedicalTherapy',
      name: treatment.name,
      url: pageUrl(linksOf(context).treatment(treatment), context),
    }));
  }
  const places = [...new Set(trial.locations.map((location) => `${location.address.city}, ${location.address.state}`))];
  if (places.length > 0) node.studyLocation = places.map((name) => ({ '@type': 'AdministrativeArea', name }));
  return node;
}

// ---------------------------------------------------------------- output

export function jsonLdGraph(nodes: readonly JsonLdNode[]): { '@context': string; '@graph': JsonLdNode[] } {
  return { '@context': 'https://schema.org', '@graph': [...nodes] };
}

/**
 * JSON for a <script type="application/ld+json"> element. '<' is written as \u003c (so no text can
 * close the element or open a comment), and '>', '&' and the two JavaScript line separators too.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
