import { mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { ContentTypeName } from '@mbc/shared';
import { cmsRecordsDir, recordsFileOf, writeCmsRecords } from '../src/lib/cms/records';
import { buildLastmodMap, latest, readSiteContent, type SiteContent } from '../src/lib/lastmod';
import { siteContentOf, storedSite } from './site-content-fixtures';

const doc = (documentId: string, updatedAt: string, extra: object = {}) => ({ documentId, updatedAt, ...extra });

function content(): SiteContent {
  const durham = doc('loc-durham', '2026-01-05T10:00:00.000Z', { slug: 'durham', physicians: [{ documentId: 'doc-okafor' }] });
  const okafor = doc('doc-okafor', '2026-02-01T10:00:00.000Z', {
    slug: 'amara-okafor',
    fullName: 'Amara Okafor',
    offersSecondOpinions: true,
    specialty: { documentId: 'spec-mo' },
    locations: [{ documentId: 'loc-durham' }],
    subtypes: [{ documentId: 'sub-her2' }],
  });
  const trial = doc('trial-1', '2026-03-01T10:00:00.000Z', {
    slug: 'trial-one',
    recruitmentStatus: 'recruiting',
    principalInvestigator: { documentId: 'doc-okafor' },
    subtypes: [{ documentId: 'sub-her2' }],
    treatments: [],
    locations: [{ documentId: 'loc-durham' }],
  });
  const subtype = doc('sub-her2', '2026-01-01T00:00:00.000Z', {
    slug: 'her2-positive',
    treatments: [],
    clinicalTrials: [{ documentId: 'trial-1', title: 'Trial one', recruitmentStatus: 'recruiting' }],
    physicians: [{ documentId: 'doc-okafor' }],
  });
  return {
    conditionPage: doc('page', '2026-01-10T00:00:00.000Z', { sections: [], featuredSubtypes: [{ documentId: 'sub-her2' }], featuredTreatments: [] }),
    siteSettings: doc('settings', '2026-01-02T00:00:00.000Z'),
    subtypes: [subtype],
    treatments: [],
    diagnosticTests: [doc('ct', '2026-01-03T00:00:00.000Z')],
    locations: [durham],
    physicians: [okafor],
    specialties: [doc('spec-mo', '2025-12-01T00:00:00.000Z')],
    clinicalTrials: [trial],
    supportServices: [doc('group', '2026-04-01T00:00:00.000Z', { locations: [{ documentId: 'loc-durham' }] })],
  } as unknown as SiteContent;
}

describe('latest', () => {
  test('compares instants, not strings, and skips empty values', () => {
    expect(latest(['2026-01-01T12:00:00+02:00', '2026-01-01T11:00:00Z', undefined, null])).toBe('2026-01-01T11:00:00.000Z');
    expect(latest([])).toBeUndefined();
  });
});

describe('buildLastmodMap', () => {
  const map = buildLastmodMap(content());

  test('a detail page changes when an entry it shows changes (the subtype lists an open trial)', () => {
    expect(map['/subtypes/her2-positive/']).toBe('2026-03-01T10:00:00.000Z');
  });

  test('a location page includes its doctors, trials and support services', () => {
    expect(map['/locations/durham/']).toBe('2026-04-01T00:00:00.000Z');
  });

  test('a physician page includes the trials they lead', () => {
    expect(map['/doctors/amara-okafor/']).toBe('2026-03-01T10:00:00.000Z');
  });

  test('list pages take the latest of their entries; the overview its featured entries', () => {
    expect(map['/diagnosis/']).toBe('2026-01-03T00:00:00.000Z');
    expect(map['/']).toBe('2026-01-10T00:00:00.000Z');
    expect(map['/clinical-trials/']).toBe('2026-03-01T10:00:00.000Z');
  });

  test('every route of the site has a date, search included (it finds every page)', () => {
    for (const path of ['/', '/diagnosis/', '/subtypes/', '/treatments/', '/doctors/', '/locations/', '/clinical-trials/', '/support/', '/second-opinion/', '/appointments/', '/search/']) {
      expect(map[path], path).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    expect(map['/search/']).toBe('2026-04-01T00:00:00.000Z');
    // No treatments published: the list page dates from the site settings.
    expect(map['/treatments/']).toBe('2026-01-02T00:00:00.000Z');
  });

  test('links to entries that are not published do not count', () => {
    const withDraftLink = content();
    (withDraftLink.subtypes[0] as unknown as { physicians: object[] }).physicians.push({ documentId: 'unpublished' });
    expect(buildLastmodMap(withDraftLink)['/subtypes/her2-positive/']).toBe('2026-03-01T10:00:00.000Z');
  });
});

describe('buildLastmodMap, from what each page shows', () => {
  test('a medical page dates from its reviewer too, whose name it shows (the old map left reviewers out)', () => {
    const site = storedSite();
    site.physicians.find((physician) => physician.documentId === 'doc-lee')!.updatedAt = '2026-06-01T00:00:00.000Z';
    const map = buildLastmodMap(siteContentOf(site));
    // Lee reviews the diagnostic tests; no test changed since January.
    expect(map['/diagnosis/']).toBe('2026-06-01T00:00:00.000Z');
    expect(map['/subtypes/her2-positive/']).toBe('2026-01-01T00:00:00.000Z');
  });

  test('each page of the doctor directory has its own date, from the doctors it lists', () => {
    const site = storedSite();
    site.physicians.find((physician) => physician.documentId === 'doc-okafor')!.updatedAt = '2026-06-01T00:00:00.000Z';
    const map = buildLastmodMap(siteContentOf(site));
    expect(map['/doctors/page/2/']).toBe('2026-06-01T00:00:00.000Z');
    expect(map['/search/']).toBe('2026-06-01T00:00:00.000Z');
  });

  test('every page dates at least from the site settings, which the layout shows', () => {
    const site = storedSite();
    site.siteSettings.updatedAt = '2026-06-01T00:00:00.000Z';
    const map = buildLastmodMap(siteContentOf(site));
    expect(new Set(Object.values(map))).toEqual(new Set(['2026-06-01T00:00:00.000Z']));
  });
});

describe('readSiteContent', () => {
  const cacheDirs: string[] = [];
  afterEach(() => {
    vi.unstubAllEnvs();
    for (const directory of cacheDirs.splice(0)) rmSync(directory, { recursive: true, force: true });
  });

  /** A cache dir as this build's CMS loaders leave it: one records file per content type. */
  async function syncedCacheDir(site: SiteContent): Promise<URL> {
    const directory = mkdtempSync(join(tmpdir(), 'mbc-lastmod-'));
    cacheDirs.push(directory);
    const cacheDir = pathToFileURL(`${directory}/`);
    const byType: Record<ContentTypeName, readonly object[]> = {
      conditionPage: [site.conditionPage],
      siteSettings: [site.siteSettings],
      subtype: site.subtypes,
      treatment: site.treatments,
      diagnosticTest: site.diagnosticTests,
      location: site.locations,
      physician: site.physicians,
      specialty: site.specialties,
      clinicalTrial: site.clinicalTrials,
      supportService: site.supportServices,
    };
    for (const [name, entries] of Object.entries(byType) as [ContentTypeName, readonly { documentId: string }[]][]) {
      await writeCmsRecords(
        cmsRecordsDir(cacheDir),
        name,
        entries.map((data) => ({ id: data.documentId, digest: data.documentId, data: data as unknown as Record<string, unknown> })),
      );
    }
    return cacheDir;
  }

  test('returns the content this build\'s loaders wrote, without reading the CMS', async () => {
    const buildStartedAt = new Date(Date.now() - 1000);
    const cacheDir = await syncedCacheDir(content());
    // Any read of the CMS or of a snapshot would fail.
    vi.stubEnv('CONTENT_SOURCE', 'snapshot:/nonexistent/snapshot.json');
    vi.stubEnv('STRAPI_URL', 'http://127.0.0.1:9');

    expect(await readSiteContent({ cacheDir, buildStartedAt })).toEqual(content());
  });

  test('refuses records an earlier build left in the cache dir, saying from which hook to call it', async () => {
    const cacheDir = await syncedCacheDir(content());
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(recordsFileOf(cmsRecordsDir(cacheDir), 'physician'), earlier, earlier);

    await expect(readSiteContent({ cacheDir, buildStartedAt: new Date(Date.now() - 1000) })).rejects.toThrow(
      /physicians\.json was written at .*, before this build started .*, so it is an earlier build's content.*astro:build:start hook or a later one/,
    );
  });

  test('fails, saying how to fix it, when the loaders wrote nothing', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'mbc-lastmod-'));
    cacheDirs.push(directory);

    await expect(readSiteContent({ cacheDir: pathToFileURL(`${directory}/`), buildStartedAt: new Date() })).rejects.toThrow(
      /^No CMS records for conditionPage at .*Build again \(astro build\)/,
    );
  });
});

