import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll } from 'vitest';
import type { ContentTypeName } from '@mbc/shared';
import type { ContentSource } from '../src/lib/cms/content-source';
import { cmsLoader } from '../src/lib/cms/loader';
import { cmsRecordsDir, readCmsRecords } from '../src/lib/cms/records';

/** Runs the CMS loader (src/lib/cms/loader.ts) as Astro does, with a fake store, logger and cache dir. */

/** The part of Astro's DataStore the loader uses, kept in a Map. */
export function fakeStore(initial: Record<string, Record<string, unknown>> = {}) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; digest?: string | number }>(
    Object.entries(initial).map(([id, data]) => [id, { id, data }]),
  );
  return {
    entries,
    clear: () => entries.clear(),
    set: (entry: { id: string; data: Record<string, unknown>; digest?: string | number }) => {
      entries.set(entry.id, entry);
      return true;
    },
    keys: () => [...entries.keys()],
    get: (id: string) => entries.get(id),
  };
}

export function fakeLogger() {
  const lines: string[] = [];
  return { lines, info: (message: string) => void lines.push(message), warn: (message: string) => void lines.push(`warn: ${message}`) };
}

/** A cache dir of its own for each loader run, as builds side by side have (SITE_CACHE_DIR). */
const cacheDirs: string[] = [];
export function freshCacheDir(): URL {
  const directory = mkdtempSync(join(tmpdir(), 'mbc-cache-'));
  cacheDirs.push(directory);
  return pathToFileURL(`${directory}/`);
}
afterAll(() => {
  for (const directory of cacheDirs) rmSync(directory, { recursive: true, force: true });
});

/**
 * Runs a loader as Astro does, with the fakes; returns the store, the log and `recordOf(id)`,
 * the full record the pages read (the CMS records file in the cache dir).
 */
export async function runLoader(
  name: ContentTypeName,
  sourceFactory: () => ContentSource,
  store = fakeStore(),
  cacheDir = freshCacheDir(),
  env: Record<string, string | undefined> = {},
) {
  const logger = fakeLogger();
  const loader = cmsLoader(name, sourceFactory, env);
  // The loader reads only store, logger, generateDigest and config.cacheDir from Astro's context.
  const context = { store, logger, generateDigest: (data: unknown) => createHash('sha1').update(JSON.stringify(data)).digest('base64url'), collection: name, config: { cacheDir } };
  await loader.load(context as unknown as Parameters<typeof loader.load>[0]);
  const recordOf = (id: string) => readCmsRecords(cmsRecordsDir(cacheDir), name).entries.find((record) => record.id === id)?.data;
  return { store, logger, recordOf };
}
