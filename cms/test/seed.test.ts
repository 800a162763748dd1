import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, DEFAULT_LOCALE, LOCALE_CODES, type ContentTypeName } from '@mbc/shared';
import * as demo from '../src/seed/data';
import { translations } from '../src/seed/data/translations';
import { writeTranslation } from '../src/bootstrap/seed-translations';
import { restartCms, startCms } from './strapi';
import { documents } from './fixtures';

let strapi: Core.Strapi;

/** Every published entry of a type with its slug and the slugs of the relations named. */
async function publishedSummary(uid: string, relations: string[]): Promise<Record<string, Record<string, string[] | string | null>>> {
  const populate = Object.fromEntries(relations.map((relation) => [relation, { fields: ['slug'] }]));
  const entries = await documents(strapi, uid).findMany({ status: 'published', populate, limit: 1000 });
  return Object.fromEntries(
    entries.map((entry) => [
      entry.slug,
      Object.fromEntries(
        relations.map((relation) => {
          const value = entry[relation];
          return [relation, Array.isArray(value) ? value.map((related) => related.slug).sort() : (value?.slug ?? null)];
        }),
      ),
    ]),
  );
}

const COUNTED_TYPES = {
  'api::subtype.subtype': demo.subtypes.length,
  'api::treatment.treatment': demo.treatments.length,
  'api::diagnostic-test.diagnostic-test': demo.diagnosticTests.length,
  'api::location.location': demo.locations.length,
  'api::physician.physician': demo.physicians.length,
  'api::specialty.specialty': demo.specialties.length,
  'api::clinical-trial.clinical-trial': demo.clinicalTrials.length,
  'api::support-service.support-service': demo.supportServices.length,
};

async function countAll(): Promise<Record<string, { published: number; draft: number }>> {
  const counts: Record<string, { published: number; draft: number }> = {};
  for (const uid of [...Object.keys(COUNTED_TYPES), 'api::condition-page.condition-page', 'api::site-setting.site-setting']) {
    const service = documents(strapi, uid);
    counts[uid] = { published: await service.count({ status: 'published' }), draft: await service.count({ status: 'draft' }) };
  }
  return counts;
}

/** Versions per type and locale, drafts and published. */
async function countVersions(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { uid } of Object.values(CONTENT_TYPES)) {
    for (const locale of LOCALE_CODES) counts[`${uid} ${locale}`] = await strapi.db.query(uid).count({ where: { locale } });
  }
  return counts;
}

/** Where each part of a translation is stored. */
const TRANSLATION_PARTS = {
  specialties: 'specialty',
  locations: 'location',
  physicians: 'physician',
  treatments: 'treatment',
  subtypes: 'subtype',
  diagnosticTests: 'diagnosticTest',
  clinicalTrials: 'clinicalTrial',
  supportServices: 'supportService',
} as const satisfies Record<string, ContentTypeName>;

/** The text fields of a translated entry (blocks and components are compared by the site's tests). */
const textFields = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === 'string'));

beforeAll(async () => {
  ({ strapi } = await startCms());
});

