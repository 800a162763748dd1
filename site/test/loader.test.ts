import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_TYPES } from '@mbc/shared';
import { sampleLocation, samplePhysician, sampleTreatment } from '../../shared/test/fixtures/rest-entries';
import { contentSourceFromEnv, strapiSettingsFromEnv, strapiSource } from '../src/lib/cms/content-source';
import { ContentCheckError, UnreviewedPagesError } from '../src/lib/cms/loader';
import { absolutizeMediaUrls } from '../src/lib/cms/media';
import { cmsRecordsDir, readCmsRecords, recordsFileOf } from '../src/lib/cms/records';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, writeSnapshotFile, type ContentSnapshot } from '../src/lib/cms/snapshot';
import { startFakeStrapi, strapiContent, type FakeStrapi } from './fake-strapi';
import { fakeStore, freshCacheDir, runLoader } from './loader-harness';

function specialty(slug: string, id: number) {
  return {
    id,
    documentId: `specialty${id}`,
    name: slug.replace(/-/g, ' '),
    slug,
    description: `What ${slug} doctors do.`,
    createdAt: '2025-01-10T09:00:00.000Z',
    updatedAt: '2025-01-10T09:00:00.000Z',
    publishedAt: '2025-01-10T09:00:00.000Z',
  };
}

const TOKEN = 'read-only-site-token';
let server: FakeStrapi | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('cmsLoader against a fake Strapi', () => {
  test('stores each entry under its slug with its digest only; its full record, parsed, with media URLs made absolute, goes to the records file', async () => {
    server = await startFakeStrapi(strapiContent({ locations: [sampleLocation()] }));

    const { store, logger, recordOf } = await runLoader('location', () => strapiSource({ baseUrl: server!.baseUrl, token: TOKEN }));

    expect(store.keys()).toEqual(['durham']);
    // Astro bundles the store into the server build: nothing but what routing needs.
    expect(store.get('durham')).toEqual({ id: 'durham', data: {}, digest: expect.any(String) });
    const data = recordOf('durham')!;
    // Parsed by the contract: PostgreSQL's decimal strings became numbers.
    expect(data.latitude).toBe(35.994);
    const photo = data.photo as { url: string; formats: Record<string, { url: string }> };
    expect(photo.url).toBe(`${server.baseUrl}/uploads/durham_entrance_4f2a.jpg`);
    expect(photo.formats.thumbnail!.url).toBe(`${server.baseUrl}/uploads/thumbnail_durham_entrance_4f2a.jpg`);
    expect(logger.lines).toEqual([`locations: 1 entry (full sync: no previous sync) from Strapi ${server.baseUrl}`]);
  });

  test('a single type is stored under its type name', async () => {
    const settings = {
      id: 2,
      documentId: 'settings1',
      organizationName: 'Demo Cancer Institute',
      appointmentPhone: '(919) 555-0199',
      appointmentPageText: 'Call us.',
      secondOpinionPageText: 'Ask us.',
      emergencyNote: 'In an emergency, call 911.',
      footerText: 'Demo content.',
      defaultSeo: { id: 1, metaTitle: 'Demo', metaDescription: null },
      showDemoNotice: true,
      demoNotice: 'This is a demo.',
      createdAt: '2025-01-10T09:00:00.000Z',
      updatedAt: '2025-01-10T09:00:00.000Z',
      publishedAt: '2025-01-10T09:00:00.000Z',
    };
    server = await startFakeStrapi(strapiContent({}, { 'site-setting': settings }));

    const { store, recordOf } = await runLoader('siteSettings', () => strapiSource({ baseUrl: server!.baseUrl, token: TOKEN }));

    expect(store.keys()).toEqual(['siteSettings']);
    expect(recordOf('siteSettings')!.organizationName).toBe('Demo Cancer Institute');
  });

  test('an entry that fails its schema fails the load, naming its slug, documentId and field; every failing entry is listed', async () => {
    const badNpi = { ...samplePhysician(), npi: '12345' };
    const noLanguages = { ...samplePhysician(), id: 13, documentId: 'doc-lee', slug: 'sam-lee', fullName: 'Sam Lee', languages: [] };
    const valid = { ...samplePhysician(), id: 14, documentId: 'doc-valid', slug: 'ana-diaz', fullName: 'Ana Diaz' };
    server = await startFakeStrapi(strapiContent({ physicians: [badNpi, valid, noLanguages] }));
    const store = fakeStore({ 'already-there': { cached: true } });
    const cacheDir = freshCacheDir();

    const error = await runLoader('physician', () => strapiSource({ baseUrl: server!.baseUrl, token: TOKEN }), store, cacheDir).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ContentCheckError);
    const message = (error as Error).message;
    expect(message).toContain('physicians: 2 of 3 entries do not match the content contract');
    expect(String(error)).not.toMatch(/document/i); // see CmsContentError.toString
    expect(message).toContain("physician 'maya-okafor' (documentId k3v9q2m8x1c7z5b4n6p0r2t1)");
    expect(message).toContain('must be exactly 10 digits (the National Provider Identifier).');
    expect(message).toMatch(/→ at npi/);
    expect(message).toContain("physician 'sam-lee' (documentId doc-lee)");
    expect(message).toMatch(/→ at languages/);
    expect(message).not.toContain("'ana-diaz'");
    // A failed load changes nothing: neither the store nor the records.
    expect(store.keys()).toEqual(['already-there']);
    expect(existsSync(recordsFileOf(cmsRecordsDir(cacheDir), 'physician'))).toBe(false);
  });

  test('an entry unpublished or deleted between two builds is gone after the second, whatever the store held', async () => {
    const published = [specialty('medical-oncology', 2), specialty('palliative-care', 4), specialty('genetics', 6)];
    server = await startFakeStrapi(strapiContent({ specialties: published }));
    const source = () => strapiSource({ baseUrl: server!.baseUrl, token: TOKEN });
    // A stale entry from an older build, as Astro's data store may have cached it.
    const store = fakeStore({ 'radiation-oncology': specialty('radiation-oncology', 8) });
    const cacheDir = freshCacheDir();
    const recordIds = () => readCmsRecords(cmsRecordsDir(cacheDir), 'specialty').entries.map((record) => record.id).sort();

    await runLoader('specialty', source, store, cacheDir);
    expect(store.keys().sort()).toEqual(['genetics', 'medical-oncology', 'palliative-care']);
    expect(recordIds()).toEqual(['genetics', 'medical-oncology', 'palliative-care']);

    published.splice(1, 1); // palliative care is unpublished in the CMS
    await runLoader('specialty', source, store, cacheDir);
    expect(store.keys().sort()).toEqual(['genetics', 'medical-oncology']);
    expect(recordIds()).toEqual(['genetics', 'medical-oncology']);
  });

  test('a published medical page whose review names no reviewer fails the load, naming the page, its address and the field', async () => {
    const unreviewed = { ...sampleTreatment(), reviewedBy: null };
    const reviewed = { ...sampleTreatment(), id: 31, documentId: 'doc-chemo', slug: 'chemotherapy', name: 'Chemotherapy' };
    server = await startFakeStrapi(strapiContent({ treatments: [unreviewed, reviewed] }));
    const store = fakeStore({ 'already-there': { cached: true } });
    const cacheDir = freshCacheDir();

    const error = await runLoader('treatment', () => strapiSource({ baseUrl: server!.baseUrl, token: TOKEN }), store, cacheDir).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(UnreviewedPagesError);
    const message = (error as Error).message;
    expect(message.split('\n')[0]).toBe(
      'treatments: 1 of 2 published entries names no medical reviewer, so the site was not built (every medical page says "Medically reviewed on DATE by NAME").',
    );
    expect(message).toContain(
      "1. treatment 'immunotherapy' (/treatments/immunotherapy/) has a medical review without a reviewer: choose the reviewing physician in the CMS (field reviewedBy)",
    );
    expect(message).not.toContain("'chemotherapy'");
    expect(store.keys()).toEqual(['already-there']);
    expect(existsSync(recordsFileOf(cmsRecordsDir(cacheDir), 'treatment'))).toBe(false);
  });

  test('two entries with one slug fail the load instead of one silently replacing the other', async () => {
    server = await startFakeStrapi(strapiContent({ specialties: [specialty('genetics', 2), { ...specialty('genetics', 4), documentId: 'other' }] }));
    const cacheDir = freshCacheDir();

    await expect(runLoader('specialty', () => strapiSource({ baseUrl: server!.baseUrl, token: TOKEN }), fakeStore(), cacheDir)).rejects.toThrow(
      "Two specialties have the slug 'genetics' (documentIds specialty2 and other)",
    );
    expect(existsSync(recordsFileOf(cmsRecordsDir(cacheDir), 'specialty'))).toBe(false);
  });
});

