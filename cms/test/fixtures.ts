import type { Core } from '@strapi/strapi';
import { withNpiCheckDigit } from '@mbc/shared';

/** Data for a new, valid physician related to seeded entries; tests break one field at a time. */
export async function validPhysicianData(strapi: Core.Strapi, suffix: string): Promise<Record<string, any>> {
  const template = (await strapi.documents('api::physician.physician').findFirst({
    status: 'published',
    populate: { locations: true, specialty: true },
  })) as any;
  return {
    fullName: `Test Physician ${suffix}`,
    slug: `test-physician-${suffix}`,
    credentials: 'MD',
    title: 'Medical Oncologist',
    npi: withNpiCheckDigit(`99${String(Math.abs(hash(suffix))).padStart(7, '0').slice(0, 7)}`),
    languages: [{ language: 'English' }],
    bio: template.bio,
    specialty: template.specialty.documentId,
    locations: template.locations.map((location: { documentId: string }) => location.documentId),
  };
}

function hash(text: string): number {
  let value = 7;
  for (const character of text) value = (value * 31 + character.charCodeAt(0)) % 9_999_991;
  return value;
}

export function validLocationData(suffix: string): Record<string, any> {
  return {
    name: `Test Clinic ${suffix}`,
    slug: `test-clinic-${suffix}`,
    address: { street: '1 Test Way', city: 'Durham', state: 'NC', postalCode: '27701' },
    latitude: 35.994,
    longitude: -78.8986,
    phone: '(919) 555-0199',
    hours: [{ day: 'Monday', opens: '08:00', closes: '17:00' }],
    parkingAndDirections: 'Free parking in front.',
    servicesOffered: 'Infusion center',
  };
}

export async function validTrialData(strapi: Core.Strapi, suffix: string, nctId: string): Promise<Record<string, any>> {
  const reviewer = await strapi.documents('api::physician.physician').findFirst({ status: 'published' });
  return {
    title: `Test trial ${suffix}`,
    slug: `test-trial-${suffix}`,
    nctId,
    phase: 'phase_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary: 'A test.',
    eligibilitySummary: 'Adults.',
    medicalReview: { lastReviewed: '2026-06-01', nextReviewDue: '2027-06-01' },
    reviewedBy: reviewer!.documentId,
  };
}
