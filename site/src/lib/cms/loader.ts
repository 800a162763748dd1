import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Loader } from 'astro/loaders';
import {
  CONTENT_TYPES,
  ContentContractError,
  DEFAULT_LOCALE,
  LOCALE_CODES,
  parseContentEntry,
  parseTranslation,
  type ContentEntry,
  type ContentTypeName,
  type Translation,
} from '@mbc/shared';
import { isMedicalContentType, unreviewedPages } from '../medical-review';
import { contentSourceFromEnv, type ContentSource } from './content-source';
import { absolutizeMediaUrls } from './media';
import { RECORDS_VERSION, cmsRecordsDir, readLastSync, writeCmsRecords, type CmsRecord, type SyncState } from './records';
import { DOCUMENTS_PER_REQUEST, describeType, restPathOf, type CmsLogger } from './strapi-client';
import { planSync, syncFingerprint, type EntryVersion } from './sync-plan';

/**
 * The Astro content-layer loader for one CMS content type (see src/content.config.ts).
 *
 * Every build replaces the collection with what the source holds now: the store is cleared
 * before the new entries are set, so an entry unpublished or deleted in the CMS is gone after
 * the next build, whatever Astro's data store cached from the last one. Each entry's full record
 * goes to the CMS records file of the type (records.ts); the store holds its id (the slug) and
 * digest only. Nothing is written, file or store, unless every entry passed the content checks.
 *
 * The sync is incremental when it can be: the CMS's cheap list of versions (sync-plan.ts) says
 * which entries are new or changed, or embed an entry that changed; only those are read in full,
 * the others are the last sync's records, and the type is checked whole as a full sync checks it.
 * It is a full sync when there is no last sync to build on, the contract, preset or source changed,
 * the source is a snapshot, SITE_FULL_SYNC=1 asks for one, or anything about the cheap list is in doubt.
 */
export function cmsLoader(name: ContentTypeName, sourceFactory: () => ContentSource = contentSourceFromEnv, env: Env = process.env): Loader {
  return {
    name: `cms:${name}`,
    load: async ({ store, logger, generateDigest, config }) => {
      const source = sourceFactory();
      const recordsDir = cmsRecordsDir(config.cacheDir);
      const syncedAt = new Date().toISOString();
      const fingerprint = fingerprintOf(name, source);
      const toRecord = (entry: ContentEntry<ContentTypeName>, version: string | undefined): CmsRecord => {
        const data = absolutizeMediaUrls(entry, source.mediaBaseUrl) as Record<string, unknown>;
        return { id: entryId(name, entry), digest: generateDigest(data), data, ...(version === undefined ? {} : { version }) };
      };

      let why = whyFullSync(name, source, fingerprint, env);
      let synced: Synced | undefined;
      if (why === undefined) {
        const incremental = await syncIncrementally(name, source, recordsDir, fingerprint!, toRecord, logger);
        if ('fullSync' in incremental) why = incremental.fullSync;
        else synced = incremental;
      }
      synced ??= await syncFully(name, source, toRecord, why!, logger);
      assertUniqueIds(name, synced.records);
      // Every other language's versions are read whole on every build: they hold only the translated fields.
      const translated = await withTranslations(name, source, synced.records, generateDigest, logger);
      const { records } = translated;

      // The full records go to a file, the store keeps only the ids and digests (see records.ts).
      await writeCmsRecords(recordsDir, name, records, fingerprint === undefined ? undefined : { fingerprint, syncedAt, kind: synced.kind });
      store.clear();
      for (const { id, digest } of records) store.set({ id, data: {}, digest });
      logger.info(`${restPathOf(name)}: ${records.length} ${records.length === 1 ? 'entry' : 'entries'} (${synced.summary}${translated.summary}) from ${source.describe()}`);
    },
  };
}

type Env = Record<string, string | undefined>;
type ToRecord = (entry: ContentEntry<ContentTypeName>, version: string | undefined) => CmsRecord;
type Synced = { records: CmsRecord[]; summary: string; kind: SyncState['kind'] };

/** SITE_FULL_SYNC=1 (or true) makes every type read whole, as before incremental syncs. */
export function fullSyncRequested(env: Env): boolean {
  const setting = env.SITE_FULL_SYNC?.trim() ?? '';
  if (setting === '' || setting === '0' || setting === 'false') return false;
  if (setting === '1' || setting === 'true') return true;
  throw new Error(`SITE_FULL_SYNC=${JSON.stringify(setting)} is not a setting: set it to 1 to read every entry from the CMS, or leave it unset for an incremental sync.`);
}