describe('absolutizeMediaUrls', () => {
  const base = 'https://cms.example.org/';

  test('prefixes root-relative upload URLs and their formats, and leaves the input unchanged', () => {
    const location = sampleLocation();
    const before = structuredClone(location);

    const result = absolutizeMediaUrls(location, base);

    expect(result.photo.url).toBe('https://cms.example.org/uploads/durham_entrance_4f2a.jpg');
    expect(result.photo.formats.thumbnail.url).toBe('https://cms.example.org/uploads/thumbnail_durham_entrance_4f2a.jpg');
    expect(location).toEqual(before);
  });

  test('prefixes images in rich text but not links, absolute URLs or protocol-relative ones', () => {
    const body = [
      { type: 'image', image: { url: '/uploads/scan.png', alternativeText: 'A scan' }, children: [{ type: 'text', text: '' }] },
      { type: 'paragraph', children: [{ type: 'link', url: '/appointments/', children: [{ type: 'text', text: 'Book' }] }] },
    ];
    const media = [
      { url: 'https://cdn.example.org/uploads/a.jpg', mime: 'image/jpeg' },
      { url: '//cdn.example.org/uploads/b.jpg', mime: 'image/jpeg' },
    ];

    const result = absolutizeMediaUrls({ body, media }, base);

    expect(result.body[0]!.image!.url).toBe('https://cms.example.org/uploads/scan.png');
    expect((result.body[1]!.children![0] as { url: string }).url).toBe('/appointments/');
    expect(result.media.map((file) => file.url)).toEqual(['https://cdn.example.org/uploads/a.jpg', '//cdn.example.org/uploads/b.jpg']);
  });
});

