import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CONTENT_TYPES, DEFAULT_LOCALE, LOCALE_CODES, isLocaleCode, type ContentTypeName } from '@mbc/shared';

/**
 * A content snapshot: all published CMS content in one JSON file, so the site can be built
 * without a running CMS (offline builds, tests): CONTENT_SOURCE=snapshot:PATH.
 * `npm run export-snapshot -- --out PATH` writes one (scripts/export-snapshot.ts).
 *
 * Each entry is stored as the content contract parsed it (shared/src/schemas: unknown keys
 * dropped, decimals as numbers), and the site parses it again with the same schemas, so a
 * snapshot can never smuggle in content the CMS could not have served. Media URLs stay as the
 * CMS gave them (root-relative); the site prefixes them with `mediaBaseUrl`.
 */
export interface ContentSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  /** ISO date-time of the export. */
  exportedAt: string;
  source: {
    /** The CMS the content was read from. */
    cmsUrl: string;
  };
  /** Prefix for root-relative media URLs (/uploads/x.jpg); usually the CMS URL. */
  mediaBaseUrl: string;
  /** Every content type, by ContentTypeName; a single type is a one-element array. */
  content: { [Name in ContentTypeName]: unknown[] };
  /**
   * Each other locale's versions (translated fields only, as @mbc/shared translationQuery selects
   * them), by locale code, then by ContentTypeName. Absent in snapshots of one language.
   */
  translations?: { [locale: string]: { [Name in ContentTypeName]?: unknown[] } };
}

export const SNAPSHOT_FORMAT = 'mbc-content-snapshot';
/** 2: a medical page's reviewer is its own reviewedBy (version 1 had it inside medicalReview). */
export const SNAPSHOT_VERSION = 2;

export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

/** Checks the envelope of a parsed snapshot file (the entries are checked by the loader's schemas). */
function parseSnapshot(json: unknown, path: string): ContentSnapshot {
  const snapshot = json as Partial<ContentSnapshot> | null;
  const fix = 'Write a new one with `npm run export-snapshot -- --out PATH`.';
  if (typeof snapshot !== 'object' || snapshot === null || snapshot.format !== SNAPSHOT_FORMAT) {
    throw new SnapshotError(`${path} is not a content snapshot (its "format" is not "${SNAPSHOT_FORMAT}"). ${fix}`);
  }
  if (snapshot.version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(
      `${path} is a version ${String(snapshot.version)} content snapshot; this site reads version ${SNAPSHOT_VERSION}. ${fix}`,
    );
  }
  if (typeof snapshot.mediaBaseUrl !== 'string') {
    throw new SnapshotError(`${path} has no "mediaBaseUrl" (the prefix for /uploads/… media URLs). ${fix}`);
  }
  const content = (typeof snapshot.content === 'object' && snapshot.content !== null ? snapshot.content : {}) as Record<string, unknown>;
  const names = Object.keys(CONTENT_TYPES) as ContentTypeName[];
  const missing = names.filter((name) => !Array.isArray(content[name]));
  if (missing.length > 0) {
    throw new SnapshotError(
      `${path} has no content for ${missing.join(', ')} (a snapshot holds every content type: ${names.join(', ')}). ${fix}`,
    );
  }
  const translations = snapshot.translations as unknown;
  if (translations !== undefined) {
    const byLocale = typeof translations === 'object' && translations !== null && !Array.isArray(translations) ? (translations as Record<string, unknown>) : undefined;
    const problems = byLocale
      ? Object.entries(byLocale).flatMap(([locale, types]) => {
          if (!isLocaleCode(locale) || locale === DEFAULT_LOCALE) return [`"${locale}" is not one of the site's other locales (${LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE).join(', ')})`];
          if (typeof types !== 'object' || types === null) return [`translations.${locale} is not an object of content types`];
          return Object.entries(types as Record<string, unknown>)
            .filter(([name, entries]) => !names.includes(name as ContentTypeName) || !Array.isArray(entries))
            .map(([name]) => `translations.${locale}.${name} is not a list of a known content type's versions`);
        })
      : ['"translations" is not an object by locale'];
    if (problems.length > 0) throw new SnapshotError(`${path} has translations the site cannot read: ${problems.join('; ')}. ${fix}`);
  }
  return snapshot as ContentSnapshot;
}

/** Synchronous: a build reads it once, before anything else can happen. */
export function readSnapshotFile(path: string): ContentSnapshot {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SnapshotError(
      `Cannot read the content snapshot ${path}${code ? ` (${code})` : ''}. CONTENT_SOURCE=snapshot:PATH needs a file ` +
        'written by `npm run export-snapshot -- --out PATH`; relative paths start from the current directory.',
      { cause: error },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SnapshotError(`The content snapshot ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  return parseSnapshot(json, path);
}

/** Writes beside the target, then renames, so a reader never sees half a snapshot. */
export async function writeSnapshotFile(path: string, snapshot: ContentSnapshot): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, `${JSON.stringify(snapshot, null, 2)}\n`, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
