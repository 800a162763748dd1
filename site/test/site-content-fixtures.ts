import type { SiteContent } from '../src/lib/lastmod';

/**
 * A small demo-like site (every content type, two directory pages of doctors) as the CMS stores
 * it, relations as documentIds, and `siteContentOf`, which turns it into SiteContent as the build
 * reads it: each relation populated with the fields shared/src/populate.ts selects, inverse
 * relations (a subtype's doctors, a location's doctors) worked out from the other side, links to
 * entries that are not there (unpublished) left out. A test changes the stored site and reads the
 * content again, so an edit reaches every entry that embeds it, as it does in Strapi.
 */

type Fields = Record<string, unknown>;
export interface StoredEntry extends Fields {
  documentId: string;
  updatedAt: string;
}

export interface StoredSite {
  siteSettings: StoredEntry;
  conditionPage: StoredEntry;
  subtypes: StoredEntry[];
  treatments: StoredEntry[];
  diagnosticTests: StoredEntry[];
  locations: StoredEntry[];
  physicians: StoredEntry[];
  specialties: StoredEntry[];
  clinicalTrials: StoredEntry[];
  supportServices: StoredEntry[];
}

const T0 = '2026-01-01T00:00:00.000Z';
const review = { lastReviewed: '2026-01-05', nextReviewDue: '2027-01-05' };

/** 28 doctors besides the two named ones, all family names before theirs: the directory has two pages, Lee and Okafor on the second. */
export const FILLER_DOCTORS = 28;

export function storedSite(): StoredSite {
  const fillers = Array.from({ length: FILLER_DOCTORS }, (_, at) => {
    const number = String(at + 1).padStart(2, '0');
    return physician(`doc-filler-${number}`, `pat-adams-${number}`, `Pat Adams${number}`, {
      locations: ['loc-raleigh'],
      offersSecondOpinions: false,
    });
  });
  return {
    siteSettings: { documentId: 'settings', updatedAt: T0, organizationName: 'Oak Ridge Cancer Center', appointmentPhone: '(919) 555-0100', showDemoNotice: true },
    conditionPage: {
      documentId: 'overview',
      updatedAt: T0,
      title: 'Metastatic breast cancer',
      sections: [
        { anchor: 'what-it-is', heading: 'What it is' },
        { anchor: 'clinical-trials', heading: 'Clinical trials' },
      ],
      medicalReview: review,
      reviewedBy: 'doc-okafor',
      featuredSubtypes: ['sub-her2'],
      featuredTreatments: ['treat-trastuzumab'],
    },
    subtypes: [subtype('sub-her2', 'her2-positive', 'HER2+', 'doc-okafor'), subtype('sub-tn', 'triple-negative', 'TNBC', 'doc-lee')],
    treatments: [
      { documentId: 'treat-trastuzumab', updatedAt: T0, name: 'Trastuzumab', slug: 'trastuzumab', category: 'her2_targeted', summary: 'Targets HER2.', medicalReview: review, reviewedBy: 'doc-okafor', subtypes: ['sub-her2'] },
      { documentId: 'treat-chemo', updatedAt: T0, name: 'Chemotherapy', slug: 'chemotherapy', category: 'chemotherapy', summary: 'Kills fast-growing cells.', medicalReview: review, reviewedBy: 'doc-lee', subtypes: ['sub-tn'] },
      { documentId: 'treat-radiation', updatedAt: T0, name: 'Radiation', slug: 'radiation', category: 'radiation', summary: 'Treats one place.', medicalReview: review, reviewedBy: 'doc-lee', subtypes: [] },
    ],
    diagnosticTests: [{ documentId: 'test-ct', updatedAt: T0, name: 'CT scan', slug: 'ct-scan', sortOrder: 1, category: 'imaging', medicalReview: review, reviewedBy: 'doc-lee' }],
    locations: [location('loc-durham', 'durham', 'Durham Clinic'), location('loc-raleigh', 'raleigh', 'Raleigh Clinic'), location('loc-cary', 'cary', 'Cary Clinic')],
    physicians: [
      physician('doc-okafor', 'amara-okafor', 'Amara Okafor', { specialty: 'spec-medical', locations: ['loc-durham'], subtypes: ['sub-her2'] }),
      physician('doc-lee', 'jin-lee', 'Jin Lee', { specialty: 'spec-surgical', locations: ['loc-raleigh'], subtypes: ['sub-tn'], offersSecondOpinions: false }),
      ...fillers,
    ],
    specialties: [
      { documentId: 'spec-medical', updatedAt: T0, name: 'Medical oncology', slug: 'medical-oncology' },
      { documentId: 'spec-surgical', updatedAt: T0, name: 'Surgical oncology', slug: 'surgical-oncology' },
    ],
    clinicalTrials: [
      trial('trial-her2', 'her2-study', 'recruiting', { principalInvestigator: 'doc-okafor', subtypes: ['sub-her2'], treatments: ['treat-trastuzumab'], locations: ['loc-durham'] }),
      trial('trial-tn', 'tn-study', 'completed', { principalInvestigator: 'doc-lee', subtypes: ['sub-tn'], treatments: ['treat-chemo'], locations: ['loc-raleigh'] }),
    ],
    supportServices: [
      { documentId: 'support-group', updatedAt: T0, name: 'Support group', slug: 'support-group', category: 'support_group', medicalReview: review, reviewedBy: 'doc-lee', locations: ['loc-durham'] },
    ],
  };
}

function subtype(documentId: string, slug: string, shortName: string, reviewer: string): StoredEntry {
  return { documentId, updatedAt: T0, name: `${shortName} breast cancer`, slug, shortName, summary: `About ${shortName}.`, sortOrder: 1, medicalReview: review, reviewedBy: reviewer };
}

