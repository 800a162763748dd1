/**
 * The draft preview's content: every entry of every type, in one version (draft or published),
 * kept in memory and brought up to date on each request, so a preview shows what the CMS holds
 * now while costing about the same at 10,000 physicians as at 40.
 *
 * Each request asks every type a small question (fetchContentVersion: its entry count, newest
 * updatedAt and newest row id). Only the types that changed are read again, and only in part:
 * - the entries updated, or written as new rows (published, draft discarded), since the last read;
 * - the entries related to those, before and after the change: relations come populated from the
 *   side that shows them (a location lists its physicians), and Strapi does not move the other
 *   side's updatedAt when a relation changes, so a physician who joins a clinic also rereads it;
 * - the current documentIds of a type whose count says an entry was deleted (or unpublished).
 * Entries are parsed with the shared content contract one by one: an entry that breaks it is left
 * out of the lists and kept as a problem, which the preview server shows (status 422) when its page,
 * or its own preview link, is asked for.
 *
 * Each document's versions in the other locales (their translated fields only, as the site's loader
 * reads them) are kept the same way, per type and locale, and attached to the default locale's
 * entry as `localizations`, so the pages under /es/ render them as the static build does. They
 * hold no relations, so a change to one rereads only that version.
 */
import {
  CONTENT_TYPES,
  ContentContractError,
  DEFAULT_LOCALE,
  LOCALE_CODES,
  localePath,
  pagePathOf,
  parseContentEntry,
  parseTranslation,
  type ContentEntry,
  type ContentTypeName,
  type LocaleCode,
  type Translation,
} from '@mbc/shared';
import { absolutizeMediaUrls } from '../src/lib/cms/media';
import { isMedicalContentType } from '../src/lib/medical-review';
import { fetchAllEntries, fetchContentVersion, fetchTranslations, type ContentVersion, type FetchAllEntriesOptions } from '../src/lib/cms/strapi-client';
import type { PreviewContent } from '../src/lib/preview/request-content';
import { describeProblem, languageName, type EntryProblem } from './problems';

const TYPE_NAMES = Object.keys(CONTENT_TYPES) as ContentTypeName[];
const OTHER_LOCALES = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);
/** Each type's versions in each other locale, kept apart: `${type}:${locale}`. */
const VERSION_SETS = TYPE_NAMES.flatMap((name) => OTHER_LOCALES.map((locale) => ({ name, locale, key: `${name}:${locale}` })));

/** documentIds per request when rereading related entries: keeps the URL well under the CMS's header limit. */
const IDS_PER_REQUEST = 80;

export interface PreviewSnapshot {
  /** What pages render from; a new object whenever anything changed (src/lib/content.ts shares lists per object). */
  readonly content: PreviewContent;
  /** Every document that has a page or a problem, by documentId. */
  readonly documents: ReadonlyMap<string, { type: ContentTypeName; entry: ContentEntry<ContentTypeName> | null; problem: EntryProblem | null }>;
  /** Every document's version in another locale, by `${locale}:${documentId}`: the version, or why the site cannot show it. */
  readonly versions: ReadonlyMap<string, { type: ContentTypeName; translation: Translation<ContentTypeName> | null; problem: EntryProblem | null }>;
  /** Entries the site could not show, and content missing altogether (a single type never created). */
  readonly problems: readonly EntryProblem[];
}

export interface ContentStoreOptions extends Omit<FetchAllEntriesOptions, 'status' | 'filters' | 'fields'> {
  status: 'draft' | 'published';
  /** Prefix for root-relative media URLs (default: the CMS). */
  mediaBaseUrl?: string;
}

type Raw = Record<string, unknown> & { documentId: string };

interface TypeState {
  version: ContentVersion;
  /** documentId → the entry as Strapi returned it. */
  raw: Map<string, Raw>;
}

export interface ContentStore {
  /** The content as the CMS holds it now; concurrent callers share one refresh. */
  current(): Promise<PreviewSnapshot>;
}