/** Why this type cannot sync incrementally, or undefined if it may try (the last sync's state is checked next). */
function whyFullSync(name: ContentTypeName, source: ContentSource, fingerprint: string | undefined, env: Env): string | undefined {
  if (fullSyncRequested(env)) return 'SITE_FULL_SYNC=1';
  if (!source.changes) return 'a snapshot is read whole';
  if (CONTENT_TYPES[name].kind === 'single') return 'a single type is one request either way';
  if (fingerprint === undefined) return "the content contract's build stamp (shared/dist/.built-from) is unreadable";
  return undefined;
}

/**
 * Every published entry, as before incremental syncs; each record keeps the version the CMS
 * listed just before (`listed`, if the incremental sync already asked).
 */
async function syncFully(name: ContentTypeName, source: ContentSource, toRecord: ToRecord, why: string, logger: CmsLogger, listed?: readonly EntryVersion[]): Promise<Synced> {
  let versions = new Map((listed ?? []).map((entry) => [entry.documentId, entry.version]));
  // Listed before the entries are read: an edit in between makes the next sync read the entry again, never miss it.
  if (!listed && source.changes && CONTENT_TYPES[name].kind === 'collection') {
    try {
      versions = new Map((await source.changes.versions(name, { logger })).map((entry) => [entry.documentId, entry.version]));
    } catch (error) {
      logger.warn(`${restPathOf(name)}: could not list the entries' versions (${(error as Error).message}); the next build reads every entry again.`);
    }
  }
  const raw = await source.load(name, { logger });
  const entries = parseContentEntries(name, raw);
  const records = entries.map((entry) => toRecord(entry, versions.get((entry as { documentId?: string }).documentId ?? '')));
  return { records, summary: `full sync: ${why}`, kind: 'full' };
}

/**
 * Only what changed since the last sync, or why a full sync is needed: no usable last sync,
 * doubt about the CMS's answers (also a warning), or so many changes that reading every entry
 * page by page is quicker. Content that breaks the contract fails it as a full sync would.
 */
async function syncIncrementally(
  name: ContentTypeName,
  source: ContentSource,
  recordsDir: string,
  fingerprint: string,
  toRecord: ToRecord,
  logger: CmsLogger,
): Promise<Synced | { fullSync: string }> {
  const changes = source.changes!;
  const last = await readLastSync(recordsDir, name);
  if ('none' in last) return { fullSync: last.none };
  if (last.sync.fingerprint !== fingerprint) return { fullSync: 'the content contract, its populate preset or the content source changed since the last sync' };

  let versions: EntryVersion[];
  try {
    versions = await changes.versions(name, { logger });
  } catch (error) {
    return inDoubt(logger, name, `the list of versions failed: ${(error as Error).message}`);
  }
  const previous = last.entries.map((record) => ({ documentId: String(record.data.documentId), version: record.version, record }));
  const plan = planSync(previous, versions);
  if (plan.toFetch.length > DOCUMENTS_PER_REQUEST && plan.toFetch.length * 2 > versions.length) {
    return syncFully(name, source, toRecord, `${plan.toFetch.length} of ${versions.length} entries changed, so reading them all is quicker`, logger, versions);
  }

  let fetched: unknown[];
  try {
    fetched = await changes.loadDocuments(name, plan.toFetch, { logger });
  } catch (error) {
    return inDoubt(logger, name, (error as Error).message);
  }
  const fetchedEntries = parseContentEntries(name, fetched, { total: versions.length, reviewRule: false });

  const versionOf = new Map(versions.map((entry) => [entry.documentId, entry.version]));
  const fetchedRecords = new Map(
    fetchedEntries.map((entry) => {
      const documentId = (entry as { documentId: string }).documentId;
      return [documentId, toRecord(entry, versionOf.get(documentId))];
    }),
  );
  const lastRecords = new Map(previous.map((entry) => [entry.documentId, entry.record]));
  const records = versions.map(({ documentId }) => (plan.unchanged.has(documentId) ? lastRecords.get(documentId) : fetchedRecords.get(documentId)));
  if (records.some((record) => record === undefined)) return inDoubt(logger, name, 'the CMS answered with other entries than the ones asked for');

  // The medical reviewer rule covers the whole type, as in a full sync (kept records passed it once, but it costs nothing to be sure).
  assertReviewed(name, records.map((record) => record!.data) as ContentEntry<ContentTypeName>[]);
  return { records: records as CmsRecord[], summary: `${plan.toFetch.length} fetched, ${plan.removed.length} removed, incremental`, kind: 'incremental' };
}

