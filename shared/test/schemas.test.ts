import { describe, expect, test } from 'vitest';
// Through the package entry point, as the site imports it.
import { ContentContractError, parseContentEntry } from '../src/index';
import { clinicalTrialSchema } from '../src/schemas/clinical-trial';
import { locationSchema } from '../src/schemas/location';
import { physicianSchema } from '../src/schemas/physician';
import { treatmentSchema } from '../src/schemas/treatment';
import { sampleLocation, samplePhysician, sampleTreatment } from './fixtures/rest-entries';

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => issue.path.join('.'));
}

describe('physician', () => {
  test('a REST entry parses, and a decimal string becomes a number', () => {
    const physician = physicianSchema.parse(samplePhysician());
    expect(physician.fullName).toBe('Maya R. Okafor');
    expect(physician.locations[0]?.latitude).toBe(35.99);
    expect(physician.locations[0]?.longitude).toBe(-78.8986);
    expect(physician.specialty?.slug).toBe('medical-oncology');
  });

  test('optional values come back as null', () => {
    const entry = { ...samplePhysician(), gender: null, specialty: null, boardCertifications: null, photo: null };
    expect(physicianSchema.safeParse(entry).success).toBe(true);
  });

  test('keys outside the contract are dropped', () => {
    const physician = physicianSchema.parse({ ...samplePhysician(), locale: null, internalNote: 'x' });
    expect(physician).not.toHaveProperty('internalNote');
    expect(physician).not.toHaveProperty('locale');
  });

  test('a missing required field is reported at its path', () => {
    const { npi: _npi, ...withoutNpi } = samplePhysician();
    expect(issuePaths(physicianSchema.safeParse(withoutNpi))).toEqual(['npi']);
  });

  test('parseContentEntry names the entry and the field for whoever has to fix it', () => {
    const { npi: _npi, ...withoutNpi } = samplePhysician();
    let thrown: unknown;
    try {
      parseContentEntry('physician', withoutNpi);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentContractError);
    const message = (thrown as Error).message;
    expect(message).toContain("physician 'maya-okafor' (documentId k3v9q2m8x1c7z5b4n6p0r2t1)");
    expect(message).toContain('→ at npi');
  });

  test('a physician needs at least one language', () => {
    expect(issuePaths(physicianSchema.safeParse({ ...samplePhysician(), languages: [] }))).toEqual(['languages']);
  });

  test.each([
    ['slug', { slug: 'Maya Okafor' }],
    ['npi', { npi: '12345' }],
    ['gender', { gender: 'unknown' }],
  ])('rejects a malformed %s', (path, change) => {
    expect(issuePaths(physicianSchema.safeParse({ ...samplePhysician(), ...change }))).toEqual([path]);
  });
});

describe('location', () => {
  test('a REST entry with PostgreSQL decimal strings parses to numbers', () => {
    const location = parseContentEntry('location', sampleLocation());
    expect(location.latitude).toBe(35.994);
    expect(location.longitude).toBe(-78.8986);
    expect(location.hours.map((row) => row.day)).toEqual(['Monday', 'Tuesday']);
    expect(location.photo?.formats?.thumbnail?.width).toBe(234);
  });

  test('a missing required field inside a component is reported at its path', () => {
    const entry = sampleLocation();
    const { city: _city, ...addressWithoutCity } = entry.address;
    expect(issuePaths(locationSchema.safeParse({ ...entry, address: addressWithoutCity }))).toEqual(['address.city']);
  });

  test.each([
    ['not a number', 'abc'],
    ['out of range', '123.5'],
    ['missing', null],
  ])('rejects a latitude that is %s', (_reason, latitude) => {
    expect(issuePaths(locationSchema.safeParse({ ...sampleLocation(), latitude }))).toEqual(['latitude']);
  });

  test('rejects opening hours that are not 24-hour times', () => {
    const entry = sampleLocation();
    const hours = [{ id: 51, day: 'Monday', opens: '8am', closes: '17:00' }];
    expect(issuePaths(locationSchema.safeParse({ ...entry, hours }))).toEqual(['hours.0.opens']);
  });
});

describe('treatment', () => {
  test('a REST entry parses with its review dates and its reviewer', () => {
    const treatment = treatmentSchema.parse(sampleTreatment());
    expect(treatment.medicalReview).toEqual({ id: 71, lastReviewed: '2025-01-05', nextReviewDue: '2026-01-05' });
    expect(treatment.reviewedBy?.fullName).toBe('Maya R. Okafor');
  });
});

describe('formats the site relies on', () => {
  const trial = {
    id: 1,
    documentId: 't1r2i3a4l5',
    title: 'A new pill added to hormone therapy',
    slug: 'new-pill-hormone-therapy',
    nctId: 'NCT09900001',
    phase: 'phase_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary: 'This study tests…',
    eligibilitySummary: 'Adults with HR+ metastatic breast cancer',
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    publishedAt: '2025-01-10T09:00:00.000Z',
    medicalReview: { id: 2, lastReviewed: '2025-01-05', nextReviewDue: '2026-01-05' },
    reviewedBy: { id: 12, documentId: 'k3v9q2m8x1c7z5b4n6p0r2t1', fullName: 'Maya R. Okafor', slug: 'maya-okafor', credentials: 'MD, PhD' },
    seo: null,
    principalInvestigator: null,
    subtypes: [],
    treatments: [],
    locations: [],
  };

  test('a valid trial parses', () => {
    expect(clinicalTrialSchema.safeParse(trial).success).toBe(true);
  });

  test('NCT ids are NCT + 8 digits', () => {
    expect(issuePaths(clinicalTrialSchema.safeParse({ ...trial, nctId: 'NCT123' }))).toEqual(['nctId']);
  });

  test('review dates are YYYY-MM-DD', () => {
    const medicalReview = { ...trial.medicalReview, lastReviewed: '2025-01-05T00:00:00.000Z' };
    expect(issuePaths(clinicalTrialSchema.safeParse({ ...trial, medicalReview }))).toEqual(['medicalReview.lastReviewed']);
  });

  test('the reviewer is the entry\'s reviewedBy: null when none is published, required to be present in the response', () => {
    expect(clinicalTrialSchema.parse({ ...trial, reviewedBy: null }).reviewedBy).toBeNull();
    const { reviewedBy: _reviewedBy, ...withoutReviewer } = trial;
    expect(issuePaths(clinicalTrialSchema.safeParse(withoutReviewer))).toEqual(['reviewedBy']);
  });

  test('enumerations accept only the CMS values', () => {
    expect(issuePaths(clinicalTrialSchema.safeParse({ ...trial, recruitmentStatus: 'open' }))).toEqual(['recruitmentStatus']);
  });
});