export function createContentStore(options: ContentStoreOptions): ContentStore {
  const fetchOptions: FetchAllEntriesOptions = { ...options, status: options.status, tokenVariable: options.tokenVariable ?? 'PREVIEW_API_TOKEN' };
  const mediaBaseUrl = options.mediaBaseUrl ?? options.baseUrl;
  /** Every type as last read in full by a refresh that succeeded. */
  let committed: ReadonlyMap<ContentTypeName, TypeState> = new Map();
  /** Every type's versions in each other locale, by VERSION_SETS key, as last read by a refresh that succeeded. */
  let committedVersions: ReadonlyMap<string, TypeState> = new Map();
  let snapshot: PreviewSnapshot | null = null;

  async function readEntries(name: ContentTypeName, filters?: Record<string, unknown>): Promise<Raw[]> {
    try {
      return (await fetchAllEntries(name, { ...fetchOptions, ...(filters ? { filters } : {}) })) as Raw[];
    } catch (error) {
      // A single type nobody has created yet (in this version): no entry, which the snapshot reports.
      if (CONTENT_TYPES[name].kind === 'single' && (error as { status?: number }).status === 404) return [];
      throw error;
    }
  }

  async function readByIds(name: ContentTypeName, ids: readonly string[]): Promise<Raw[]> {
    if (CONTENT_TYPES[name].kind === 'single') return readEntries(name);
    const batches: Promise<Raw[]>[] = [];
    for (let start = 0; start < ids.length; start += IDS_PER_REQUEST) {
      batches.push(readEntries(name, { documentId: { $in: ids.slice(start, start + IDS_PER_REQUEST) } }));
    }
    return (await Promise.all(batches)).flat();
  }

  /** A type's versions in `locale` brought up to date: those saved or written since, and the documentIds when the count says one went. */
  async function readVersions(name: ContentTypeName, locale: LocaleCode, state: TypeState | undefined, version: ContentVersion): Promise<TypeState> {
    const read = async (filters?: Record<string, unknown>) => (await fetchTranslations(name, locale, { ...fetchOptions, ...(filters ? { filters } : {}) })) as Raw[];
    if (!state || CONTENT_TYPES[name].kind === 'single') {
      return { version, raw: new Map((await read()).map((entry) => [entry.documentId, entry])) };
    }
    const since = changedSince(state.version);
    const next = new Map(state.raw);
    for (const entry of since ? await read(since) : await read()) next.set(entry.documentId, entry);
    if (next.size !== version.total) {
      const listed = (await fetchAllEntries(name, { ...fetchOptions, locale, fields: ['documentId', 'locale'] })) as Raw[];
      const current = new Set(listed.filter((entry) => entry.locale === locale).map((entry) => entry.documentId));
      for (const id of next.keys()) if (!current.has(id)) next.delete(id);
    }
    return { version, raw: next };
  }

  async function refresh(): Promise<PreviewSnapshot> {
    const [versions, localeVersions] = await Promise.all([
      Promise.all(TYPE_NAMES.map((name) => fetchContentVersion(name, fetchOptions))),
      Promise.all(VERSION_SETS.map(({ name, locale }) => fetchContentVersion(name, { ...fetchOptions, locale }))),
    ]);
    const changed = TYPE_NAMES.filter((name, index) => !sameVersion(committed.get(name)?.version, versions[index]!));
    const changedVersions = VERSION_SETS.flatMap((set, index) => (sameVersion(committedVersions.get(set.key)?.version, localeVersions[index]!) ? [] : [{ ...set, version: localeVersions[index]! }]));
    if (snapshot && changed.length === 0 && changedVersions.length === 0) return snapshot;
    // The versions in other locales hold no relations: each set is brought up to date on its own, meanwhile.
    const versionStates = new Map(committedVersions);
    const versionsRead = Promise.all(
      changedVersions.map(async ({ name, locale, key, version }) => {
        versionStates.set(key, await readVersions(name, locale, committedVersions.get(key), version));
      }),
    );
    // Awaited below; a failure meanwhile must not go unhandled while the default locale is read.
    versionsRead.catch(() => undefined);
    // Read into a copy, kept only if the whole refresh succeeds: a type remembered as read while
    // the entries that show it were not reread would never be reread (its version no longer changes).
    const states = new Map(committed);
    // The states as they were, to compare each changed document's links before and after.
    const before = committed;

    // documentId → type, for every entry known before this refresh.
    const typeOf = new Map<string, ContentTypeName>();
    for (const [name, state] of states) for (const id of state.raw.keys()) typeOf.set(id, name);
    const touched = new Set<string>();
    const removed = new Set<string>();

    await Promise.all(
      changed.map(async (name) => {
        const version = versions[TYPE_NAMES.indexOf(name)]!;
        const state = states.get(name);
        if (!state || CONTENT_TYPES[name].kind === 'single') {
          // First read, or a single type (one entry): read it whole.
          const entries = await readEntries(name);
          for (const id of state?.raw.keys() ?? []) if (!entries.some((entry) => entry.documentId === id)) removed.add(id);
          states.set(name, { version, raw: new Map(entries.map((entry) => [entry.documentId, entry])) });
          if (state) for (const entry of entries) touched.add(entry.documentId);
          return;
        }
        const since = changedSince(state.version);
        const updated = since ? await readEntries(name, since) : await readEntries(name);
        for (const entry of updated) {
          touched.add(entry.documentId);
          typeOf.set(entry.documentId, name);
        }
        const next = new Map(state.raw);
        for (const entry of updated) next.set(entry.documentId, entry);
        if (next.size !== version.total) {
          // Something was deleted (or unpublished): keep only the documents the CMS still has.
          const current = new Set((await fetchAllEntries(name, { ...fetchOptions, fields: ['documentId'] })).map((entry) => (entry as Raw).documentId));
          for (const id of next.keys()) {
            if (!current.has(id)) {
              next.delete(id);
              removed.add(id);
            }
          }
        }
        states.set(name, { version, raw: next });
      }),
    );

    // Entries whose populated relations may now be out of date: those that show a removed document,
    // or a touched one as it no longer is; and those a relation was added to or removed from (the
    // other side of it shows the change too). An entry whose copy of a touched document still
    // matches it is left alone: saving a physician's biography does not reread the subtypes that
    // list 3,000 physicians by name.
    if (touched.size > 0 || removed.size > 0) {
      const changedIds = new Set([...touched, ...removed]);
      const stale = new Map<ContentTypeName, Set<string>>();
      const mark = (id: string) => {
        const name = typeOf.get(id);
        if (!name || touched.has(id) || removed.has(id)) return;
        if (!stale.has(name)) stale.set(name, new Set());
        stale.get(name)!.add(id);
      };
      const rawOf = (id: string, from: ReadonlyMap<ContentTypeName, TypeState>) => {
        const name = typeOf.get(id);
        return name ? from.get(name)?.raw.get(id) : undefined;
      };
      for (const id of changedIds) {
        const previous = rawOf(id, before);
        const now = removed.has(id) ? undefined : rawOf(id, states);
        const was = new Set(previous ? linksOf(previous) : []);
        const is = new Set(now ? linksOf(now) : []);
        for (const linked of was) if (!is.has(linked)) mark(linked);
        for (const linked of is) if (!was.has(linked)) mark(linked);
      }
      for (const [, state] of states) {
        for (const entry of state.raw.values()) {
          if (touched.has(entry.documentId) || !linksOf(entry).some((id) => changedIds.has(id))) continue;
          const outdated = copiesIn(entry, changedIds).some((copy) => {
            const current = removed.has(copy.documentId) ? undefined : rawOf(copy.documentId, states);
            return !current || !isCurrentCopy(copy, current);
          });
          if (outdated) mark(entry.documentId);
        }
      }
      await Promise.all(
        [...stale].map(async ([name, ids]) => {
          const state = states.get(name)!;
          const fresh = await readByIds(name, [...ids]);
          const next = new Map(state.raw);
          for (const id of ids) if (!fresh.some((entry) => entry.documentId === id)) next.delete(id);
          for (const entry of fresh) next.set(entry.documentId, entry);
          states.set(name, { ...state, raw: next });
        }),
      );
    }
    await versionsRead;
    snapshot = buildSnapshot(states, versionStates, mediaBaseUrl, parsedCache, versionCache);
    committed = states;
    committedVersions = versionStates;
    return snapshot;
  }

  /** Parsed entries by the raw object they came from: an entry not read again is not parsed again. */
  const parsedCache = new WeakMap<Raw, ParsedEntry>();
  const versionCache = new WeakMap<Raw, ParsedVersion>();
  /**
   * The documents each entry shows, by the raw object, walked once per entry read: walking every
   * entry on each save was most of the server's own work per save at 10,000 physicians
   * (docs/benchmarks.md, "Draft preview").
   */
  const linksCache = new WeakMap<Raw, readonly string[]>();
  const linksOf = (entry: Raw): readonly string[] => {
    let ids = linksCache.get(entry);
    if (!ids) linksCache.set(entry, (ids = linkedDocumentIds(entry)));
    return ids;
  };

  let running: Promise<PreviewSnapshot> | null = null;
  let queued: Promise<PreviewSnapshot> | null = null;
  const current = (): Promise<PreviewSnapshot> => {
    if (!running) {
      running = refresh().finally(() => {
        running = null;
      });
      return running;
    }
    // A refresh is under way, and it may have asked the CMS before this request's save: one more
    // after it, shared by every request that arrives meanwhile.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return current();
      });
    return queued;
  };
  return { current };
}