/** Doubt about the CMS's answers (not about the content) is worth a warning: the build goes on with a full sync. */
function inDoubt(logger: CmsLogger, name: ContentTypeName, why: string): { fullSync: string } {
  logger.warn(`${restPathOf(name)}: no incremental sync (${why}); reading every entry instead.`);
  return { fullSync: 'the incremental sync was in doubt' };
}

const requireFromHere = createRequire(import.meta.url);

/**
 * shared/scripts/build.mjs stamps its build with a hash of all of shared/'s sources: any change
 * to the content contract (a schema, a format rule, a preset) changes it. Undefined if unreadable.
 */
function contractStamp(): string | undefined {
  try {
    return readFileSync(join(dirname(requireFromHere.resolve('@mbc/shared')), '..', '.built-from'), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

function fingerprintOf(name: ContentTypeName, source: ContentSource): string | undefined {
  const stamp = contractStamp();
  if (stamp === undefined) return undefined;
  return syncFingerprint({
    contentType: name,
    populate: CONTENT_TYPES[name].populate,
    contractStamp: stamp,
    recordsVersion: RECORDS_VERSION,
    source: source.describe(),
    mediaBaseUrl: source.mediaBaseUrl,
  });
}

/** CMS content the site cannot be built from; the message names each entry to fix. */
export class CmsContentError extends Error {
  override name = 'CmsContentError';

  /**
   * The first line only. Astro appends a "Browser APIs are not available on the server" hint to
   * any error whose toString() mentions "document" (astro/dist/core/errors/dev/utils.js), and
   * every entry is named by its documentId; the full message is still what Astro prints.
   */
  override toString(): string {
    return `${this.name}: ${this.message.split('\n', 1)[0]!.replace(/document/gi, 'doc')}`;
  }
}

/**
 * "TYPE: N of TOTAL entries …, so the site was not built." and then each item, numbered.
 * `entries` words the count's subject and verb (`one` when N is 1); `why`, if any, follows "built".
 */
function notBuiltMessage(
  contentType: ContentTypeName,
  total: number,
  { entries, why = '', items, separator }: { entries: (one: boolean) => string; why?: string; items: readonly string[]; separator: string },
): string {
  return (
    `${restPathOf(contentType)}: ${items.length} of ${total} ${entries(items.length === 1)}, so the site was not built${why}.\n\n` +
    items.map((item, index) => `${index + 1}. ${item}`).join(separator)
  );
}

/** Several entries broke the content contract; `failures` holds one error per entry. */
export class ContentCheckError extends CmsContentError {
  override name = 'ContentCheckError';

  constructor(
    readonly contentType: ContentTypeName,
    readonly failures: readonly ContentContractError[],
    total: number,
  ) {
    super(
      notBuiltMessage(contentType, total, {
        entries: (one) => `entries ${one ? 'does' : 'do'} not match the content contract`,
        items: failures.map((failure) => failure.message),
        separator: '\n\n',
      }),
    );
  }
}

/** Published medical pages that name no reviewer; `pages` holds one sentence per page. */
export class UnreviewedPagesError extends CmsContentError {
  override name = 'UnreviewedPagesError';

  constructor(
    readonly contentType: ContentTypeName,
    readonly pages: readonly string[],
    total: number,
  ) {
    super(
      notBuiltMessage(contentType, total, {
        entries: (one) => `published entries ${one ? 'names' : 'name'} no medical reviewer`,
        why: ' (every medical page says "Medically reviewed on DATE by NAME")',
        items: pages,
        separator: '\n',
      }),
    );
  }
}

/**
 * Parses every entry with the shared contract and reports every failing entry at once, so an
 * editor can fix them all before the next build. A single type must have exactly one entry, and
 * every medical page must name its reviewer.
 *
 * An incremental sync parses only the entries it fetched: `total` is then the type's whole count
 * (for the messages), and it applies the reviewer rule itself, to the whole type.
 */
export function parseContentEntries<Name extends ContentTypeName>(
  name: Name,
  raw: readonly unknown[],
  { total = raw.length, reviewRule = true }: { total?: number; reviewRule?: boolean } = {},
): ContentEntry<Name>[] {
  if (CONTENT_TYPES[name].kind === 'single' && raw.length !== 1) {
    throw new CmsContentError(`Expected one published ${describeType(name)}, found ${raw.length}. Publish it in the CMS admin.`);
  }
  const entries: ContentEntry<Name>[] = [];
  const failures: ContentContractError[] = [];
  for (const entry of raw) {
    try {
      entries.push(parseContentEntry(name, entry));
    } catch (error) {
      if (!(error instanceof ContentContractError)) throw error;
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new ContentCheckError(name, failures, total);
  if (reviewRule) assertReviewed(name, entries);
  return entries;
}

/** Every medical page must name its reviewer. */
function assertReviewed<Name extends ContentTypeName>(name: Name, entries: readonly ContentEntry<Name>[]): void {
  if (!isMedicalContentType(name)) return;
  const unreviewed = unreviewedPages(name, entries as readonly ContentEntry<typeof name>[]);
  if (unreviewed.length > 0) throw new UnreviewedPagesError(name, unreviewed, entries.length);
}

/**
 * The records with each document's versions in the other locales (`data.localizations`, by locale
 * code: its translated fields only, see @mbc/shared translationQuery), checked with the contract
 * as the entries are. A version whose document has no published default-locale entry is left out
 * (the document's relations and shared fields are the default locale's), and said so.
 */
async function withTranslations(
  name: ContentTypeName,
  source: ContentSource,
  records: readonly CmsRecord[],
  generateDigest: (data: Record<string, unknown>) => string,
  logger: CmsLogger,
): Promise<{ records: CmsRecord[]; summary: string }> {
  const documents = new Set(records.map((record) => String(record.data.documentId)));
  const localizations = new Map<string, Record<string, Translation<ContentTypeName>>>();
  const failures: ContentContractError[] = [];
  const counts: string[] = [];
  for (const locale of LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)) {
    const versions = await source.translations(name, locale, { logger });
    const translations: Translation<ContentTypeName>[] = [];
    for (const version of versions) {
      try {
        translations.push(parseTranslation(name, version));
      } catch (error) {
        if (!(error instanceof ContentContractError)) throw error;
        failures.push(error);
      }
    }
    const orphans = translations.filter((translation) => !documents.has(translation.documentId));
    if (orphans.length > 0) {
      logger.warn(
        `${restPathOf(name)}: ${orphans.length} "${locale}" ${orphans.length === 1 ? 'version is' : 'versions are'} left out because the ${DEFAULT_LOCALE} version is not published ` +
          `(documentIds ${orphans.slice(0, 5).map((orphan) => orphan.documentId).join(', ')}${orphans.length > 5 ? ', …' : ''}): a page in another language takes its relations and shared fields from it.`,
      );
    }
    const kept = translations.filter((translation) => documents.has(translation.documentId));
    assertUniqueTranslationSlugs(name, locale, kept);
    for (const translation of kept) {
      const byLocale = localizations.get(translation.documentId) ?? {};
      byLocale[locale] = translation;
      localizations.set(translation.documentId, byLocale);
    }
    if (kept.length > 0) counts.push(`${locale}: ${kept.length} ${kept.length === 1 ? 'version' : 'versions'}`);
  }
  if (failures.length > 0) throw new ContentCheckError(name, failures, records.length);
  const withLocalizations = records.map((record) => {
    const { localizations: _previous, ...data } = record.data;
    const ofDocument = localizations.get(String(record.data.documentId));
    const next = ofDocument ? { ...data, localizations: ofDocument } : data;
    return { ...record, data: next, digest: generateDigest(next) };
  });
  return { records: withLocalizations, summary: counts.length > 0 ? `; ${counts.join(', ')}` : '' };
}

/** Two versions in one locale with one slug would share a URL. */
function assertUniqueTranslationSlugs(name: ContentTypeName, locale: string, translations: readonly Translation<ContentTypeName>[]): void {
  const seen = new Map<string, string>();
  for (const translation of translations) {
    const slug = (translation as { slug?: unknown }).slug;
    if (typeof slug !== 'string') continue;
    const other = seen.get(slug);
    if (other !== undefined) {
      throw new CmsContentError(
        `Two ${restPathOf(name)} have the slug '${slug}' in "${locale}" (documentIds ${other} and ${translation.documentId}); ` +
          'each page needs its own URL. Change one of their slugs in that language in the CMS.',
      );
    }
    seen.set(slug, translation.documentId);
  }
}

/** Pages are addressed by slug; a single type is its collection's only entry. */
function entryId(name: ContentTypeName, entry: unknown): string {
  if (CONTENT_TYPES[name].kind === 'single') return name;
  return (entry as { slug: string }).slug;
}

/** Two entries with one slug would silently overwrite each other in the store (and share a URL). */
function assertUniqueIds(name: ContentTypeName, records: readonly { id: string; data: Record<string, unknown> }[]): void {
  const seen = new Map<string, unknown>();
  for (const { id, data } of records) {
    if (seen.has(id)) {
      throw new CmsContentError(
        `Two ${restPathOf(name)} have the slug '${id}' (documentIds ${String(seen.get(id))} and ${String(data.documentId)}); ` +
          'each page needs its own URL. Change one slug in the CMS.',
      );
    }
    seen.set(id, data.documentId);
  }
}
