import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import type { ContentTypeName } from '@mbc/shared';
import { sampleLocation, samplePhysician } from '../../shared/test/fixtures/rest-entries';
import { strapiSource } from '../src/lib/cms/content-source';
import { ContentCheckError } from '../src/lib/cms/loader';
import { cmsRecordsDir, recordsFileOf } from '../src/lib/cms/records';
import { startFakeStrapi, strapiContent, type FakeRequest, type FakeStrapi } from './fake-strapi';
import { fakeStore, freshCacheDir, runLoader } from './loader-harness';

/**
 * The incremental content sync (src/lib/cms/loader.ts, sync-plan.ts) against a fake CMS that,
 * like Strapi, embeds each physician's locations and each location's physicians as they are now,
 * gives an entry a new row id and updatedAt when it is published, and drops what is unpublished.
 */

interface Doctor {
  id: number;
  documentId: string;
  slug: string;
  fullName: string;
  npi: string;
  updatedAt: string;
  locations: string[];
}
interface Clinic {
  id: number;
  documentId: string;
  slug: string;
  name: string;
  updatedAt: string;
}

function fakeCms() {
  const clinics: Clinic[] = [
    { id: 5, documentId: 'loc-durham', slug: 'durham', name: 'Durham Breast Oncology Clinic', updatedAt: '2025-01-10T09:00:00.000Z' },
    { id: 6, documentId: 'loc-raleigh', slug: 'raleigh', name: 'Raleigh Cancer Clinic', updatedAt: '2025-01-10T09:00:00.000Z' },
  ];
  const doctors: Doctor[] = [
    { id: 12, documentId: 'doc-okafor', slug: 'maya-okafor', fullName: 'Maya R. Okafor', npi: '9912345672', updatedAt: '2025-02-01T14:30:00.000Z', locations: ['loc-durham'] },
    { id: 13, documentId: 'doc-lee', slug: 'sam-lee', fullName: 'Sam Lee', npi: '9912345672', updatedAt: '2025-02-01T14:30:00.000Z', locations: ['loc-durham'] },
    { id: 14, documentId: 'doc-diaz', slug: 'ana-diaz', fullName: 'Ana Diaz', npi: '9912345672', updatedAt: '2025-02-01T14:30:00.000Z', locations: ['loc-raleigh'] },
  ];
  let clock = Date.parse('2026-03-01T10:00:00.000Z');
  let nextRowId = 100;
  /** Publishing writes a new row: a new id and updatedAt. */
  const publish = <Entry extends { id: number; updatedAt: string }>(entry: Entry, change: Partial<Entry>) => {
    Object.assign(entry, change, { id: nextRowId++, updatedAt: new Date((clock += 60_000)).toISOString() });
  };
  const base = sampleLocation();
  const locationEntry = (clinic: Clinic) => ({ ...base, ...clinic, physicians: doctors.filter((doctor) => doctor.locations.includes(clinic.documentId)).map(physicianLink) });
  const place = (clinic: Clinic) => ({ id: clinic.id, documentId: clinic.documentId, name: clinic.name, slug: clinic.slug, phone: base.phone, latitude: base.latitude, longitude: base.longitude, address: base.address });
  const physicianLink = (doctor: Doctor) => ({ id: doctor.id, documentId: doctor.documentId, fullName: doctor.fullName, slug: doctor.slug, credentials: 'MD', title: 'Medical Oncologist' });
  const physicianEntry = (doctor: Doctor) => {
    const { locations, ...own } = doctor;
    const embedded = clinics.filter((clinic) => locations.includes(clinic.documentId)).map(place);
    return { ...samplePhysician(), ...own, credentials: 'MD', title: 'Medical Oncologist', locations: embedded };
  };
  const handler = (request: FakeRequest) =>
    strapiContent({ physicians: doctors.map(physicianEntry), locations: clinics.map(locationEntry) })(request);
  return { clinics, doctors, publish, handler };
}