/** The filter for what was saved since `version`, or written as a new row since (a publish or a discarded draft keeps its old updatedAt); null: read everything. */
function changedSince({ latestUpdate, latestId }: ContentVersion): { $or: Record<string, unknown>[] } | null {
  const since = [...(latestUpdate ? [{ updatedAt: { $gte: latestUpdate } }] : []), ...(latestId !== null ? [{ id: { $gt: latestId } }] : [])];
  return since.length > 0 ? { $or: since } : null;
}

function sameVersion(a: ContentVersion | undefined, b: ContentVersion): boolean {
  return a !== undefined && a.total === b.total && a.latestUpdate === b.latestUpdate && a.latestId === b.latestId;
}

/** The populated copies of other documents an entry holds, at any depth (its relations; media have documentIds too, which match no entry). */
function linkedCopies(entry: Raw): Raw[] {
  const copies: Raw[] = [];
  const walk = (value: unknown, depth: number) => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (depth > 0 && typeof record.documentId === 'string') copies.push(record as Raw);
    for (const child of Object.values(record)) if (typeof child === 'object') walk(child, depth + 1);
  };
  walk(entry, 0);
  return copies;
}

/** documentIds of the other documents an entry shows. */
export function linkedDocumentIds(entry: Raw): string[] {
  return linkedCopies(entry).map((copy) => copy.documentId);
}

