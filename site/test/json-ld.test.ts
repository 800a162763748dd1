import type { ClinicalTrial, Location, Physician } from '@mbc/shared';
import { describe, expect, test } from 'vitest';
import {
  breadcrumbListNode,
  combinedReview,
  jsonLdGraph,
  medicalClinicNode,
  medicalSpecialtyValues,
  medicalTrialNode,
  metastaticBreastCancerNode,
  organizationNode,
  physicianNode,
  ref,
  serializeJsonLd,
  subtypeConditionNode,
  treatmentNode,
  webPageNode,
} from '../src/lib/json-ld';
import type { PageReview } from '../src/lib/medical-review';

const context = {
  site: 'https://cancer-center.example',
  settings: { organizationName: 'Piedmont Valley Cancer Institute', appointmentPhone: '(919) 555-0100' },
};

const address = { id: 1, street: '2150 Sycamore Ridge Drive', unit: 'Building A', city: 'Durham', state: 'NC', postalCode: '27705' };
const durham = { id: 1, documentId: 'loc-durham', name: 'Durham Cancer Center', slug: 'durham', phone: '(919) 555-0101', latitude: 35.994, longitude: -78.8986, address };

const review = (lastReviewed: string, reviewer = 'amara-okafor'): PageReview => ({
  lastReviewed,
  nextReviewDue: '2027-09-22',
  reviewer: { id: 1, documentId: `doc-${reviewer}`, fullName: reviewer === 'amara-okafor' ? 'Amara Okafor' : 'Tariq Mansour', slug: reviewer, credentials: 'MD' },
});

describe('the page node', () => {
  test('MedicalWebPage carries lastReviewed, reviewedBy (a Physician with profile URL) and about', () => {
    const condition = metastaticBreastCancerNode(context);
    const node = webPageNode(
      { type: 'MedicalWebPage', path: '/', name: 'Metastatic breast cancer', description: 'Overview', reviews: [review('2026-09-22')], about: ref(condition) },
      context,
    );
    expect(node).toMatchObject({
      '@type': 'MedicalWebPage',
      '@id': 'https://cancer-center.example/#webpage',
      url: 'https://cancer-center.example/',
      lastReviewed: '2026-09-22',
      reviewedBy: { '@type': 'Physician', name: 'Amara Okafor, MD', url: 'https://cancer-center.example/doctors/amara-okafor/' },
      about: { '@id': 'https://cancer-center.example/#condition' },
      publisher: { '@id': 'https://cancer-center.example/#organization' },
    });
  });

  test('a page of several reviewed sections claims the earliest review and names every reviewer', () => {
    const reviews = [review('2026-08-19', 'tariq-mansour'), review('2026-03-10'), review('2026-05-01', 'tariq-mansour')];
    expect(combinedReview(reviews)?.lastReviewed).toBe('2026-03-10');
    const node = webPageNode({ type: 'MedicalWebPage', path: '/support/', name: 'Support', description: 'd', reviews }, context);
    expect(node.lastReviewed).toBe('2026-03-10');
    expect((node.reviewedBy as { name: string }[]).map((reviewer) => reviewer.name)).toEqual(['Tariq Mansour, MD', 'Amara Okafor, MD']);
  });

  test('a page without reviews has no lastReviewed and no reviewedBy', () => {
    const node = webPageNode({ type: 'WebPage', path: '/x/', name: 'x', description: 'x' }, context);
    expect(node).not.toHaveProperty('lastReviewed');
    expect(node).not.toHaveProperty('reviewedBy');
    expect(combinedReview([])).toBeNull();
  });

  test('the breadcrumb trail has absolute URLs in order', () => {
    const node = breadcrumbListNode('/doctors/amara-okafor/', [{ name: 'Home', path: '/' }, { name: 'Doctors', path: '/doctors/' }, { name: 'Amara Okafor, MD', path: '/doctors/amara-okafor/' }], context);
    expect(node.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://cancer-center.example/' },
      { '@type': 'ListItem', position: 2, name: 'Doctors', item: 'https://cancer-center.example/doctors/' },
      { '@type': 'ListItem', position: 3, name: 'Amara Okafor, MD', item: 'https://cancer-center.example/doctors/amara-okafor/' },
    ]);
  });

  test('the organization has the appointment line in international format', () => {
    expect(organizationNode(context)).toMatchObject({ '@type': 'MedicalOrganization', name: 'Piedmont Valley Cancer Institute', telephone: '+1-919-555-0100' });
  });
});