let server: FakeStrapi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function startCms() {
  const cms = fakeCms();
  server = await startFakeStrapi(cms.handler);
  const source = () => strapiSource({ baseUrl: server!.baseUrl, token: 'site-token', retries: 0 });
  /** The full entries the CMS served to the loader: by documentId for filtered requests, "every entry" for a full list. */
  const fullReads = (restPath: string, since: number) =>
    server!.requests
      .slice(since)
      .filter(({ url }) => url.pathname === `/api/${restPath}` && !url.searchParams.has('fields[0]'))
      .flatMap(({ url }) => {
        const ids = [...url.searchParams].filter(([key]) => key.startsWith('filters[documentId]')).map(([, value]) => value);
        return ids.length > 0 ? ids : ['every entry'];
      });
  return { cms, source, fullReads };
}

/** One build's sync of these types into one cache dir, as the rebuild service's builds share theirs. */
function builds(source: () => ReturnType<typeof strapiSource>) {
  const cacheDir = freshCacheDir();
  const stores = { physician: fakeStore(), location: fakeStore() };
  const sync = async (name: 'physician' | 'location', env: Record<string, string> = {}) => {
    const run = await runLoader(name, source, stores[name], cacheDir, env);
    return { ...run, line: run.logger.lines.join('\n') };
  };
  const recordsFile = (name: ContentTypeName) => recordsFileOf(cmsRecordsDir(cacheDir), name);
  const records = (name: ContentTypeName) => (JSON.parse(readFileSync(recordsFile(name), 'utf8')) as { entries: unknown[] }).entries;
  return { sync, stores, records, recordsFile, cacheDir };
}

