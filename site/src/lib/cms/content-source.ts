import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentTypeName } from '@mbc/shared';
import { DEFAULT_STRAPI_URL } from '../defaults';
import { readSnapshotFile, type ContentSnapshot } from './snapshot';
import { fetchAllEntries, fetchEntriesByDocumentId, fetchEntryVersions, fetchTranslations, type CmsLogger, type FetchAllEntriesOptions } from './strapi-client';
import type { EntryVersion } from './sync-plan';

/**
 * Where the build reads content from, chosen by the environment:
 *
 * | CONTENT_SOURCE            | reads                                                          |
 * | ------------------------- | -------------------------------------------------------------- |
 * | unset or `strapi`         | the CMS at STRAPI_URL (default http://127.0.0.1:1337) with SITE_API_TOKEN |
 * | `snapshot:PATH`           | a JSON snapshot (site/src/lib/cms/snapshot.ts); PATH from the current directory |
 *
 * MEDIA_BASE_URL, when set, replaces the prefix for /uploads/… media URLs (e.g. a CDN in front
 * of the CMS's uploads); otherwise it is the CMS URL (or the snapshot's `mediaBaseUrl`).
 */
export interface ContentSource {
  /** For log lines: "Strapi http://127.0.0.1:1337", "snapshot /tmp/snapshot.json". */
  describe(): string;
  /** Every published entry of the type, unparsed. */
  load(name: ContentTypeName, context?: { logger?: CmsLogger }): Promise<unknown[]>;
  /**
   * The type's published versions in `locale` (never the default one), unparsed, with only their
   * translated fields (@mbc/shared translationQuery); none for a document without one.
   */
  translations(name: ContentTypeName, locale: string, context?: { logger?: CmsLogger }): Promise<unknown[]>;
  /** Prefix for root-relative media URLs. */
  mediaBaseUrl: string;
  /**
   * What the incremental sync needs (loader.ts): only a CMS can say what changed since the last
   * build; a snapshot has no such list and is always read whole.
   */
  changes?: {
    /** Every published entry's version (sync-plan.ts), in the order `load` returns the entries. */
    versions(name: ContentTypeName, context?: { logger?: CmsLogger }): Promise<EntryVersion[]>;
    /** These published entries, unparsed, in the order asked; fails if one is no longer published. */
    loadDocuments(name: ContentTypeName, documentIds: readonly string[], context?: { logger?: CmsLogger }): Promise<unknown[]>;
  };
}


type Env = Record<string, string | undefined>;

export function contentSourceFromEnv(env: Env = process.env): ContentSource {
  const setting = env.CONTENT_SOURCE?.trim() ?? '';
  const mediaBaseUrl = env.MEDIA_BASE_URL?.trim() || undefined;
  if (setting === '' || setting === 'strapi') {
    const { baseUrl, token } = strapiSettingsFromEnv(env);
    return strapiSource({ baseUrl, token, mediaBaseUrl });
  }
  if (setting.startsWith('snapshot:') && setting.length > 'snapshot:'.length) {
    return snapshotSource(setting.slice('snapshot:'.length), { mediaBaseUrl });
  }
  throw new Error(
    `CONTENT_SOURCE=${JSON.stringify(setting)} is not a content source. Leave it unset (or "strapi") to read the CMS ` +
      'at STRAPI_URL, or set it to "snapshot:PATH" to build from a snapshot file.',
  );
}

export interface StrapiSettings {
  baseUrl: string;
  token: string;
  /** Where the token came from, for messages: "SITE_API_TOKEN" or a cms/.env path. */
  tokenFrom: string;
}

/**
 * STRAPI_URL and SITE_API_TOKEN; for local builds the token falls back to the one the CMS wrote
 * into cms/.env on its first start (found from the site folder, or from the current directory).
 */