describe('the sitemap in every locale', () => {
  function withSpanish() {
    const site = storedSite();
    const her2 = site.subtypes.find((entry) => entry.documentId === 'sub-her2')!;
    her2.localizations = { es: { documentId: 'sub-her2', locale: 'es', slug: 'her2-positivo', name: 'HER2 positivo', updatedAt: '2026-09-09T09:00:00.000Z' } };
    return siteContentOf(site);
  }

  test('a Spanish page is dated by its Spanish version too', () => {
    const map = buildLastmodMap(withSpanish());
    expect(map['/es/subtypes/her2-positivo/']).toBe('2026-09-09T09:00:00.000Z');
    expect(map['/es/search/']).toBe(map['/search/']);
  });

  test('each page lists itself and its versions in the other locales, and a page in one locale only has none to pair', async () => {
    const { buildAlternatesMap } = await import('../src/lib/lastmod');
    const { sitePages } = await import('../src/lib/touched-pages');
    const alternates = buildAlternatesMap(sitePages(withSpanish()));
    const her2 = [
      { locale: 'en', path: '/subtypes/her2-positive/' },
      { locale: 'es', path: '/es/subtypes/her2-positivo/' },
    ];
    expect(alternates['/subtypes/her2-positive/']).toEqual(her2);
    expect(alternates['/es/subtypes/her2-positivo/']).toEqual(her2);
    expect(alternates['/subtypes/triple-negative/']).toEqual([{ locale: 'en', path: '/subtypes/triple-negative/' }]);
    expect(alternates['/es/doctors/jin-lee/']).toEqual([
      { locale: 'en', path: '/doctors/jin-lee/' },
      { locale: 'es', path: '/es/doctors/jin-lee/' },
    ]);
  });
});