describe('incremental content sync', () => {
  test('the first build syncs fully; a second with no change reads no full entry and writes the same records', async () => {
    const { source, fullReads } = await startCms();
    const site = builds(source);

    const first = await site.sync('physician');
    expect(first.line).toMatch(/^physicians: 3 entries \(full sync: no previous sync\) from Strapi /);
    expect(fullReads('physicians', 0)).toEqual(['every entry']);
    const before = site.records('physician');

    const since = server!.requests.length;
    const second = await site.sync('physician');
    expect(second.line).toMatch(/^physicians: 3 entries \(0 fetched, 0 removed, incremental\) from Strapi /);
    expect(fullReads('physicians', since)).toEqual([]);
    expect(site.records('physician')).toEqual(before);
    expect(site.stores.physician.keys()).toEqual(['maya-okafor', 'sam-lee', 'ana-diaz']);
  });

  test('an edited entry is read again, and nothing else but the entries that embed it', async () => {
    const { cms, source, fullReads } = await startCms();
    const site = builds(source);
    await site.sync('physician');
    await site.sync('location');

    cms.publish(cms.doctors[1]!, { fullName: 'Samuel Lee' });
    const since = server!.requests.length;
    const physicians = await site.sync('physician');
    const locations = await site.sync('location');

    expect(physicians.line).toContain('physicians: 3 entries (1 fetched, 0 removed, incremental)');
    expect(fullReads('physicians', since)).toEqual(['doc-lee']);
    // Durham lists Dr. Lee by name; Raleigh does not list him.
    expect(locations.line).toContain('locations: 2 entries (1 fetched, 0 removed, incremental)');
    expect(fullReads('locations', since)).toEqual(['loc-durham']);
    expect(physicians.recordOf('sam-lee')!.fullName).toBe('Samuel Lee');
    expect((locations.recordOf('durham')!.physicians as { fullName: string }[]).map((doctor) => doctor.fullName)).toEqual(['Maya R. Okafor', 'Samuel Lee']);
  });

  test('a renamed location refreshes the physicians that show it, and only those', async () => {
    const { cms, source, fullReads } = await startCms();
    const site = builds(source);
    await site.sync('physician');

    cms.publish(cms.clinics[1]!, { name: 'Raleigh Breast Center' });
    const since = server!.requests.length;
    const physicians = await site.sync('physician');

    expect(physicians.line).toContain('(1 fetched, 0 removed, incremental)');
    expect(fullReads('physicians', since)).toEqual(['doc-diaz']);
    expect((physicians.recordOf('ana-diaz')!.locations as { name: string }[])[0]!.name).toBe('Raleigh Breast Center');
  });

  test('a location linked to a physician from the location side (the physician itself unchanged) refreshes that physician', async () => {
    const { cms, source, fullReads } = await startCms();
    const site = builds(source);
    await site.sync('physician');

    cms.doctors[0]!.locations.push('loc-raleigh'); // the relation changed; Dr. Okafor's row did not
    cms.publish(cms.clinics[1]!, {});
    const since = server!.requests.length;
    const physicians = await site.sync('physician');

    expect(fullReads('physicians', since)).toEqual(['doc-okafor', 'doc-diaz']);
    expect((physicians.recordOf('maya-okafor')!.locations as { slug: string }[]).map((clinic) => clinic.slug)).toEqual(['durham', 'raleigh']);
  });

  test('an unpublished or deleted entry disappears, and the entries that embedded it are refreshed; a new one is read', async () => {
    const { cms, source, fullReads } = await startCms();
    const site = builds(source);
    await site.sync('physician');
    await site.sync('location');

    cms.doctors.splice(0, 1); // Dr. Okafor unpublished
    cms.doctors.push({ id: 200, documentId: 'doc-new', slug: 'lena-park', fullName: 'Lena Park', npi: '9912345672', updatedAt: '2026-03-02T09:00:00.000Z', locations: ['loc-raleigh'] });
    const since = server!.requests.length;
    const physicians = await site.sync('physician');
    const locations = await site.sync('location');

    expect(physicians.line).toContain('physicians: 3 entries (1 fetched, 1 removed, incremental)');
    expect(fullReads('physicians', since)).toEqual(['doc-new']);
    expect(site.stores.physician.keys()).toEqual(['sam-lee', 'ana-diaz', 'lena-park']);
    expect(locations.line).toContain('locations: 2 entries (2 fetched, 0 removed, incremental)');
    expect((locations.recordOf('durham')!.physicians as { slug: string }[]).map((doctor) => doctor.slug)).toEqual(['sam-lee']);
    expect((locations.recordOf('raleigh')!.physicians as { slug: string }[]).map((doctor) => doctor.slug)).toEqual(['ana-diaz', 'lena-park']);
  });

  test('after edits, additions and removals, an incremental sync writes exactly the records a full sync of the same CMS writes', async () => {
    const { cms, source } = await startCms();
    const site = builds(source);
    await site.sync('physician');
    await site.sync('location');

    cms.publish(cms.doctors[2]!, { fullName: 'Ana M. Diaz', locations: ['loc-durham', 'loc-raleigh'] });
    cms.publish(cms.clinics[0]!, { name: 'Durham Clinic' });
    cms.doctors.splice(1, 1);
    cms.doctors.push({ id: 300, documentId: 'doc-kim', slug: 'jo-kim', fullName: 'Jo Kim', npi: '9912345672', updatedAt: '2026-03-03T09:00:00.000Z', locations: ['loc-durham'] });
    expect((await site.sync('physician')).line).toContain('incremental');
    expect((await site.sync('location')).line).toContain('incremental');

    const fresh = builds(source);
    expect((await fresh.sync('physician')).line).toContain('full sync');
    await fresh.sync('location');
    expect(site.records('physician')).toEqual(fresh.records('physician'));
    expect(site.records('location')).toEqual(fresh.records('location'));
    expect(site.stores.physician.entries).toEqual(fresh.stores.physician.entries);
  });

  test('bad new content is refused with the message of a full sync, and leaves the last records and store as they were', async () => {
    const { cms, source } = await startCms();
    const site = builds(source);
    await site.sync('physician');
    const before = readFileSync(site.recordsFile('physician'), 'utf8');
    const storeBefore = structuredClone(site.stores.physician.entries);

    cms.publish(cms.doctors[1]!, { npi: '12345' });
    const incremental = await site.sync('physician').then(
      () => undefined,
      (error: unknown) => error,
    );
    const full = await builds(source)
      .sync('physician')
      .then(
        () => undefined,
        (error: unknown) => error,
      );

    expect(incremental).toBeInstanceOf(ContentCheckError);
    expect((incremental as Error).message).toContain('physicians: 1 of 3 entries does not match the content contract');
    expect((incremental as Error).message).toBe((full as Error).message);
    expect(readFileSync(site.recordsFile('physician'), 'utf8')).toBe(before);
    expect(site.stores.physician.entries).toEqual(storeBefore);
  });

  test('SITE_FULL_SYNC=1 and a changed contract fingerprint force a full sync', async () => {
    const { source, fullReads } = await startCms();
    const site = builds(source);
    await site.sync('physician');

    let since = server!.requests.length;
    expect((await site.sync('physician', { SITE_FULL_SYNC: '1' })).line).toContain('physicians: 3 entries (full sync: SITE_FULL_SYNC=1)');
    expect(fullReads('physicians', since)).toEqual(['every entry']);

    // As after a change to shared/ (a schema, a rule, a preset), another records format or another CMS.
    const file = JSON.parse(readFileSync(site.recordsFile('physician'), 'utf8')) as { sync: { fingerprint: string } };
    file.sync.fingerprint = 'made-by-another-contract';
    writeFileSync(site.recordsFile('physician'), JSON.stringify(file));
    since = server!.requests.length;
    expect((await site.sync('physician')).line).toContain(
      '(full sync: the content contract, its populate preset or the content source changed since the last sync)',
    );
    expect(fullReads('physicians', since)).toEqual(['every entry']);
    expect((await site.sync('physician')).line).toContain('incremental');
  });

  test('in doubt, a full sync: a failed version list, an unreadable state file', async () => {
    const cms = fakeCms();
    let failVersions = false;
    server = await startFakeStrapi((request) =>
      failVersions && request.url.searchParams.has('fields[0]') && !request.url.searchParams.has('locale') ? { status: 500, body: { error: { message: 'database busy' } } } : cms.handler(request),
    );
    const site = builds(() => strapiSource({ baseUrl: server!.baseUrl, token: 'site-token', retries: 0 }));
    await site.sync('physician');

    failVersions = true;
    const failed = await site.sync('physician');
    expect(failed.line).toMatch(/^warn: physicians: no incremental sync \(the list of versions failed: .*database busy.*\); reading every entry instead\./);
    expect(failed.line).toContain('physicians: 3 entries (full sync: the incremental sync was in doubt)');

    failVersions = false;
    writeFileSync(site.recordsFile('physician'), '{"format": "mbc-cms-records", "entr');
    expect((await site.sync('physician')).line).toMatch(/physicians: 3 entries \(full sync: the last sync's records are unreadable \(.*is not valid JSON/);
    expect((await site.sync('physician')).line).toContain('incremental');
  });

  test('when most entries changed, reading every entry page by page is quicker, and is what runs', async () => {
    const specialties = Array.from({ length: 210 }, (_, index) => ({
      id: index + 1,
      documentId: `specialty${index + 1}`,
      name: `Specialty ${index + 1}`,
      slug: `specialty-${index + 1}`,
      description: 'What these doctors do.',
      createdAt: '2025-01-10T09:00:00.000Z',
      updatedAt: '2025-01-10T09:00:00.000Z',
      publishedAt: '2025-01-10T09:00:00.000Z',
    }));
    server = await startFakeStrapi((request) => strapiContent({ specialties })(request));
    const source = () => strapiSource({ baseUrl: server!.baseUrl, token: 'site-token', retries: 0 });
    const cacheDir = freshCacheDir();
    await runLoader('specialty', source, fakeStore(), cacheDir);

    for (const specialty of specialties.slice(0, 150)) specialty.updatedAt = '2026-03-01T10:00:00.000Z';
    const since = server.requests.length;
    const { logger } = await runLoader('specialty', source, fakeStore(), cacheDir);

    expect(logger.lines).toEqual([expect.stringContaining('specialties: 210 entries (full sync: 150 of 210 entries changed, so reading them all is quicker)')]);
    // One version list, then the full pages: no second version list, no requests by documentId (then the other locales' versions).
    const requests = server.requests.slice(since).map(({ url }) => (url.searchParams.has('locale') ? `locale ${url.searchParams.get('locale')}` : url.searchParams.has('fields[0]') ? 'versions' : url.searchParams.get('pagination[page]')));
    expect(requests).toEqual(['versions', '1', 'locale es']);
  });

  test('invalid SITE_FULL_SYNC values are refused', async () => {
    const { source } = await startCms();
    await expect(builds(source).sync('physician', { SITE_FULL_SYNC: 'yes' })).rejects.toThrow('SITE_FULL_SYNC="yes" is not a setting');
  });
});
