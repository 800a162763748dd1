/**
 * Bulk import of a directory (src/bulk-import/import-directory.ts): entries written through the
 * Document Service in batched transactions, published, relations resolved by slug; a re-run
 * updates instead of duplicating; a bad entry is named and its batch rolled back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { DirectoryImportError, importDirectory, type Directory } from '../src/bulk-import/import-directory';
import type { SeedPhysician } from '../src/seed/types';
import { withNpiCheckDigit } from '@mbc/shared';
import { startCms } from './strapi';
import { documents, type StoredEntry } from './fixtures';

let strapi: Core.Strapi;

beforeAll(async () => {
  ({ strapi } = await startCms());
});

const PREFIX = 'bulk-test';
const location = (number: number) => ({
  slug: `${PREFIX}-clinic-${number}`,
  name: `Bulk Test Clinic ${number}`,
  address: { street: `${number} Test Way`, city: 'Durham', state: 'NC', postalCode: '27701' },
  latitude: 35.99 + number / 100,
  longitude: -78.9,
  phone: `(919) 555-01${String(number).padStart(2, '0')}`,
  hours: [{ day: 'Monday' as const, opens: '08:00', closes: '17:00' }],
  parkingAndDirections: 'Free parking in front.',
  servicesOffered: 'Infusion center',
});
const physician = (number: number, locations: string[]): SeedPhysician => ({
  slug: `${PREFIX}-doctor-${number}`,
  fullName: `Bulk Test Doctor ${number}`,
  credentials: 'MD',
  title: 'Medical Oncologist',
  npi: withNpiCheckDigit(`997${String(number).padStart(6, '0')}`),
  specialty: 'medical-oncology',
  languages: ['English', 'Spanish'],
  acceptingNewPatients: true,
  offersTelehealth: number % 2 === 0,
  offersSecondOpinions: false,
  bio: [{ type: 'paragraph', children: [{ type: 'text', text: 'A test doctor.' }] }],
  education: [],
  boardCertifications: '',
  clinicalInterests: '',
  locations,
  subtypes: ['her2-positive'],
});
const directory: Directory = {
  locations: [location(1), location(2)],
  physicians: [1, 2, 3, 4, 5].map((number) => physician(number, number % 2 ? [`${PREFIX}-clinic-1`] : [`${PREFIX}-clinic-1`, `${PREFIX}-clinic-2`])),
  clinicalTrials: [
    {
      slug: `${PREFIX}-trial-1`,
      title: 'Bulk test trial',
      nctId: 'NCT09977701',
      phase: 'phase_2',
      recruitmentStatus: 'recruiting',
      plainLanguageSummary: 'A test.',
      eligibilitySummary: 'Adults.',
      review: { reviewer: `${PREFIX}-doctor-1`, lastReviewed: '2026-06-01', nextReviewDue: '2027-06-01' },
      principalInvestigator: `${PREFIX}-doctor-2`,
      subtypes: ['her2-positive'],
      treatments: ['her2-targeted-therapy'],
      locations: [`${PREFIX}-clinic-2`],
    },
  ],
};

async function published(uid: string, populate: Record<string, unknown> = {}): Promise<StoredEntry[]> {
  return documents(strapi, uid).findMany({ status: 'published', filters: { slug: { $startsWith: PREFIX } }, populate: populate, sort: 'slug:asc' });
}

afterAll(async () => {
  // Leave the shared test database as the seed made it.
  for (const uid of ['api::clinical-trial.clinical-trial', 'api::physician.physician', 'api::location.location']) {
    const service = documents(strapi, uid);
    for (const entry of await service.findMany({ status: 'draft', filters: { slug: { $startsWith: PREFIX } } })) {
      await service.delete({ documentId: entry.documentId });
    }
  }
});

describe('importDirectory', () => {
  it('creates and publishes every entry, with relations resolved by slug, in batches', async () => {
    const progress: string[] = [];
    const summary = await importDirectory(strapi, directory, { batchSize: 2, log: (line) => progress.push(line) });

    expect(summary).toMatchObject({ created: 8, updated: 0 });
    expect(progress).toContain('Imported 4 of 5 physicians.');
    const doctors = await published('api::physician.physician', { locations: { fields: ['slug'] }, specialty: { fields: ['slug'] }, subtypes: { fields: ['slug'] }, languages: true });
    expect(doctors.map((doctor) => doctor.slug)).toEqual([1, 2, 3, 4, 5].map((number) => `${PREFIX}-doctor-${number}`));
    expect(doctors[1].locations.map((entry: { slug: string }) => entry.slug).sort()).toEqual([`${PREFIX}-clinic-1`, `${PREFIX}-clinic-2`]);
    expect(doctors[1].specialty.slug).toBe('medical-oncology');
    expect(doctors[1].subtypes.map((entry: { slug: string }) => entry.slug)).toEqual(['her2-positive']);
    expect(doctors[1].languages.map((entry: { language: string }) => entry.language)).toEqual(['English', 'Spanish']);
    const [trial] = await published('api::clinical-trial.clinical-trial', { principalInvestigator: { fields: ['slug'] }, medicalReview: true, reviewedBy: { fields: ['slug'] }, locations: { fields: ['slug'] } });
    expect(trial.principalInvestigator.slug).toBe(`${PREFIX}-doctor-2`);
    expect(trial.medicalReview.lastReviewed).toBe('2026-06-01');
    expect(trial.reviewedBy.slug).toBe(`${PREFIX}-doctor-1`);
    expect(trial.locations.map((entry: { slug: string }) => entry.slug)).toEqual([`${PREFIX}-clinic-2`]);
  });

  it('updates entries whose slug exists on a second run, instead of duplicating them', async () => {
    const renamed = { ...directory, physicians: directory.physicians!.map((entry) => ({ ...entry, title: 'Breast Medical Oncologist' })) };
    const summary = await importDirectory(strapi, renamed);

    expect(summary).toMatchObject({ created: 0, updated: 8 });
    const doctors = await published('api::physician.physician');
    expect(doctors).toHaveLength(5);
    expect(new Set(doctors.map((doctor) => doctor.title))).toEqual(new Set(['Breast Medical Oncologist']));
  });

  it('names an entry that links to a slug nobody has, and imports nothing of its batch', async () => {
    const bad = { physicians: [physician(6, [`${PREFIX}-clinic-1`]), physician(7, ['no-such-clinic'])] };
    const error = await importDirectory(strapi, bad).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DirectoryImportError);
    expect((error as Error).message).toBe(`physicians[1] ("${PREFIX}-doctor-7"): locations names location "no-such-clinic", which is neither in the CMS nor earlier in the import.`);
    expect((await published('api::physician.physician')).map((doctor) => doctor.slug)).not.toContain(`${PREFIX}-doctor-6`);
  });

  it('names an entry the CMS rules refuse, and the field', async () => {
    const bad = { physicians: [{ ...physician(8, [`${PREFIX}-clinic-1`]), npi: '1234567890' }] };
    const error = await importDirectory(strapi, bad).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(DirectoryImportError);
    expect((error as Error).message).toMatch(new RegExp(`^physicians\\[0\\] \\("${PREFIX}-doctor-8"\\) was not imported: npi: .*check digit`));
    expect(await documents(strapi, 'api::physician.physician').count({ filters: { slug: `${PREFIX}-doctor-8` } })).toBe(0);
  });
});