/** The copies of these documents an entry shows. */
function copiesIn(entry: Raw, ids: ReadonlySet<string>): Raw[] {
  return linkedCopies(entry).filter((copy) => ids.has(copy.documentId));
}

/**
 * Whether a populated copy of a document still shows what the document holds: every field the copy
 * selected is equal in the document as read now (row ids aside: Strapi may renumber a draft's rows
 * and components on save, and no page shows them). Anything else, the entry holding it is reread.
 */
export function isCurrentCopy(copy: unknown, current: unknown): boolean {
  if (Array.isArray(copy)) return Array.isArray(current) && copy.length === current.length && copy.every((item, index) => isCurrentCopy(item, current[index]));
  if (typeof copy !== 'object' || copy === null) return copy === current;
  if (typeof current !== 'object' || current === null || Array.isArray(current)) return false;
  return Object.entries(copy).every(([key, value]) => key === 'id' || isCurrentCopy(value, (current as Record<string, unknown>)[key]));
}

type ParsedEntry = { entry: ContentEntry<ContentTypeName> } | { problem: EntryProblem };

/**
 * A copy of the entry without the related documents that fail the contract inside its lists (a
 * subtype listing a draft treatment whose summary is still empty): those documents are left out
 * of the preview as problems of their own, so the pages that list them go on without them. Null
 * when no such link is at fault.
 */
export function withoutBrokenLinks(raw: Raw, issues: readonly { path: readonly PropertyKey[] }[]): Raw | null {
  const dropped = new Map<string, Set<number>>();
  for (const { path } of issues) {
    const [key, index] = path;
    const value = typeof key === 'string' ? raw[key] : undefined;
    const item = Array.isArray(value) && typeof index === 'number' ? (value[index] as unknown) : undefined;
    const isLink = typeof item === 'object' && item !== null && typeof (item as { documentId?: unknown }).documentId === 'string' && !('mime' in item);
    if (!isLink || path.length < 3) return null;
    if (!dropped.has(key as string)) dropped.set(key as string, new Set());
    dropped.get(key as string)!.add(index as number);
  }
  if (dropped.size === 0) return null;
  const copy: Raw = { ...raw };
  for (const [key, indexes] of dropped) copy[key] = (raw[key] as unknown[]).filter((_item, index) => !indexes.has(index));
  return copy;
}

/** A draft has no publishing date yet: the page shows it as if it were published at its last save. */
const asPublished = (raw: Raw): Raw => (raw.publishedAt == null ? { ...raw, publishedAt: raw.updatedAt } : raw);

