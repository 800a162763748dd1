import type { Core, UID } from '@strapi/strapi';
import { withNpiCheckDigit } from '@mbc/shared';

/**
 * A value the tests read back from Strapi (a stored entry's fields, a populated relation, a REST
 * answer's body): what it holds is checked by the test's assertions at run time. Strapi's types
 * describe each content type's valid data; these tests write invalid data on purpose and read
 * populated relations by name, which those types cannot express.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads are checked by assertions, see above
export type Loose = any;

/** A stored entry: its ids and whatever fields and relations the call selected or populated. */
export type StoredEntry = { id: number; documentId: string; [field: string]: Loose };

type Params = Record<string, unknown>;

/** Strapi's Document Service for one content type, with test data and loosely typed entries. */
export type TestDocuments = {
  // The tests look up entries they know are there (seeded, or just created): a missing one fails the test at its first read.
  // Each read may name the shape the test reads (`findFirst<{ documentId: string; slug: string }>`).
  findOne<T = StoredEntry>(params: Params): Promise<T>;
  findFirst<T = StoredEntry>(params?: Params): Promise<T>;
  findMany<T = StoredEntry>(params?: Params): Promise<T[]>;
  count(params?: Params): Promise<number>;
  create<T = StoredEntry>(params: Params): Promise<T>;
  update<T = StoredEntry>(params: Params): Promise<T | null>;
  clone(params: Params): Promise<{ documentId: string; entries: StoredEntry[] } | null>;
  delete(params: Params): Promise<unknown>;
  publish(params: Params): Promise<unknown>;
  unpublish(params: Params): Promise<unknown>;
  discardDraft(params: Params): Promise<unknown>;
};

/** `strapi.documents(uid)` for tests: any content type by name, invalid data allowed, entries read loosely. */
export function documents(strapi: Core.Strapi, uid: string): TestDocuments {
  return strapi.documents(uid as UID.ContentType) as unknown as TestDocuments;
}

/** Data for a new, valid physician related to seeded entries; tests break one field at a time. */
export async function validPhysicianData(strapi: Core.Strapi, suffix: string): Promise<Record<string, unknown>> {
  const template = await documents(strapi, 'api::physician.physician').findFirst({
    status: 'published',
    populate: { locations: true, specialty: true },
  });
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

export function validLocationData(suffix: string) {
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

export async function validTrialData(strapi: Core.Strapi, suffix: string, nctId: string) {
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