describe('content sources', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'mbc-loader-'));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  function snapshot(overrides: Partial<ContentSnapshot['content']> = {}): ContentSnapshot {
    const content = Object.fromEntries(Object.keys(CONTENT_TYPES).map((name) => [name, []])) as unknown as ContentSnapshot['content'];
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      exportedAt: '2026-01-01T00:00:00.000Z',
      source: { cmsUrl: 'http://127.0.0.1:1337' },
      mediaBaseUrl: 'https://media.example.org',
      content: { ...content, location: [sampleLocation()], physician: [samplePhysician()], ...overrides },
    };
  }

  test('CONTENT_SOURCE=snapshot:PATH builds from the snapshot through the same schemas (relative path from the current directory)', async () => {
    const path = join(directory, 'snapshot.json');
    await writeSnapshotFile(path, snapshot());
    const env = { CONTENT_SOURCE: `snapshot:${relative(process.cwd(), path)}` };

    const { store, logger, recordOf } = await runLoader('location', () => contentSourceFromEnv(env));
    const physicians = await runLoader('physician', () => contentSourceFromEnv(env));

    expect(store.keys()).toEqual(['durham']);
    expect(recordOf('durham')!.latitude).toBe(35.994);
    expect((recordOf('durham')!.photo as { url: string }).url).toBe('https://media.example.org/uploads/durham_entrance_4f2a.jpg');
    expect(physicians.store.keys()).toEqual(['maya-okafor']);
    expect(logger.lines).toEqual([`locations: 1 entry (full sync: a snapshot is read whole) from snapshot ${path}`]);
  });

  test('a snapshot entry that breaks the contract fails like one from the CMS', async () => {
    const path = join(directory, 'invalid.json');
    await writeSnapshotFile(path, snapshot({ physician: [{ ...samplePhysician(), npi: 'x' }] }));

    await expect(runLoader('physician', () => contentSourceFromEnv({ CONTENT_SOURCE: `snapshot:${path}` }))).rejects.toThrow(/maya-okafor.*\n[\s\S]*→ at npi/);
  });

  test('a snapshot missing a type, or in another format, fails clearly', async () => {
    const missing = join(directory, 'missing.json');
    const { clinicalTrial: _omitted, ...content } = snapshot().content;
    await writeFile(missing, JSON.stringify({ ...snapshot(), content }));
    const foreign = join(directory, 'foreign.json');
    await writeFile(foreign, JSON.stringify({ data: [] }));

    expect(() => contentSourceFromEnv({ CONTENT_SOURCE: `snapshot:${missing}` })).toThrow(`${missing} has no content for clinicalTrial`);
    expect(() => contentSourceFromEnv({ CONTENT_SOURCE: `snapshot:${foreign}` })).toThrow('is not a content snapshot');
    expect(() => contentSourceFromEnv({ CONTENT_SOURCE: `snapshot:${join(directory, 'nope.json')}` })).toThrow(/Cannot read the content snapshot .*ENOENT/);
  });

  test('an unknown CONTENT_SOURCE fails, saying which values work', () => {
    expect(() => contentSourceFromEnv({ CONTENT_SOURCE: 'wordpress' })).toThrow(/CONTENT_SOURCE="wordpress" is not a content source.*snapshot:PATH/);
  });

  test('the Strapi source takes STRAPI_URL and SITE_API_TOKEN, falling back to the token in cms/.env', async () => {
    const envFile = join(directory, '.env');
    await writeFile(envFile, '# secrets\nAPP_KEYS=a,b\nSITE_API_TOKEN="from-cms-env"\n');

    expect(strapiSettingsFromEnv({ STRAPI_URL: 'http://cms:1337/', SITE_API_TOKEN: 'from-env' }, [envFile])).toEqual({
      baseUrl: 'http://cms:1337',
      token: 'from-env',
      tokenFrom: 'SITE_API_TOKEN',
    });
    expect(strapiSettingsFromEnv({}, [join(directory, 'absent.env'), envFile])).toEqual({
      baseUrl: 'http://127.0.0.1:1337',
      token: 'from-cms-env',
      tokenFrom: envFile,
    });
    expect(() => strapiSettingsFromEnv({}, [join(directory, 'absent.env')])).toThrow(/SITE_API_TOKEN is not set and no cms\/.env holds one/);
  });

  test('MEDIA_BASE_URL replaces the media prefix', async () => {
    const path = join(directory, 'media.json');
    await writeSnapshotFile(path, snapshot());

    const source = contentSourceFromEnv({ CONTENT_SOURCE: `snapshot:${path}`, MEDIA_BASE_URL: 'https://cdn.example.org' });

    expect(source.mediaBaseUrl).toBe('https://cdn.example.org');
    expect(contentSourceFromEnv({ SITE_API_TOKEN: 't', STRAPI_URL: 'http://cms:1337' }).mediaBaseUrl).toBe('http://cms:1337');
  });
});