function location(documentId: string, slug: string, name: string): StoredEntry {
  return {
    documentId,
    updatedAt: T0,
    name,
    slug,
    phone: '(919) 555-0111',
    latitude: 35.99,
    longitude: -78.9,
    address: { street: '1 Main St', city: 'Durham', state: 'NC', postalCode: '27701' },
  };
}

function physician(documentId: string, slug: string, fullName: string, changes: Fields = {}): StoredEntry {
  return {
    documentId,
    updatedAt: T0,
    fullName,
    slug,
    credentials: 'MD',
    title: 'Oncologist',
    bio: [{ type: 'paragraph', children: [{ type: 'text', text: `${fullName} cares for people with metastatic breast cancer.` }] }],
    acceptingNewPatients: true,
    offersSecondOpinions: true,
    offersTelehealth: false,
    languages: [{ language: 'English' }],
    specialty: 'spec-medical',
    locations: [],
    subtypes: [],
    ...changes,
  };
}

function trial(documentId: string, slug: string, recruitmentStatus: string, relations: Fields): StoredEntry {
  // Each trial's review is by its principal investigator.
  return { documentId, updatedAt: T0, title: `The ${slug}`, slug, nctId: 'NCT01234567', phase: 'phase_2', recruitmentStatus, medicalReview: review, reviewedBy: relations.principalInvestigator, ...relations };
}

/** Only the named fields of a stored entry, with its documentId: one populated relation. */
function pick(entry: StoredEntry, fields: readonly string[], populate: (entry: StoredEntry) => Fields = () => ({})): Fields {
  return { documentId: entry.documentId, ...Object.fromEntries(fields.map((field) => [field, entry[field]])), ...populate(entry) };
}

/** The build's content of a stored site (see the file's comment). */
export function siteContentOf(site: StoredSite): SiteContent {
  const all = [
    ...site.subtypes,
    ...site.treatments,
    ...site.diagnosticTests,
    ...site.locations,
    ...site.physicians,
    ...site.specialties,
    ...site.clinicalTrials,
    ...site.supportServices,
  ];
  const byId = new Map(all.map((entry) => [entry.documentId, entry]));
  const links = (ids: unknown, fields: readonly string[]) =>
    ((ids as string[] | undefined) ?? []).flatMap((id) => (byId.has(id) ? [pick(byId.get(id)!, fields)] : []));
  const link = (id: unknown, fields: readonly string[]) => (typeof id === 'string' && byId.has(id) ? pick(byId.get(id)!, fields) : null);
  const linking = (entries: StoredEntry[], key: string, target: StoredEntry) =>
    entries.filter((entry) => ((entry[key] as string[] | undefined) ?? []).includes(target.documentId)).map((entry) => entry.documentId);

  const physicianLink = ['fullName', 'slug', 'credentials', 'title'];
  const reviewerLink = ['fullName', 'slug', 'credentials'];
  const subtypeLink = ['name', 'slug', 'shortName'];
  const subtypeCard = [...subtypeLink, 'summary'];
  const treatmentCard = ['name', 'slug', 'category', 'summary'];
  const trialLink = ['title', 'slug', 'nctId', 'phase', 'recruitmentStatus'];
  const locationPlace = ['name', 'slug', 'phone', 'latitude', 'longitude', 'address'];
  const locationLink = ['name', 'slug'];
  const specialtyLink = ['name', 'slug'];

  const content = {
    siteSettings: { ...site.siteSettings },
    conditionPage: {
      ...site.conditionPage,
      reviewedBy: link(site.conditionPage.reviewedBy, reviewerLink),
      featuredSubtypes: links(site.conditionPage.featuredSubtypes, subtypeCard),
      featuredTreatments: links(site.conditionPage.featuredTreatments, treatmentCard),
    },
    subtypes: site.subtypes.map((entry) => ({
      ...entry,
      reviewedBy: link(entry.reviewedBy, reviewerLink),
      treatments: links(linking(site.treatments, 'subtypes', entry), treatmentCard),
      clinicalTrials: links(linking(site.clinicalTrials, 'subtypes', entry), trialLink),
      physicians: links(linking(site.physicians, 'subtypes', entry), physicianLink),
    })),
    treatments: site.treatments.map((entry) => ({
      ...entry,
      reviewedBy: link(entry.reviewedBy, reviewerLink),
      subtypes: links(entry.subtypes, subtypeLink),
      clinicalTrials: links(linking(site.clinicalTrials, 'treatments', entry), trialLink),
    })),
    diagnosticTests: site.diagnosticTests.map((entry) => ({ ...entry, reviewedBy: link(entry.reviewedBy, reviewerLink) })),
    locations: site.locations.map((entry) => ({ ...entry, physicians: links(linking(site.physicians, 'locations', entry), physicianLink) })),
    physicians: site.physicians.map((entry) => ({
      ...entry,
      specialty: link(entry.specialty, specialtyLink),
      locations: links(entry.locations, locationPlace),
      subtypes: links(entry.subtypes, subtypeLink),
    })),
    specialties: site.specialties.map((entry) => ({ ...entry })),
    clinicalTrials: site.clinicalTrials.map((entry) => ({
      ...entry,
      reviewedBy: link(entry.reviewedBy, reviewerLink),
      principalInvestigator: link(entry.principalInvestigator, physicianLink),
      subtypes: links(entry.subtypes, subtypeLink),
      treatments: links(entry.treatments, ['name', 'slug']),
      locations: links(entry.locations, locationPlace),
    })),
    supportServices: site.supportServices.map((entry) => ({
      ...entry,
      reviewedBy: link(entry.reviewedBy, reviewerLink),
      locations: links(entry.locations, locationLink),
    })),
  };
  return content as unknown as SiteContent;
}
