import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ContentTypeName } from '@mbc/shared';
import { COLLECTIONS } from '../src/lib/cms/collections';
import { writeCmsRecords } from '../src/lib/cms/records';

// Pages read content through src/lib/content.ts; here the collections are whatever each test says:
// Astro's content store holds each entry's id and digest (the mock of getCollection), the CMS
// records in CMS_RECORDS_DIR hold the entries, as the loader leaves them (src/lib/cms/loader.ts).
const collections = vi.hoisted(() => new Map<string, { id: string; digest: string }[]>());
const getCollection = vi.hoisted(() =>
  vi.fn(async (name: string) => (collections.get(name) ?? []).map(({ id, digest }) => ({ id, digest, collection: name, data: {} }))),
);
vi.mock('astro:content', () => ({ getCollection }));
const recordsDir = mkdtempSync(join(tmpdir(), 'mbc-content-'));
vi.stubEnv('CMS_RECORDS_DIR', recordsDir);
afterAll(() => rmSync(recordsDir, { recursive: true, force: true }));

/** What a content sync leaves: the entries in the records file, their ids and digests in the store. */
async function synced(name: ContentTypeName, entries: Record<string, unknown>[]): Promise<void> {
  const records = entries.map((data, index) => ({ id: String(data.slug ?? index), digest: `digest-${index}`, data }));
  await writeCmsRecords(recordsDir, name, records);
  collections.set(COLLECTIONS[name], records.map(({ id, digest }) => ({ id, digest })));
}

const {
  byFamilyName,
  sortByFamilyName,
  byName,
  byOpenThenTitle,
  bySortOrder,
  familyName,
  getClinicalTrials,
  getConditionPage,
  getPhysicians,
  getSiteSettings,
  getSubtype,
  getSubtypes,
  getTreatments,
} = await import('../src/lib/content');

beforeEach(() => collections.clear());

describe('orderings', () => {
  test('byName sorts by name, ignoring case', () => {
    const names = ['radiation', 'Chemotherapy', 'endocrine therapy'].map((name) => ({ name }));
    expect(names.sort(byName).map(({ name }) => name)).toEqual(['Chemotherapy', 'endocrine therapy', 'radiation']);
  });

  test('bySortOrder follows the editors\' order, then the name', () => {
    const subtypes = [
      { name: 'Triple-negative', sortOrder: 3 },
      { name: 'HER2-positive', sortOrder: 2 },
      { name: 'HR-positive', sortOrder: 1 },
      { name: 'HER2-low', sortOrder: 2 },
    ];
    expect(subtypes.sort(bySortOrder).map(({ name }) => name)).toEqual(['HR-positive', 'HER2-low', 'HER2-positive', 'Triple-negative']);
  });

  test('familyName is the last word of the full name, skipping a generational suffix', () => {
    expect(familyName('Maya R. Okafor')).toBe('Okafor');
    expect(familyName('James Carter Jr.')).toBe('Carter');
    expect(familyName('Robert Lee III')).toBe('Lee');
    expect(familyName('Cher')).toBe('Cher');
  });

  test('byFamilyName sorts doctors by family name, then full name', () => {
    const doctors = ['Maya R. Okafor', 'Ben Adler', 'Ana Okafor', 'Zoe Baker'].map((fullName) => ({ fullName }));
    expect(doctors.sort(byFamilyName).map(({ fullName }) => fullName)).toEqual(['Ben Adler', 'Zoe Baker', 'Ana Okafor', 'Maya R. Okafor']);
  });

  test('sortByFamilyName gives byFamilyName\'s order, ties kept in place', () => {
    const names = ['Maya R. Okafor', 'Ben Adler', 'James Carter Jr.', 'Ana Okafor', 'Zoe Baker', 'ana okafor', 'Cher', 'Lee Carter'];
    const doctors = names.map((fullName, index) => ({ fullName, index }));
    expect(sortByFamilyName([...doctors])).toEqual([...doctors].sort(byFamilyName));
  });

  test('byOpenThenTitle puts trials a patient can join first, then sorts by title', () => {
    const trials = [
      { title: 'Alpha', recruitmentStatus: 'completed' },
      { title: 'Delta', recruitmentStatus: 'recruiting' },
      { title: 'Beta', recruitmentStatus: 'active_not_recruiting' },
      { title: 'Charlie', recruitmentStatus: 'not_yet_recruiting' },
    ] as const;
    expect([...trials].sort(byOpenThenTitle).map(({ title }) => title)).toEqual(['Charlie', 'Delta', 'Alpha', 'Beta']);
  });
});