export function strapiSettingsFromEnv(env: Env = process.env, cmsEnvFiles: readonly string[] = defaultCmsEnvFiles()): StrapiSettings {
  const baseUrl = (env.STRAPI_URL?.trim() || DEFAULT_STRAPI_URL).replace(/\/+$/, '');
  const fromEnv = env.SITE_API_TOKEN?.trim();
  if (fromEnv) return { baseUrl, token: fromEnv, tokenFrom: 'SITE_API_TOKEN' };
  for (const file of cmsEnvFiles) {
    const token = readEnvFileValue(file, 'SITE_API_TOKEN');
    if (token) return { baseUrl, token, tokenFrom: file };
  }
  throw new Error(
    `No API token for the CMS at ${baseUrl}: SITE_API_TOKEN is not set and no cms/.env holds one ` +
      `(looked in ${cmsEnvFiles.join(', ') || 'no files'}). Start the CMS once (npm start) so it writes cms/.env, ` +
      'or set SITE_API_TOKEN to the read-only token created for the site build; or build offline with CONTENT_SOURCE=snapshot:PATH.',
  );
}

/** site/../cms/.env, then cms/.env seen from the current directory (run from site/ or the repo root). */
export function defaultCmsEnvFiles(): string[] {
  const siteDir = fileURLToPath(new URL('../../../', import.meta.url));
  const candidates = [resolve(siteDir, '../cms/.env'), resolve(process.cwd(), '../cms/.env'), resolve(process.cwd(), 'cms/.env')];
  return [...new Set(candidates)];
}

/** One KEY=value from a dotenv file (no expansion); undefined if the file or key is absent. */
export function readEnvFileValue(file: string, key: string): string | undefined {
  if (!existsSync(file)) return undefined;
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match || match[1] !== key) continue;
    const value = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
    return value || undefined;
  }
  return undefined;
}

export interface StrapiSourceOptions extends Omit<FetchAllEntriesOptions, 'logger'> {
  mediaBaseUrl?: string;
}

export function strapiSource(options: StrapiSourceOptions): ContentSource {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return {
    describe: () => `Strapi ${baseUrl}`,
    load: (name, context) => fetchAllEntries(name, { ...options, baseUrl, logger: context?.logger }),
    translations: (name, locale, context) => fetchTranslations(name, locale, { ...options, baseUrl, logger: context?.logger }),
    mediaBaseUrl: options.mediaBaseUrl ?? baseUrl,
    changes: {
      versions: (name, context) => fetchEntryVersions(name, { ...options, baseUrl, logger: context?.logger }),
      loadDocuments: (name, documentIds, context) => fetchEntriesByDocumentId(name, documentIds, { ...options, baseUrl, logger: context?.logger }),
    },
  };
}

/** Each snapshot file is read once per process (a rewritten file is read again). */
const snapshotFiles = new Map<string, { version: string; snapshot: ContentSnapshot }>();

function snapshotSource(path: string, options: { mediaBaseUrl?: string } = {}): ContentSource {
  const absolutePath = resolve(process.cwd(), path);
  const snapshot = cachedSnapshot(absolutePath);
  return {
    describe: () => `snapshot ${absolutePath}`,
    load: async (name) => snapshot.content[name],
    translations: async (name, locale) => snapshot.translations?.[locale]?.[name] ?? [],
    mediaBaseUrl: options.mediaBaseUrl ?? snapshot.mediaBaseUrl,
  };
}

function cachedSnapshot(absolutePath: string): ContentSnapshot {
  let version = 'missing';
  try {
    const stats = statSync(absolutePath);
    version = `${stats.mtimeMs}:${stats.size}`;
  } catch {
    // readSnapshotFile explains a missing file
  }
  const cached = snapshotFiles.get(absolutePath);
  if (cached?.version === version) return cached.snapshot;
  const snapshot = readSnapshotFile(absolutePath);
  snapshotFiles.set(absolutePath, { version, snapshot });
  return snapshot;
}