describe('the demo seed', () => {
  it('publishes every entry the issue asks for', async () => {
    const counts = await countAll();
    for (const [uid, expected] of Object.entries(COUNTED_TYPES)) {
      expect(counts[uid], uid).toEqual({ published: expected, draft: expected });
    }
    expect(counts['api::subtype.subtype'].published).toBeGreaterThanOrEqual(4);
    expect(counts['api::treatment.treatment'].published).toBeGreaterThanOrEqual(8);
    expect(counts['api::diagnostic-test.diagnostic-test'].published).toBeGreaterThanOrEqual(5);
    expect(counts['api::location.location'].published).toBeGreaterThanOrEqual(6);
    expect(counts['api::physician.physician'].published).toBeGreaterThanOrEqual(30);
    expect(counts['api::specialty.specialty'].published).toBeGreaterThanOrEqual(6);
    expect(counts['api::clinical-trial.clinical-trial'].published).toBeGreaterThanOrEqual(8);
    expect(counts['api::support-service.support-service'].published).toBeGreaterThanOrEqual(5);
    expect(counts['api::condition-page.condition-page'].published).toBe(1);
    expect(counts['api::site-setting.site-setting'].published).toBe(1);
  });

  it('includes the four subtypes and physicians across six or more specialties with varied attributes', async () => {
    const subtypes = await publishedSummary('api::subtype.subtype', []);
    expect(Object.keys(subtypes)).toEqual(expect.arrayContaining(['hr-positive-her2-negative', 'her2-positive', 'triple-negative', 'her2-low']));
    const physicians = await documents(strapi, 'api::physician.physician').findMany({
      status: 'published',
      populate: { specialty: true, languages: true },
      limit: 1000,
    });
    expect(new Set(physicians.map((physician) => physician.specialty.slug)).size).toBeGreaterThanOrEqual(6);
    expect(new Set(physicians.flatMap((physician) => physician.languages.map((entry: { language: string }) => entry.language))).size).toBeGreaterThanOrEqual(4);
    for (const flag of ['acceptingNewPatients', 'offersTelehealth']) {
      expect(new Set(physicians.map((physician) => physician[flag])), flag).toEqual(new Set([true, false]));
    }
  });

  it('stores exactly the demo relations (the same on every database)', async () => {
    const expectSameRelations = (actual: Record<string, Record<string, unknown>>, expected: Record<string, Record<string, unknown>>) =>
      expect(actual).toEqual(expected);
    const sorted = (slugs: string[]) => [...slugs].sort();

    expectSameRelations(
      await publishedSummary('api::physician.physician', ['specialty', 'locations', 'subtypes']),
      Object.fromEntries(
        demo.physicians.map((physician) => [
          physician.slug,
          { specialty: physician.specialty, locations: sorted(physician.locations), subtypes: sorted(physician.subtypes) },
        ]),
      ),
    );
    expectSameRelations(
      await publishedSummary('api::subtype.subtype', ['treatments']),
      Object.fromEntries(demo.subtypes.map((subtype) => [subtype.slug, { treatments: sorted(subtype.treatments) }])),
    );
    expectSameRelations(
      await publishedSummary('api::clinical-trial.clinical-trial', ['principalInvestigator', 'subtypes', 'treatments', 'locations']),
      Object.fromEntries(
        demo.clinicalTrials.map((trial) => [
          trial.slug,
          {
            principalInvestigator: trial.principalInvestigator,
            subtypes: sorted(trial.subtypes),
            treatments: sorted(trial.treatments),
            locations: sorted(trial.locations),
          },
        ]),
      ),
    );
    expectSameRelations(
      await publishedSummary('api::support-service.support-service', ['locations']),
      Object.fromEntries(demo.supportServices.map((service) => [service.slug, { locations: sorted(service.locations) }])),
    );
  });

  it('gives every medical page a review date and a reviewer (reviewedBy, the physician the demo data names)', async () => {
    const demoReviewers: Record<string, Record<string, string>> = {
      'api::subtype.subtype': Object.fromEntries(demo.subtypes.map((entry) => [entry.slug, entry.review.reviewer])),
      'api::treatment.treatment': Object.fromEntries(demo.treatments.map((entry) => [entry.slug, entry.review.reviewer])),
      'api::diagnostic-test.diagnostic-test': Object.fromEntries(demo.diagnosticTests.map((entry) => [entry.slug, entry.review.reviewer])),
      'api::clinical-trial.clinical-trial': Object.fromEntries(demo.clinicalTrials.map((entry) => [entry.slug, entry.review.reviewer])),
      'api::support-service.support-service': Object.fromEntries(demo.supportServices.map((entry) => [entry.slug, entry.review.reviewer])),
      'api::condition-page.condition-page': { overview: demo.conditionPage.review.reviewer },
    };
    for (const [uid, expected] of Object.entries(demoReviewers)) {
      const entries = await documents(strapi, uid).findMany({
        status: 'published',
        populate: { medicalReview: true, reviewedBy: { fields: ['slug'] } },
        limit: 1000,
      });
      expect(entries.length, uid).toBeGreaterThan(0);
      for (const entry of entries) {
        const slug = entry.slug ?? 'overview';
        expect(entry.medicalReview?.lastReviewed, `${uid} ${slug}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(entry.reviewedBy?.slug, `${uid} ${slug}`).toBe(expected[slug]);
      }
    }
  });

  it('gives every physician and location a demo photo with alt text', async () => {
    for (const uid of ['api::physician.physician', 'api::location.location']) {
      const entries = await documents(strapi, uid).findMany({ status: 'published', populate: { photo: true }, limit: 1000 });
      for (const entry of entries) {
        expect(entry.photo?.url, `${uid} ${entry.slug}`).toMatch(/^\/uploads\/.+\.jpg$/);
        expect(entry.photo.width).toBeGreaterThan(0);
        expect(entry.photoAlt, `${uid} ${entry.slug}`).toMatch(/demo image/);
      }
    }
  });

  it.each(translations.map((translation) => [translation.locale, translation] as const))(
    'gives each translated entry its %s version, with the shared fields of the English one, published exactly when it is',
    async (locale, translation) => {
      for (const [part, name] of Object.entries(TRANSLATION_PARTS)) {
        const { uid } = CONTENT_TYPES[name];
        for (const [slug, fields] of Object.entries(translation[part as keyof typeof TRANSLATION_PARTS] as Record<string, Record<string, unknown>>)) {
          const english = await documents(strapi, uid).findFirst({ filters: { slug }, status: 'draft', locale: DEFAULT_LOCALE });
          const rows = await strapi.db.query(uid).findMany({ where: { documentId: english.documentId } });
          const version = (state: 'draft' | 'published', inLocale: string) => rows.find((row: { locale: string; publishedAt: string | null }) => row.locale === inLocale && (state === 'published') === (row.publishedAt !== null));
          const translated = version('draft', locale);
          expect(translated, `${part}["${slug}"]`).toBeDefined();
          expect(translated).toMatchObject(textFields(fields));
          expect(Boolean(version('published', locale)), `${part}["${slug}"] published`).toBe(Boolean(version('published', DEFAULT_LOCALE)));
          // What every language shares: the identifiers, coordinates, phone numbers and dates of the English version.
          for (const field of ['npi', 'nctId', 'phone', 'latitude', 'longitude', 'lastReviewed', 'nextReviewDue', 'category', ...(part === 'physicians' || part === 'locations' || part === 'specialties' ? ['slug'] : [])]) {
            if (field in english) expect(translated[field], `${part}["${slug}"].${field}`).toEqual(version('draft', DEFAULT_LOCALE)[field]);
          }
        }
      }
      for (const [part, uid] of [['conditionPage', 'api::condition-page.condition-page'], ['siteSettings', 'api::site-setting.site-setting']] as const) {
        const spanish = await documents(strapi, uid).findFirst({ status: 'published', locale });
        expect(spanish, part).toMatchObject(textFields(translation[part] as Record<string, unknown>));
      }
    },
  );

  it('refuses a translation that names an entry the demo content lacks or leaves out a required field, naming the entry, and writes nothing', async () => {
    const [translation] = translations;
    const before = await countVersions();
    await expect(
      writeTranslation(strapi, { ...translation!, treatments: { ...translation!.treatments, 'no-such-treatment': { slug: 'ninguno', name: 'Ninguno', summary: 'x', body: [], sideEffects: [] } } }),
    ).rejects.toThrow(/treatments\["no-such-treatment"\] names treatment "no-such-treatment"/);
    await expect(writeTranslation(strapi, { ...translation!, siteSettings: { ...translation!.siteSettings, emergencyNote: '' } })).rejects.toThrow(/siteSettings\.emergencyNote is missing/);
    expect(await countVersions()).toEqual(before);
  });

  it('adds nothing on a second boot of the same database', async () => {
    const before = await countAll();
    const versionsBefore = await countVersions();
    // Other test files sign in people of each role; the restart must add no one.
    const adminUsers = await strapi.db.query('admin::user').count();
    ({ strapi } = await restartCms());
    expect(await countAll()).toEqual(before);
    expect(await countVersions()).toEqual(versionsBefore);
    expect(await writeTranslation(strapi, translations[0]!)).toBe(0);
    expect(await strapi.db.query('admin::user').count()).toBe(adminUsers);
    expect(await strapi.db.query('admin::user').count({ where: { email: process.env.LOCAL_ADMIN_EMAIL } })).toBe(1);
    expect(await strapi.db.query('admin::api-token').count({ where: { name: 'Site build (read-only)' } })).toBe(1);
  });
});
