/**
 * startTestCms (scripts/test/support/test-cms.ts), which the site's build tests, the benchmarks and the
 * publish-flow tests rely on: a seeded CMS of its own, readable with its token, gone after stop().
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAllContent } from '../../site/src/lib/cms/read-all';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type ContentSnapshot } from '../../site/src/lib/cms/snapshot';
import { addDirectoryToSnapshot, generateDirectory } from '../tools/lib/generate-directory';
import { CMS_DIR, startTestCms, type TestCms } from './support/test-cms';

/** A small generated directory the CMS bulk-imports on top of the demo seed. */
const DIRECTORY = generateDirectory({ physicians: 40, locations: 3, clinicalTrials: 6, seed: 7 });

type Entry = Record<string, unknown>;
const GENERATED_ONLY = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt'];
/** Content without the values only a database assigns (ids, timestamps), relation lists in slug order. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(comparable);
    return items.every((item) => typeof item === 'object' && item !== null && 'slug' in item)
      ? [...items].sort((a, b) => String((a as Entry).slug).localeCompare(String((b as Entry).slug)))
      : items;
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !GENERATED_ONLY.includes(key)).map(([key, item]) => [key, comparable(item)]));
  }
  return value;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startTestCms', () => {
  let cms: TestCms;

  beforeAll(async () => {
    cms = await startTestCms({ directory: DIRECTORY });
  });

  afterAll(async () => {
    await cms?.stop();
  });

  it('serves the seeded demo content to its token, and nothing to anonymous callers', async () => {
    const read = (pathname: string, token?: string) =>
      fetch(`${cms.url}${pathname}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    const settings = await read('/api/site-setting', cms.token);
    expect(settings.status).toBe(200);
    const physicians = (await (await read('/api/physicians', cms.token)).json()) as { data: unknown[] };
    expect(physicians.data.length).toBeGreaterThan(0);
    expect((await read('/api/physicians')).status).toBe(403);
  });

  it('runs on its own temporary database and secrets, not the developer\'s cms/.tmp or cms/.env', async () => {
    expect(cms.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(existsSync(cms.databaseFile)).toBe(true);
    expect(cms.databaseFile.startsWith(CMS_DIR)).toBe(false);
    expect(existsSync(path.join(cms.publicDir, 'uploads'))).toBe(true);
    const developerEnv = path.join(CMS_DIR, '.env');
    const developerToken = existsSync(developerEnv) ? /^SITE_API_TOKEN=(.+)$/m.exec(readFileSync(developerEnv, 'utf8'))?.[1]?.trim() : undefined;
    if (developerToken) {
      const response = await fetch(`${cms.url}/api/site-setting`, { headers: { Authorization: `Bearer ${developerToken}` } });
      expect(response.status, 'the token in cms/.env does not open the test CMS').toBe(401);
    }
  });

  it('bulk-imports a directory on top of the seed, published and valid by the site\'s content contract', async () => {
    expect(cms.imported).toMatchObject({ created: 40 + 3 + 6, updated: 0 });
    const content = await readAllContent({ baseUrl: cms.url, token: cms.token });
    const slugs = (entries: unknown[]) => entries.map((entry) => (entry as Entry).slug);
    expect(slugs(content.physician)).toEqual(expect.arrayContaining(DIRECTORY.physicians.map((physician) => physician.slug)));
    expect(slugs(content.location)).toEqual(expect.arrayContaining(DIRECTORY.locations.map((location) => location.slug)));
    expect(slugs(content.clinicalTrial)).toEqual(expect.arrayContaining(DIRECTORY.clinicalTrials.map((trial) => trial.slug)));
  });

  it('the snapshot writer gives exactly the content the CMS serves after importing the same directory', async () => {
    const served = await readAllContent({ baseUrl: cms.url, token: cms.token });
    // The CMS's content before the import: without the generated entries and every link to them.
    const generated = new Set([...DIRECTORY.locations, ...DIRECTORY.physicians, ...DIRECTORY.clinicalTrials].map((entry) => entry.slug));
    const withoutGenerated = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.filter((item) => !generated.has((item as Entry)?.slug as string)).map(withoutGenerated);
      if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutGenerated(item)]));
      return value;
    };
    const base: ContentSnapshot = {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      exportedAt: new Date().toISOString(),
      source: { cmsUrl: cms.url },
      mediaBaseUrl: cms.url,
      content: withoutGenerated(served) as ContentSnapshot['content'],
    };

    const written = addDirectoryToSnapshot(base, DIRECTORY).content;

    for (const name of Object.keys(served) as (keyof ContentSnapshot['content'])[]) {
      expect(comparable(written[name]), name).toEqual(comparable(served[name]));
    }
  });

  it('a CMS that cannot start fails at once, with its last log lines in the error', async () => {
    const failure = startTestCms({ env: { DATABASE_CLIENT: 'no-such-database' } });
    await expect(failure).rejects.toThrow(/exited \(code 1\) before it was ready[\s\S]*DATABASE_CLIENT must be "sqlite" or "postgres"/);
  });

  // Last: it stops the CMS the other tests share.
  it('stop() ends the CMS process and removes its temporary files', async () => {
    expect(alive(cms.pid)).toBe(true);
    await cms.stop();
    await cms.stop(); // twice is fine
    expect(alive(cms.pid)).toBe(false);
    expect(existsSync(path.dirname(cms.databaseFile))).toBe(false);
    await expect(fetch(`${cms.url}/api/site-setting`)).rejects.toThrow();
  });
});
