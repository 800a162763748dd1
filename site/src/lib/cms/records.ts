import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentTypeName } from '@mbc/shared';
import { COLLECTIONS } from './collections';

/**
 * The CMS records: every entry's full record (parsed by the content contract, media URLs made
 * absolute), one JSON file per content type, written by the CMS loader (loader.ts) into Astro's
 * cache dir at each content sync.
 *
 * Why not keep them in Astro's content store: Astro 5 bundles the whole store into the server
 * build as one JavaScript object literal (astro:data-layer-content), which at 10,000 physicians
 * was a 20 MB module, 23 s of Rollup and most of the build's memory. So the store holds each
 * entry's id (its slug, all routing needs) and digest, and pages read the records from here
 * (src/lib/content.ts), checking them against the store's digests (recordsInStoreOrder).
 *
 * The folder lives in the cache dir, so builds side by side (each with its own SITE_CACHE_DIR,
 * as Astro's store already requires) never share it. Each file is replaced whole (written beside
 * it, then renamed), so a reader never sees half of one.
 */

export const RECORDS_FORMAT = 'mbc-cms-records';
/**
 * Bump it when what a record holds changes without a change to shared/ (e.g. media.ts's URLs, the
 * loader's ids): an incremental sync reuses the last records only if it matches (sync-plan.ts).
 */
export const RECORDS_VERSION = 1;

/** One entry: `id` and `digest` are the ones the loader gave Astro's store. */
export interface CmsRecord {
  id: string;
  digest: string;
  data: Record<string, unknown>;
  /** The entry's version in the CMS when it was read (sync-plan.ts); absent if unknown, so the next sync reads it again. */
  version?: string;
}

/**
 * How the records were made, for the next build's incremental sync (loader.ts). It lives in the
 * records file, so the records and what the next sync compares them with are written at once.
 */
export interface SyncState {
  /** sync-plan.ts syncFingerprint: the records are reused only if it still matches. */
  fingerprint: string;
  /** When this sync read the CMS (ISO 8601). */
  syncedAt: string;
  kind: 'full' | 'incremental';
}

interface RecordsFile {
  format: typeof RECORDS_FORMAT;
  version: typeof RECORDS_VERSION;
  contentType: ContentTypeName;
  sync?: SyncState;
  entries: CmsRecord[];
}

/** A records file that is missing, unreadable or does not match the content store; the message says how to fix it. */
export class CmsRecordsError extends Error {
  override name = 'CmsRecordsError';
}

/** `<cacheDir>/cms-records`: the loader is given Astro's resolved cacheDir; astro.config.mjs passes the same folder to the pages. */
export function cmsRecordsDir(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), 'cms-records');
}

export function recordsFileOf(recordsDir: string, name: ContentTypeName): string {
  return join(recordsDir, `${COLLECTIONS[name]}.json`);
}

const REBUILD = 'Build again (astro build), or restart astro dev: the CMS loader (src/lib/cms/loader.ts) writes it at each content sync.';