describe('medical entities', () => {
  test('a subtype is a MedicalCondition with its treatments', () => {
    const node = subtypeConditionNode(
      { name: 'HER2-positive', slug: 'her2-positive', shortName: 'HER2+', summary: 'About HER2+', treatments: [{ id: 1, documentId: 't', name: 'Surgery', slug: 'surgery', category: 'surgery', summary: 's' }] },
      context,
    );
    expect(node).toMatchObject({ '@type': 'MedicalCondition', alternateName: 'HER2+', url: 'https://cancer-center.example/subtypes/her2-positive/' });
    expect(node.possibleTreatment).toEqual([expect.objectContaining({ '@type': 'TherapeuticProcedure', name: 'Surgery' })]);
  });

  test('radiation is a RadiationTherapy, drugs a MedicalTherapy', () => {
    expect(treatmentNode({ name: 'Radiation', slug: 'palliative-radiation', category: 'radiation' }, context)['@type']).toBe('RadiationTherapy');
    expect(treatmentNode({ name: 'Chemotherapy', slug: 'chemotherapy', category: 'chemotherapy' }, context)['@type']).toBe('MedicalTherapy');
  });
});

describe('Physician', () => {
  const physician = {
    fullName: 'Amara Okafor',
    slug: 'amara-okafor',
    credentials: 'MD',
    title: 'Medical Oncologist',
    npi: '9921926801',
    acceptingNewPatients: true,
    specialty: { id: 1, documentId: 's', name: 'Medical oncology', slug: 'medical-oncology' },
    languages: [{ id: 1, language: 'English' }, { id: 2, language: 'Spanish' }],
    locations: [durham],
  } satisfies Partial<Physician>;

  test('has usNPI, isAcceptingNewPatients, medicalSpecialty, languages and where they work', () => {
    const node = physicianNode(physician as unknown as Physician, context, { imageUrl: 'https://cancer-center.example/_astro/p.jpg' });
    expect(node).toMatchObject({
      '@type': 'Physician',
      '@id': 'https://cancer-center.example/doctors/amara-okafor/#physician',
      name: 'Amara Okafor, MD',
      usNPI: '9921926801',
      isAcceptingNewPatients: true,
      medicalSpecialty: 'https://schema.org/Oncologic',
      knowsLanguage: ['English', 'Spanish'],
      image: 'https://cancer-center.example/_astro/p.jpg',
      telephone: '+1-919-555-0101',
    });
    expect(node.location).toEqual([expect.objectContaining({ '@type': 'MedicalClinic', url: 'https://cancer-center.example/locations/durham/' })]);
  });

  test('specialties map to schema.org MedicalSpecialty members; others become a named MedicalSpecialty', () => {
    expect(medicalSpecialtyValues({ name: 'Neuro-oncology', slug: 'neuro-oncology' })).toEqual(['https://schema.org/Neurologic', 'https://schema.org/Oncologic']);
    expect(medicalSpecialtyValues({ name: 'Palliative care', slug: 'palliative-care' })).toEqual([{ '@type': 'MedicalSpecialty', name: 'Palliative care' }]);
    expect(medicalSpecialtyValues(null)).toEqual([]);
  });

  test('not accepting new patients is written as false, not left out', () => {
    expect(physicianNode({ ...physician, acceptingNewPatients: false } as unknown as Physician, context).isAcceptingNewPatients).toBe(false);
  });
});