function parseOne(name: ContentTypeName, raw: Raw, mediaBaseUrl: string): ParsedEntry {
  const version = asPublished(raw);
  let entry: ContentEntry<ContentTypeName>;
  try {
    entry = parseContentEntry(name, version);
  } catch (error) {
    if (!(error instanceof ContentContractError)) throw error;
    const repaired = withoutBrokenLinks(version, error.issues);
    if (!repaired) return { problem: describeProblem(name, raw, error.issues) };
    try {
      entry = parseContentEntry(name, repaired);
    } catch (again) {
      if (!(again instanceof ContentContractError)) throw again;
      return { problem: describeProblem(name, raw, again.issues) };
    }
  }
  entry = absolutizeMediaUrls(entry, mediaBaseUrl) as ContentEntry<ContentTypeName>;
  if (isMedicalContentType(name) && (entry as { reviewedBy?: unknown }).reviewedBy === null) {
    return { problem: describeProblem(name, raw, [{ field: 'reviewedBy', fix: 'Choose the physician who reviewed this page (Reviewed by). Every medical page names its reviewer.' }]) };
  }
  return { entry };
}

type ParsedVersion = { translation: Translation<ContentTypeName> } | { problem: EntryProblem };

/** A version in another locale, checked as the site's loader checks it (only its translated fields). */
function parseVersion(name: ContentTypeName, locale: LocaleCode, raw: Raw, mediaBaseUrl: string): ParsedVersion {
  try {
    return { translation: absolutizeMediaUrls(parseTranslation(name, asPublished(raw)), mediaBaseUrl) as Translation<ContentTypeName> };
  } catch (error) {
    if (!(error instanceof ContentContractError)) throw error;
    return { problem: describeProblem(name, raw, error.issues, locale) };
  }
}

/** The path of the page an entry of `name` with this slug is on, in `locale` (without a section's #fragment); null if it has none. */
function pageIn(name: ContentTypeName, locale: LocaleCode, slug: string | null | undefined): string | null {
  const path = CONTENT_TYPES[name].kind === 'single' ? pagePathOf(name, {}) : slug ? pagePathOf(name, { slug }) : null;
  return path ? localePath(locale, path.split('#')[0]!) : null;
}