export async function writeCmsRecords(recordsDir: string, name: ContentTypeName, entries: readonly CmsRecord[], sync?: SyncState): Promise<void> {
  const file = recordsFileOf(recordsDir, name);
  const records: RecordsFile = { format: RECORDS_FORMAT, version: RECORDS_VERSION, contentType: name, ...(sync ? { sync } : {}), entries: [...entries] };
  await mkdir(recordsDir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(records), 'utf8');
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** One type's records file, as read. */
export interface CmsRecords {
  file: string;
  /** When the loader wrote it (ms since the epoch). */
  writtenAt: number;
  /** In the order the loader stored them. */
  entries: readonly CmsRecord[];
}

/** Each file is parsed once per process and version (a rewritten file is read again: the dev server). */
const parsedFiles = new Map<string, { version: string; records: CmsRecords }>();

export function readCmsRecords(recordsDir: string, name: ContentTypeName): CmsRecords {
  const file = recordsFileOf(recordsDir, name);
  let stats;
  try {
    stats = statSync(file);
  } catch (error) {
    throw new CmsRecordsError(`No CMS records for ${COLLECTIONS[name]} at ${file}. ${REBUILD}`, { cause: error });
  }
  const version = `${stats.mtimeMs}:${stats.size}`;
  const cached = parsedFiles.get(file);
  if (cached?.version === version) return cached.records;
  const records = { file, writtenAt: stats.mtimeMs, entries: parseRecordsFile(readFileSync(file, 'utf8'), file, name) };
  parsedFiles.set(file, { version, records });
  return records;
}

/** The last sync of a type as its records file holds it, or why there is none to build on. */
export type LastSync = { sync: SyncState; entries: readonly CmsRecord[] } | { none: string };

/** Read afresh (not the pages' cache): the loader is about to replace the file. */
export async function readLastSync(recordsDir: string, name: ContentTypeName): Promise<LastSync> {
  const file = recordsFileOf(recordsDir, name);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return { none: 'no previous sync' };
  }
  let records: RecordsFile;
  try {
    records = parseRecordsEnvelope(text, file, name);
  } catch (error) {
    return { none: `the last sync's records are unreadable (${(error as Error).message.split('. ', 1)[0]})` };
  }
  const { sync, entries } = records;
  if (typeof sync !== 'object' || sync === null || typeof sync.fingerprint !== 'string') return { none: 'the last sync left no sync state' };
  return { sync, entries };
}

/** Checks the envelope (the entries were checked by the content contract before they were written). */
export function parseRecordsFile(text: string, file: string, name: ContentTypeName): readonly CmsRecord[] {
  return parseRecordsEnvelope(text, file, name).entries;
}

function parseRecordsEnvelope(text: string, file: string, name: ContentTypeName): RecordsFile {
  let json: Partial<RecordsFile> | null;
  try {
    json = JSON.parse(text) as Partial<RecordsFile> | null;
  } catch (error) {
    throw new CmsRecordsError(`${file} is not valid JSON (${(error as Error).message}). Delete it. ${REBUILD}`, { cause: error });
  }
  if (typeof json !== 'object' || json === null || json.format !== RECORDS_FORMAT || !Array.isArray(json.entries)) {
    throw new CmsRecordsError(`${file} is not a CMS records file (its "format" is not "${RECORDS_FORMAT}"). Delete it. ${REBUILD}`);
  }
  if (json.version !== RECORDS_VERSION || json.contentType !== name) {
    throw new CmsRecordsError(
      `${file} holds version ${String(json.version)} records of ${String(json.contentType)}; this site reads version ${RECORDS_VERSION} records of ${name}. ${REBUILD}`,
    );
  }
  return json as RecordsFile;
}

/**
 * The records of the entries Astro's content store holds, in the store's order. They must be the
 * ones the same content sync stored: another build or dev server sharing the cache dir may have
 * rewritten the file since, and its pages would then show someone else's content.
 */
export function recordsInStoreOrder(
  name: ContentTypeName,
  { file, entries }: CmsRecords,
  stored: readonly { id: string; digest?: string | number }[],
): CmsRecord[] {
  const mismatch = (what: string) =>
    new CmsRecordsError(
      `${file} does not match Astro's content store for ${COLLECTIONS[name]}: it ${what}. Another build or astro dev using the ` +
        'same cache dir rewrote it after this content sync (give builds side by side their own SITE_CACHE_DIR and build again), ' +
        'or the dev server is syncing content right now (reload the page).',
    );
  const byId = new Map(entries.map((record) => [record.id, record]));
  const matching: CmsRecord[] = [];
  for (const { id, digest } of stored) {
    const record = byId.get(id);
    if (!record) throw mismatch(`has no record of '${id}'`);
    if (record.digest !== digest) throw mismatch(`holds another version of '${id}'`);
    matching.push(record);
  }
  if (entries.length !== stored.length) throw mismatch(`holds ${entries.length} entries where the content store holds ${stored.length}`);
  return matching;
}