describe('MedicalClinic', () => {
  const location = {
    ...durham,
    fax: '(919) 555-0111',
    hours: [
      { id: 1, day: 'Monday', opens: '07:30', closes: '18:00' },
      { id: 2, day: 'Tuesday', opens: '07:30', closes: '18:00' },
      { id: 3, day: 'Saturday', opens: '08:00', closes: '12:00' },
    ],
  } as unknown as Location;

  test('has address, geo, telephone, fax and opening hours grouped by identical times', () => {
    const node = medicalClinicNode(location, context, { mapUrl: 'https://www.google.com/maps/search/?api=1&query=x' });
    expect(node).toMatchObject({
      '@type': 'MedicalClinic',
      name: 'Durham Cancer Center',
      address: { '@type': 'PostalAddress', streetAddress: '2150 Sycamore Ridge Drive, Building A', addressLocality: 'Durham', addressRegion: 'NC', postalCode: '27705', addressCountry: 'US' },
      geo: { '@type': 'GeoCoordinates', latitude: 35.994, longitude: -78.8986 },
      telephone: '+1-919-555-0101',
      faxNumber: '+1-919-555-0111',
      hasMap: 'https://www.google.com/maps/search/?api=1&query=x',
    });
    expect(node.openingHoursSpecification).toEqual([
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday'], opens: '07:30', closes: '18:00' },
      { '@type': 'OpeningHoursSpecification', dayOfWeek: ['https://schema.org/Saturday'], opens: '08:00', closes: '12:00' },
    ]);
  });
});

describe('MedicalTrial', () => {
  const trial = {
    title: 'A new pill added to hormone therapy',
    slug: 'new-pill',
    nctId: 'NCT09900101',
    phase: 'phase_3',
    recruitmentStatus: 'active_not_recruiting',
    plainLanguageSummary: 'What the study tests.',
    locations: [durham],
    subtypes: [{ id: 1, documentId: 'st', name: 'Hormone receptor-positive, HER2-negative', slug: 'hr-positive-her2-negative', shortName: 'HR+/HER2−' }],
    treatments: [{ id: 1, documentId: 'tr', name: 'Endocrine therapy', slug: 'endocrine-therapy' }],
  } as unknown as ClinicalTrial;

  test('has a schema.org status, the phase, and the NCT id as its code', () => {
    expect(medicalTrialNode(trial, context)).toMatchObject({
      '@type': 'MedicalTrial',
      status: 'https://schema.org/ActiveNotRecruiting',
      phase: 'Phase 3',
      identifier: 'NCT09900101',
      code: { '@type': 'MedicalCode', codeValue: 'NCT09900101', codingSystem: 'ClinicalTrials.gov' },
      healthCondition: [{ '@id': 'https://cancer-center.example/subtypes/hr-positive-her2-negative/#condition' }],
      studyLocation: [{ '@type': 'AdministrativeArea', name: 'Durham, NC' }],
    });
  });

  test.each([
    ['recruiting', 'Recruiting'],
    ['not_yet_recruiting', 'NotYetRecruiting'],
    ['enrolling_by_invitation', 'EnrollingByInvitation'],
    ['completed', 'Completed'],
    ['terminated', 'Terminated'],
    ['withdrawn', 'Withdrawn'],
    ['suspended', 'Suspended'],
  ] as const)('%s → %s', (status, member) => {
    expect(medicalTrialNode({ ...trial, recruitmentStatus: status }, context).status).toBe(`https://schema.org/${member}`);
  });

  test('a trial without subtypes is about metastatic breast cancer', () => {
    expect(medicalTrialNode({ ...trial, subtypes: [] }, context).healthCondition).toEqual({ '@id': 'https://cancer-center.example/#condition' });
  });
});

describe('output', () => {
  test('the graph has the schema.org context', () => {
    expect(jsonLdGraph([organizationNode(context)])).toMatchObject({ '@context': 'https://schema.org', '@graph': [{ '@type': 'MedicalOrganization' }] });
  });

  test('serializeJsonLd cannot close the script element or open a comment, and still parses to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>', note: '<!-- & -->', separators: '\u2028\u2029' };
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<|>|&|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual(data);
  });

  test('ref() points at a node by @id only', () => {
    expect(ref(organizationNode(context))).toEqual({ '@id': 'https://cancer-center.example/#organization' });
    expect(() => ref({ '@type': 'Thing' })).toThrow(/no @id/);
  });
});
