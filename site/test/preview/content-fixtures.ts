import type { ContentTypeName } from '@mbc/shared';
import type { FakeCms, StoredDocument } from './fake-cms';

/**
 * Valid drafts of every content type, as the fake CMS stores them (relations as documentIds).
 * Functions, so each test gets fresh copies it may change.
 */

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];
const review = { id: 71, lastReviewed: '2026-01-05', nextReviewDue: '2027-01-05' };

export function physician(documentId: string, slug: string, changes: Record<string, unknown> = {}): StoredDocument {
  return {
    documentId,
    fullName: `Dr ${slug}`,
    slug,
    credentials: 'MD',
    title: 'Medical Oncologist',
    npi: '9912345672', // passes the NPI check digit test
    gender: 'female',
    acceptingNewPatients: true,
    offersTelehealth: false,
    offersSecondOpinions: true,
    photoAlt: null,
    bio: paragraph('Cares for people whose breast cancer has spread.'),
    boardCertifications: null,
    clinicalInterests: null,
    languages: [{ id: 21, language: 'English' }],
    photo: null,
    education: [],
    seo: null,
    specialty: 'specialty-medical-oncology',
    locations: ['location-durham'],
    subtypes: [],
    ...changes,
  };
}

export function location(documentId: string, slug: string, changes: Record<string, unknown> = {}): StoredDocument {
  return {
    documentId,
    name: `${slug} clinic`,
    slug,
    latitude: '35.994',
    longitude: '-78.8986',
    phone: '(919) 555-0100',
    fax: null,
    parkingAndDirections: 'Park in the visitor deck.',
    servicesOffered: 'Infusion center',
    photoAlt: null,
    address: { id: 41, street: '1200 Oak Ridge Parkway', unit: null, city: 'Durham', state: 'NC', postalCode: '27701' },
    hours: [{ id: 51, day: 'Monday', opens: '08:00', closes: '17:00' }],
    photo: null,
    seo: null,
    ...changes,
  };
}

export function treatment(documentId: string, slug: string, changes: Record<string, unknown> = {}): StoredDocument {
  return {
    documentId,
    name: `Treatment ${slug}`,
    slug,
    category: 'immunotherapy',
    howGiven: 'iv',
    summary: 'Medicines that help your immune system attack cancer cells.',
    body: paragraph('Immunotherapy helps some people.'),
    sideEffects: paragraph('Tiredness or rash.'),
    medicalReview: review,
    seo: null,
    reviewedBy: 'physician-okafor',
    subtypes: ['subtype-triple-negative'],
    ...changes,
  };
}

export function subtype(documentId: string, slug: string): StoredDocument {
  return {
    documentId,
    name: 'Triple-negative',
    slug,
    shortName: 'TNBC',
    sortOrder: 1,
    estrogenReceptor: 'negative',
    progesteroneReceptor: 'negative',
    her2Status: 'negative',
    summary: 'No hormone receptors and no HER2.',
    body: paragraph('Triple-negative breast cancer.'),
    medicalReview: review,
    seo: null,
    reviewedBy: 'physician-okafor',
  };
}

export function diagnosticTest(documentId: string, slug: string): StoredDocument {
  return {
    documentId,
    name: 'Bone scan',
    slug,
    category: 'imaging',
    sortOrder: 1,
    summary: 'Shows whether cancer has reached the bones.',
    body: paragraph('A bone scan.'),
    medicalReview: review,
    reviewedBy: 'physician-okafor',
  };
}

export function specialty(documentId: string, slug: string): StoredDocument {
  return { documentId, name: 'Medical oncology', slug, description: 'Doctors who treat cancer with medicines.' };
}

export function clinicalTrial(documentId: string, slug: string): StoredDocument {
  return {
    documentId,
    title: 'A new pill added to hormone therapy',
    slug,
    nctId: 'NCT09900001',
    phase: 'phase_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary: 'This study tests a new pill.',
    eligibilitySummary: 'Adults with metastatic breast cancer',
    medicalReview: review,
    seo: null,
    reviewedBy: 'physician-okafor',
    principalInvestigator: null,
    subtypes: [],
    treatments: [],
    locations: ['location-durham'],
  };
}

export function supportService(documentId: string, slug: string): StoredDocument {
  return {
    documentId,
    name: 'Nutrition counseling',
    slug,
    category: 'nutrition',
    summary: 'Eating well during treatment.',
    body: paragraph('Our dietitians help.'),
    contactPhone: null,
    medicalReview: review,
    reviewedBy: 'physician-okafor',
    locations: ['location-durham'],
  };
}

export function conditionPage(): StoredDocument {
  const titled = [{ id: 1, title: 'Living well', text: 'Care that fits your life.' }];
  const action = { id: 2, heading: 'Newly diagnosed?', text: 'Call us.', linkLabel: 'Request an appointment', linkHref: '/appointments/' };
  return {
    documentId: 'condition-page',
    title: 'Metastatic breast cancer',
    intro: 'What it is and how we treat it.',
    goalsOfCare: titled,
    newlyDiagnosed: action,
    secondOpinion: { ...action, id: 3 },
    whyChooseUs: titled,
    sections: [],
    medicalReview: review,
    seo: null,
    reviewedBy: 'physician-okafor',
    featuredSubtypes: ['subtype-triple-negative'],
    featuredTreatments: [],
  };
}

export function siteSettings(): StoredDocument {
  return {
    documentId: 'site-settings',
    organizationName: 'Demo Cancer Institute',
    appointmentPhone: '(919) 555-0199',
    appointmentPageText: 'Call us.',
    secondOpinionPageText: 'Ask us.',
    emergencyNote: 'In an emergency, call 911.',
    footerText: 'Demo content.',
    defaultSeo: { id: 1, metaTitle: 'Demo', metaDescription: null },
    showDemoNotice: false,
    demoNotice: null,
  };
}

/** A treatment's version in another locale: its translated fields only, as Strapi keeps a locale's row. */
export function treatmentVersion(documentId: string, locale: string, slug: string, changes: Record<string, unknown> = {}): StoredDocument {
  return {
    documentId,
    locale,
    name: `Tratamiento ${slug}`,
    slug,
    summary: 'Medicinas que ayudan a su sistema inmunitario a atacar el cáncer.',
    body: paragraph('La inmunoterapia ayuda a algunas personas.'),
    sideEffects: paragraph('Cansancio o sarpullido.'),
    seo: null,
    ...changes,
  };
}

/** One valid draft of every type, linked together: Dr Okafor works at the Durham clinic and reviews every medical page. */
export function seedEveryType(cms: FakeCms): void {
  const documents: [ContentTypeName, StoredDocument][] = [
    ['specialty', specialty('specialty-medical-oncology', 'medical-oncology')],
    ['location', location('location-durham', 'durham', { name: 'Durham Breast Oncology Clinic' })],
    ['physician', physician('physician-okafor', 'maya-okafor', { fullName: 'Maya R. Okafor' })],
    ['subtype', subtype('subtype-triple-negative', 'triple-negative')],
    ['treatment', treatment('treatment-immunotherapy', 'immunotherapy', { name: 'Immunotherapy' })],
    ['diagnosticTest', diagnosticTest('test-bone-scan', 'bone-scan')],
    ['clinicalTrial', clinicalTrial('trial-new-pill', 'new-pill-hormone-therapy')],
    ['supportService', supportService('service-nutrition', 'nutrition')],
    ['conditionPage', conditionPage()],
    ['siteSettings', siteSettings()],
  ];
  for (const [type, document] of documents) cms.save(type, document);
}
