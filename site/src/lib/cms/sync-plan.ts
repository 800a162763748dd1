import { createHash } from 'node:crypto';
import type { Populate, PopulateEntry } from '@mbc/shared';

/**
 * Incremental content sync, the pure part: what an entry's version is, and which entries a build
 * must fetch again given the versions the last sync saw (the loader, loader.ts, does the rest).
 *
 * An entry's version covers everything its record shows: its own row (id, documentId, updatedAt;
 * Strapi writes a new row, so a new id, on every publish) and the row of every entry or media file
 * it embeds through its populate preset (e.g. a physician's locations with their names). So the
 * version of a physician changes when the physician is edited, when one of its locations is
 * renamed (republished), and when a location is linked to it or unlinked from either side, though
 * the physician's own updatedAt did not move. Each type learns this from its own cheap list, with
 * no knowledge of what the other types' loaders, running beside it, found.
 */

/** One entry of the CMS's cheap list: its documentId and the digest of its version row. */
export interface EntryVersion {
  documentId: string;
  version: string;
}

/**
 * The populate of the cheap list: for each relation or media of the preset, only its id,
 * documentId (Strapi adds both) and updatedAt, nested relations likewise. Components and dynamic
 * zones (`true` in the presets, which give every populated relation or media a `fields` selection:
 * shared/src/populate.ts) are left out: they are stored in the entry's own row and change with it.
 */
export function versionPopulate(populate: Populate): Populate {
  const relations: Record<string, PopulateEntry> = {};
  for (const [attribute, entry] of Object.entries(populate)) {
    if (entry === true || entry.fields === undefined) continue;
    const nested = entry.populate ? versionPopulate(entry.populate) : {};
    relations[attribute] = Object.keys(nested).length > 0 ? { fields: ['updatedAt'], populate: nested } : { fields: ['updatedAt'] };
  }
  return relations;
}

/** The cheap list's row of one entry (as the CMS returns it for versionPopulate), as a version. */
export function entryVersion(row: unknown): EntryVersion {
  const documentId = (row as { documentId?: unknown } | null)?.documentId;
  if (typeof documentId !== 'string' || documentId === '') {
    throw new Error(`The CMS's version list holds an entry without a documentId: ${JSON.stringify(row)?.slice(0, 200)}`);
  }
  return { documentId, version: digestOf(row) };
}

/** What a build does with each entry, given the last sync's records and the CMS's current versions. */
export interface SyncPlan {
  /** New entries and entries whose version moved, in the CMS's order. */
  toFetch: string[];
  /** In the last sync, no longer published. */
  removed: string[];
  /** The others: their last record is still what the CMS would return. */
  unchanged: Set<string>;
}

export function planSync(
  previous: readonly { documentId: string; version: string | undefined }[],
  current: readonly EntryVersion[],
): SyncPlan {
  const previousVersions = new Map(previous.map((entry) => [entry.documentId, entry.version]));
  const currentIds = new Set(current.map((entry) => entry.documentId));
  const toFetch: string[] = [];
  const unchanged = new Set<string>();
  for (const { documentId, version } of current) {
    if (previousVersions.get(documentId) === version) unchanged.add(documentId);
    else toFetch.push(documentId);
  }
  const removed = previous.map((entry) => entry.documentId).filter((documentId) => !currentIds.has(documentId));
  return { toFetch, removed, unchanged };
}

/**
 * The last sync's records can be reused only if they were made the same way: the same populate
 * preset, the same content contract (the stamp of shared/'s build, which changes with any of its
 * sources), the same records format, from the same CMS, with media URLs made absolute with the same prefix.
 */
export function syncFingerprint(inputs: {
  contentType: string;
  populate: Populate;
  contractStamp: string;
  recordsVersion: number;
  source: string;
  mediaBaseUrl: string;
}): string {
  return digestOf(inputs);
}

function digestOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('base64url').slice(0, 22);
}

/** JSON with object keys sorted, so equal values give equal text whatever order their keys came in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