describe('content getters', () => {
  test('getSubtypes returns the data in sortOrder; getSubtype finds one by slug', async () => {
    await synced('subtype', [
      { name: 'Triple-negative', slug: 'triple-negative', sortOrder: 3 },
      { name: 'HR-positive', slug: 'hr-positive', sortOrder: 1 },
    ]);

    expect((await getSubtypes()).map(({ slug }) => slug)).toEqual(['hr-positive', 'triple-negative']);
    expect((await getSubtype('triple-negative'))?.name).toBe('Triple-negative');
    expect(await getSubtype('no-such-subtype')).toBeUndefined();
  });

  test('getPhysicians and getClinicalTrials apply their orderings', async () => {
    await synced('physician', [{ fullName: 'Zoe Baker' }, { fullName: 'Ben Adler' }]);
    await synced('clinicalTrial', [
      { title: 'A closed trial', recruitmentStatus: 'completed' },
      { title: 'Z open trial', recruitmentStatus: 'recruiting' },
    ]);

    expect((await getPhysicians()).map(({ fullName }) => fullName)).toEqual(['Ben Adler', 'Zoe Baker']);
    expect((await getClinicalTrials()).map(({ title }) => title)).toEqual(['Z open trial', 'A closed trial']);
  });

  test('a single type returns its one entry, and says what to publish when it is missing', async () => {
    await synced('conditionPage', [{ title: 'Metastatic breast cancer' }]);
    expect((await getConditionPage()).title).toBe('Metastatic breast cancer');

    await synced('conditionPage', []);
    await expect(getConditionPage()).rejects.toThrow('The site has no condition page: publish it in the CMS');
  });

  test('entries come whole from the records file, though the content store holds only their ids and digests', async () => {
    const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Treatment depends on the subtype.' }] }];
    await synced('subtype', [{ name: 'HER2-low', slug: 'her2-low', sortOrder: 1, body }]);

    expect(await getSubtype('her2-low')).toEqual({ name: 'HER2-low', slug: 'her2-low', sortOrder: 1, body });
  });

  test('a records file another content sync rewrote, or none, fails the page, saying how to fix it', async () => {
    await synced('subtype', [{ name: 'HER2-low', slug: 'her2-low', sortOrder: 1 }]);
    collections.set('subtypes', [{ id: 'her2-low', digest: 'digest-of-another-sync' }]);
    await expect(getSubtypes()).rejects.toThrow(/does not match Astro's content store for subtypes: it holds another version of 'her2-low'.*SITE_CACHE_DIR/);

    collections.set('treatments', [{ id: 'chemotherapy', digest: 'digest-0' }]);
    await expect(getTreatments()).rejects.toThrow(/^No CMS records for treatments at .*Build again \(astro build\), or restart astro dev/);
  });

  test('a build reads each type from Astro once, whatever the number of pages (getCollection copies every entry)', async () => {
    await synced('physician', [{ fullName: 'Zoe Baker' }, { fullName: 'Ben Adler' }]);
    await synced('siteSettings', [{ organizationName: 'Demo Cancer Institute' }]);
    vi.stubEnv('PROD', true);
    getCollection.mockClear();
    try {
      for (let page = 0; page < 3; page++) {
        expect((await getSiteSettings()).organizationName).toBe('Demo Cancer Institute');
        expect(await getPhysicians()).toHaveLength(2);
      }
      expect(getCollection.mock.calls.map(([name]) => name).sort()).toEqual(['physicians', 'siteSettings']);
    } finally {
      vi.stubEnv('PROD', false);
    }
  });
});