function buildSnapshot(
  states: ReadonlyMap<ContentTypeName, TypeState>,
  versionStates: ReadonlyMap<string, TypeState>,
  mediaBaseUrl: string,
  cache: WeakMap<Raw, ParsedEntry>,
  versionCache: WeakMap<Raw, ParsedVersion>,
): PreviewSnapshot {
  const lists = {} as Record<ContentTypeName, ContentEntry<ContentTypeName>[]>;
  const documents = new Map<string, { type: ContentTypeName; entry: ContentEntry<ContentTypeName> | null; problem: EntryProblem | null }>();
  const problems: EntryProblem[] = [];
  for (const name of TYPE_NAMES) {
    const list: ContentEntry<ContentTypeName>[] = [];
    const slugs = new Map<string, string>();
    for (const raw of states.get(name)?.raw.values() ?? []) {
      let parsed = cache.get(raw);
      if (!parsed) cache.set(raw, (parsed = parseOne(name, raw, mediaBaseUrl)));
      if ('entry' in parsed) {
        const slug = (parsed.entry as { slug?: string }).slug;
        const other = slug === undefined ? undefined : slugs.get(slug);
        if (other !== undefined) {
          const problem = describeProblem(name, raw, [{ field: 'slug', fix: `Another ${name} (documentId ${other}) has the slug '${slug}': each page needs its own address. Change one of them.` }]);
          problems.push(problem);
          documents.set(raw.documentId, { type: name, entry: null, problem });
          continue;
        }
        if (slug !== undefined) slugs.set(slug, raw.documentId);
        list.push(parsed.entry);
        documents.set(raw.documentId, { type: name, entry: parsed.entry, problem: null });
      } else {
        problems.push(parsed.problem);
        documents.set(raw.documentId, { type: name, entry: null, problem: parsed.problem });
      }
    }
    if (CONTENT_TYPES[name].kind === 'single' && list.length === 0 && !problems.some((problem) => problem.type === name)) {
      problems.push(describeProblem(name, null, [{ field: '', fix: `Create the ${name === 'conditionPage' ? 'overview page' : 'site settings'} in the CMS: every page of the site needs it.` }]));
    }
    lists[name] = list;
  }

  // The versions in the other locales, attached to their documents' entries as the loader does.
  const versions = new Map<string, { type: ContentTypeName; translation: Translation<ContentTypeName> | null; problem: EntryProblem | null }>();
  const localizations = new Map<string, Record<string, Translation<ContentTypeName>>>();
  /** Each document's slug in each other locale, as saved (valid or not): where its pages are. */
  const slugsIn = new Map<string, Map<LocaleCode, string>>();
  for (const { name, locale, key } of VERSION_SETS) {
    const slugs = new Map<string, string>();
    for (const raw of versionStates.get(key)?.raw.values() ?? []) {
      const document = documents.get(raw.documentId);
      if (typeof raw.slug === 'string' && raw.slug !== '') {
        if (!slugsIn.has(raw.documentId)) slugsIn.set(raw.documentId, new Map());
        slugsIn.get(raw.documentId)!.set(locale, raw.slug);
      }
      let problem: EntryProblem | null = null;
      let translation: Translation<ContentTypeName> | null = null;
      if (!document || document.type !== name) {
        problem = describeProblem(name, raw, [{ field: '', fix: `This entry has no ${languageName(DEFAULT_LOCALE)} version yet: create it first. A page in ${languageName(locale)} takes its relations and shared fields from the ${languageName(DEFAULT_LOCALE)} version.` }], locale);
      } else {
        let parsed = versionCache.get(raw);
        if (!parsed) versionCache.set(raw, (parsed = parseVersion(name, locale, raw, mediaBaseUrl)));
        if ('problem' in parsed) problem = parsed.problem;
        else {
          const slug = (parsed.translation as { slug?: string }).slug;
          const other = slug === undefined ? undefined : slugs.get(slug);
          if (other !== undefined) {
            problem = describeProblem(name, raw, [{ field: 'slug', fix: `Another ${name} (documentId ${other}) has the slug '${slug}' in ${languageName(locale)}: each page needs its own address. Change one of them.` }], locale);
          } else {
            if (slug !== undefined) slugs.set(slug, raw.documentId);
            translation = parsed.translation;
          }
        }
      }
      if (problem) problems.push(problem);
      versions.set(`${locale}:${raw.documentId}`, { type: name, translation, problem });
      if (translation) {
        const byLocale = localizations.get(raw.documentId) ?? {};
        byLocale[locale] = translation;
        localizations.set(raw.documentId, byLocale);
      }
    }
  }
  const entries = {} as Record<ContentTypeName, ContentEntry<ContentTypeName>[]>;
  for (const name of TYPE_NAMES) {
    entries[name] = lists[name].map((entry) => {
      const ofDocument = localizations.get((entry as { documentId: string }).documentId);
      return ofDocument ? ({ ...entry, localizations: ofDocument } as unknown as ContentEntry<ContentTypeName>) : entry;
    });
  }

  // Which pages each problem stops: its own page, in its locale; a default-locale entry's, in every locale it has a page in.
  const located = problems.map((problem) => {
    if (CONTENT_TYPES[problem.type].kind === 'single' || problem.documentId === null) return problem;
    const locales = problem.locale === DEFAULT_LOCALE ? LOCALE_CODES : [problem.locale];
    const pages = locales.flatMap((locale) => {
      const slug = locale === DEFAULT_LOCALE ? problem.slug : (slugsIn.get(problem.documentId!)?.get(locale) ?? savedSlug(states.get(problem.type)?.raw.get(problem.documentId!)));
      const page = pageIn(problem.type, locale, slug);
      return page ? [page] : [];
    });
    return { ...problem, pages };
  });
  const byOriginal = new Map(problems.map((problem, index) => [problem, located[index]!]));
  for (const [id, document] of documents) if (document.problem) documents.set(id, { ...document, problem: byOriginal.get(document.problem)! });
  for (const [id, version] of versions) if (version.problem) versions.set(id, { ...version, problem: byOriginal.get(version.problem)! });
  return { content: { entries } as PreviewContent, documents, versions, problems: located };
}

/** The default locale's slug of a document as saved (a version in another locale without a slug of its own is at it). */
function savedSlug(raw: Raw | undefined): string | null {
  return typeof raw?.slug === 'string' && raw.slug !== '' ? raw.slug : null;
}
