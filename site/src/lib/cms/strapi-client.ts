import { CONTENT_TYPES, restQueryString, translationQuery, type ContentTypeName, type Populate } from '@mbc/shared';
import { entryVersion, versionPopulate, type EntryVersion } from './sync-plan';

/**
 * The one fetch client for Strapi's REST API. It reads every published entry of a content type
 * with that type's populate preset, page by page, and fails loudly when it cannot: a build from
 * half the content would publish a site with doctors or trials silently missing.
 */

/** Where progress and retries are reported; Astro's integration logger and `console` both fit. */
export interface CmsLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface FetchAllEntriesOptions {
  /** The CMS origin, e.g. http://127.0.0.1:1337 (no /api). */
  baseUrl: string;
  /** The read-only API token the CMS created for the site build (SITE_API_TOKEN). */
  token: string;
  fetch?: typeof fetch;
  /** Entries per request; 500 is the CMS's maxLimit (cms/config/api.ts). */
  pageSize?: number;
  /** Pages requested at once after the first (default 4). */
  concurrency?: number;
  /** Further attempts after a transient failure (network, timeout, 408, 429, 5xx). */
  retries?: number;
  /** Wait before the first retry; doubles with every further one. */
  backoffMs?: number;
  /** Per request, including reading the body. */
  timeoutMs?: number;
  /** Injectable so tests need no timers. */
  sleep?: (ms: number) => Promise<void>;
  logger?: CmsLogger;
  /** Which version (default published; drafts only for the draft preview server's token). */
  status?: 'draft' | 'published';
  /** Only entries matching these Strapi filters, e.g. changed since a time or with given documentIds. */
  filters?: Readonly<Record<string, unknown>>;
  /** Only these fields, and no relations unless `populate` is given (default: the type's populate preset, every field). */
  fields?: readonly string[];
  /** Populate these instead of the type's preset (the incremental sync's version list: sync-plan.ts). */
  populate?: Populate;
  /** The environment variable the token comes from, for messages (default SITE_API_TOKEN). */
  tokenVariable?: string;
  /** Which language's versions (default: the CMS's default locale). */
  locale?: string;
}

/** Reading the CMS failed; the message says what to check. */
export class CmsFetchError extends Error {
  override name = 'CmsFetchError';

  constructor(
    message: string,
    readonly contentType: ContentTypeName,
    readonly url: string,
    /** The last HTTP status, if the CMS answered at all. */
    readonly status?: number,
    readonly attempts = 1,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Fewer, larger pages: Strapi's cost per request dominates (10,000 physicians: 15 s in pages of 100, 7 s in pages of 500). */
const DEFAULT_PAGE_SIZE = 500;
const DEFAULT_RETRIES = 4;
/** Strapi answers a few populated pages at once faster than one after another; more only queue up in its database pool. */
const DEFAULT_CONCURRENCY = 4;
const DEFAULT_BACKOFF_MS = 500;
const DEFAULT_TIMEOUT_MS = 30_000;
/** A Retry-After longer than this is not honoured; the build would rather fail and say why. */
const MAX_RETRY_AFTER_MS = 30_000;

/** Statuses that say "try again later" rather than "this request is wrong". */
function isTransientStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

interface StrapiPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/**
 * Every published entry of `name`, exactly as Strapi returns it (not yet parsed). Collection
 * types come back in id order; a single type is a one-element array, and an unpublished or
 * missing single type is an error naming it.
 */
export async function fetchAllEntries(name: ContentTypeName, options: FetchAllEntriesOptions): Promise<unknown[]> {
  const contract = CONTENT_TYPES[name];
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const endpoint = `${baseUrl}/api/${contract.restPath}`;
  const populate = options.populate ?? (options.fields ? undefined : contract.populate);
  const selection = { status: options.status, filters: options.filters, fields: options.fields, populate, locale: options.locale };

  if (contract.kind === 'single') {
    const url = withQuery(endpoint, restQueryString(selection));
    const body = await getJson(name, url, options);
    const data = (body as { data?: unknown }).data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new CmsFetchError(
        `The CMS has no published ${describeType(name)}: GET ${readableUrl(url)} answered 200 without an entry. ` +
          `Publish the ${describeType(name)} in the CMS admin; the site cannot be built without it.`,
        name,
        url,
        200,
      );
    }
    return [data];
  }

  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const pageUrl = (page: number) => withQuery(endpoint, restQueryString({ ...selection, sort: 'id:asc', page, pageSize }));
  const readPage = async (page: number) => {
    const url = pageUrl(page);
    const body = (await getJson(name, url, options)) as { data?: unknown; meta?: { pagination?: Partial<StrapiPagination> } };
    const pagination = body.meta?.pagination;
    if (!Array.isArray(body.data) || !isPagination(pagination)) {
      throw new CmsFetchError(
        `Could not read ${restPathOf(name)} from the CMS: GET ${readableUrl(url)} answered 200 but not with ` +
          `Strapi's list format ({ data: [...], meta: { pagination } }). Is ${baseUrl} a Strapi 5 CMS?`,
        name,
        url,
        200,
      );
    }
    return { url, data: body.data as unknown[], pagination };
  };

  // Page 1 says how many pages there are (pageCount, not our pageSize: the CMS may cap the page
  // size lower than we asked); the rest are read a few at a time, and kept in page order.
  const first = await readPage(1);
  const firstPagination = first.pagination;
  const pages: { url: string; data: unknown[]; pagination: StrapiPagination }[] = [first];
  const remaining = first.data.length === 0 ? [] : Array.from({ length: Math.max(0, firstPagination.pageCount - 1) }, (_, index) => index + 2);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  for (let start = 0; start < remaining.length; start += concurrency) {
    pages.push(...(await Promise.all(remaining.slice(start, start + concurrency).map(readPage))));
  }
  for (const page of pages) {
    if (page.pagination.total !== firstPagination.total) {
      // An editor published or deleted while we were paging: an id-sorted page may have shifted.
      throw new CmsFetchError(
        `The ${restPathOf(name)} in the CMS changed while the build was reading them ` +
          `(${firstPagination.total} entries on page 1, ${page.pagination.total} on page ${page.pagination.page}). Run the build again.`,
        name,
        page.url,
        200,
      );
    }
  }
  const entries = pages.flatMap((page) => page.data);
  const lastUrl = pages.at(-1)!.url;

  const total = firstPagination.total;
  if (entries.length !== total) {
    throw new CmsFetchError(
      `Could not read all ${restPathOf(name)} from the CMS: it reported ${total} entries ` +
        `(meta.pagination.total) but the pages held ${entries.length} (last request: GET ${readableUrl(lastUrl)}). ` +
        `Run the build again; if it persists, check the CMS's pagination settings (cms/config/api.ts).`,
      name,
      lastUrl,
      200,
    );
  }
  return entries;
}

/**
 * The cheap list of a collection type, for the incremental sync (sync-plan.ts): every published
 * entry's version (its row and the rows of what it embeds, without their content), in id order.
 */
export async function fetchEntryVersions(name: ContentTypeName, options: FetchAllEntriesOptions): Promise<EntryVersion[]> {
  const rows = await fetchAllEntries(name, { ...options, fields: ['updatedAt'], populate: versionPopulate(CONTENT_TYPES[name].populate) });
  return rows.map(entryVersion);
}

/**
 * Every published version of the type in `locale` (not the default one), with only its translated
 * fields (translationQuery). A document without a version in that locale is simply not listed; a
 * single type without one is none. Versions the CMS gives in another locale are left out: a
 * type that is not localized answers every `locale` with its only version, which is no translation.
 */
export async function fetchTranslations(name: ContentTypeName, locale: string, options: FetchAllEntriesOptions): Promise<unknown[]> {
  const { fields, populate } = translationQuery(name);
  let versions: unknown[];
  try {
    versions = await fetchAllEntries(name, { ...options, locale, fields, populate });
  } catch (error) {
    if (CONTENT_TYPES[name].kind === 'single' && error instanceof CmsFetchError && (error.status === 404 || error.status === 200)) return [];
    throw error;
  }
  return versions.filter((version) => (version as { locale?: unknown } | null)?.locale === locale);
}

/** Documents per request by documentId: Strapi parses at most 100 array items in a query (its qs arrayLimit). */
export const DOCUMENTS_PER_REQUEST = 100;

/**
 * The published entries with these documentIds, in full (the type's populate preset), in the
 * order asked. An entry unpublished or deleted since it was listed is an error: the caller's
 * list is out of date.
 */
export async function fetchEntriesByDocumentId(name: ContentTypeName, documentIds: readonly string[], options: FetchAllEntriesOptions): Promise<unknown[]> {
  const batches: string[][] = [];
  for (let start = 0; start < documentIds.length; start += DOCUMENTS_PER_REQUEST) batches.push(documentIds.slice(start, start + DOCUMENTS_PER_REQUEST));
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const byDocumentId = new Map<string, unknown>();
  for (let start = 0; start < batches.length; start += concurrency) {
    const answers = await Promise.all(
      batches.slice(start, start + concurrency).map((batch) => fetchAllEntries(name, { ...options, filters: { ...options.filters, documentId: { $in: batch } } })),
    );
    for (const entry of answers.flat()) byDocumentId.set((entry as { documentId?: string }).documentId ?? '', entry);
  }
  const missing = documentIds.filter((documentId) => !byDocumentId.has(documentId));
  if (missing.length > 0) {
    throw new CmsFetchError(
      `${missing.length} of the ${documentIds.length} ${restPathOf(name)} asked for by documentId are no longer published (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): the CMS changed while the build was reading it.`,
      name,
      `${options.baseUrl}/api/${CONTENT_TYPES[name].restPath}`,
      200,
    );
  }
  return documentIds.map((documentId) => byDocumentId.get(documentId));
}

/**
 * How many entries a type has in the CMS, when the latest of them changed, and its newest row id
 * (each null if it has none).
 */
export interface ContentVersion {
  total: number;
  latestUpdate: string | null;
  /**
   * Strapi writes a new row when it publishes or discards a draft, keeping the draft's updatedAt:
   * a version republished from an older draft moves neither the count nor the newest time, only this.
   */
  latestId: number | null;
}

/**
 * Two small requests that tell whether a type changed: its entry count and newest updatedAt (an
 * edit moves the newest time, a creation too, a deletion the count), and its newest row id (a
 * publish or a discarded draft writes a new row). The draft preview asks this of every type on
 * every request, so what it renders is never older than the CMS. In `options.locale`, if given:
 * that language's versions.
 */
export async function fetchContentVersion(name: ContentTypeName, options: FetchAllEntriesOptions): Promise<ContentVersion> {
  const contract = CONTENT_TYPES[name];
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const endpoint = `${baseUrl}/api/${contract.restPath}`;
  const single = contract.kind === 'single';
  const newest = async (sort: string) => {
    const url = withQuery(endpoint, restQueryString({ status: options.status, locale: options.locale, fields: ['updatedAt'], ...(single ? {} : { sort, page: 1, pageSize: 1 }) }));
    let body: { data?: unknown; meta?: { pagination?: Partial<StrapiPagination> } };
    try {
      body = (await getJson(name, url, options)) as typeof body;
    } catch (error) {
      // A single type that does not exist (in this version) yet is a version too: none.
      if (single && error instanceof CmsFetchError && error.status === 404) return { total: 0, entry: undefined };
      throw error;
    }
    const entries = single ? (body.data ? [body.data] : []) : body.data;
    const total = single ? (entries as unknown[]).length : body.meta?.pagination?.total;
    if (!Array.isArray(entries) || typeof total !== 'number') {
      throw new CmsFetchError(`Could not read ${restPathOf(name)} from the CMS: GET ${readableUrl(url)} answered 200 but not in Strapi's format.`, name, url, 200);
    }
    return { total, entry: entries[0] as { updatedAt?: unknown; id?: unknown } | undefined };
  };
  const [byUpdate, byId] = single ? await newest('').then((answer) => [answer, answer]) : await Promise.all([newest('updatedAt:desc'), newest('id:desc')]);
  const latestUpdate = byUpdate.entry?.updatedAt;
  const latestId = byId.entry?.id;
  return { total: byUpdate.total, latestUpdate: typeof latestUpdate === 'string' ? latestUpdate : null, latestId: typeof latestId === 'number' ? latestId : null };
}

/** GET with the token, retrying transient failures with exponential backoff; returns parsed JSON. */
async function getJson(name: ContentTypeName, url: string, options: FetchAllEntriesOptions): Promise<unknown> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxAttempts = retries + 1;

  for (let attempt = 1; ; attempt++) {
    let failure: string;
    let status: number | undefined;
    let cause: unknown;
    let retryAfterMs: number | undefined;
    try {
      const response = await fetchImpl(url, {
        headers: { Authorization: `Bearer ${options.token}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      if (response.ok) {
        const text = await response.text();
        return parseJson(name, url, text);
      }
      const text = await response.text().catch(() => '');
      if (status === 401 || status === 403) throw tokenRefused(name, url, status, response.statusText, text, options.tokenVariable ?? 'SITE_API_TOKEN');
      if (status === 404 && CONTENT_TYPES[name].kind === 'single') {
        throw new CmsFetchError(
          `The CMS has no published ${describeType(name)}: GET ${readableUrl(url)} answered 404 Not Found. ` +
            `Publish the ${describeType(name)} in the CMS admin; the site cannot be built without it.`,
          name,
          url,
          404,
          attempt,
        );
      }
      failure = `answered ${status} ${response.statusText || ''}`.trimEnd() + strapiErrorDetail(text);
      if (!isTransientStatus(status)) {
        throw new CmsFetchError(`Could not read ${restPathOf(name)} from the CMS: GET ${readableUrl(url)} ${failure}.`, name, url, status, attempt);
      }
      retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    } catch (error) {
      if (error instanceof CmsFetchError) throw error;
      // fetch rejects on refused connections, resets, DNS failures and our timeout: all transient.
      status = undefined;
      cause = error;
      failure = `failed (${describeNetworkError(error, timeoutMs)})`;
    }

    if (attempt >= maxAttempts) {
      const hint = status === undefined ? ` Is the CMS running at ${new URL(url).origin} (STRAPI_URL)?` : '';
      throw new CmsFetchError(
        `Could not read ${restPathOf(name)} from the CMS: GET ${readableUrl(url)} ${failure} after ${attempt} attempt${attempt === 1 ? '' : 's'}.${hint}`,
        name,
        url,
        status,
        attempt,
        cause === undefined ? undefined : { cause },
      );
    }
    const delay = Math.max(backoffMs * 2 ** (attempt - 1), Math.min(retryAfterMs ?? 0, MAX_RETRY_AFTER_MS));
    options.logger?.warn(
      `${restPathOf(name)}: GET ${shortUrl(url)} ${failure}; retrying in ${delay} ms (attempt ${attempt + 1} of ${maxAttempts}).`,
    );
    await sleep(delay);
  }
}

function tokenRefused(name: ContentTypeName, url: string, status: number, statusText: string, body: string, tokenVariable: string): CmsFetchError {
  const reason =
    status === 401
      ? 'The CMS does not know this token: it may come from another CMS database (a reset database creates a new one).'
      : `The token is known but may not read ${CONTENT_TYPES[name].uid}: check its permissions under Settings → API Tokens.`;
  return new CmsFetchError(
    `The CMS refused the ${tokenVariable === 'SITE_API_TOKEN' ? 'site-build' : tokenVariable} token (${status}${statusText ? ` ${statusText}` : ''}) for ${restPathOf(name)} at ` +
      `${readableUrl(url)}${strapiErrorDetail(body)}. Check ${tokenVariable}: it must be the read-only token the CMS ` +
      `created (cms/.env), for the CMS at ${new URL(url).origin}. ${reason}`,
    name,
    url,
    status,
  );
}

function parseJson(name: ContentTypeName, url: string, text: string): unknown {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === 'object' && body !== null) return body;
  } catch {
    // reported below
  }
  throw new CmsFetchError(
    `Could not read ${restPathOf(name)} from the CMS: GET ${readableUrl(url)} answered 200 but not with JSON ` +
      `(starts with ${JSON.stringify(text.slice(0, 80))}). Does STRAPI_URL point at the CMS?`,
    name,
    url,
    200,
  );
}

/** Strapi explains 4xx answers in { error: { message } }; pass that on. */
function strapiErrorDetail(body: string): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    return typeof message === 'string' && message ? ` ("${message}")` : '';
  } catch {
    return '';
  }
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return `no answer within ${timeoutMs / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  if (cause && typeof cause.code === 'string') return typeof cause.message === 'string' ? cause.message : cause.code;
  if (cause && typeof cause.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function isPagination(value: Partial<StrapiPagination> | undefined): value is StrapiPagination {
  return (
    value !== undefined &&
    Number.isInteger(value.page) &&
    Number.isInteger(value.pageSize) &&
    Number.isInteger(value.pageCount) &&
    Number.isInteger(value.total)
  );
}

function withQuery(endpoint: string, query: string): string {
  return query ? `${endpoint}?${query}` : endpoint;
}

/** The URL as an engineer reads it: brackets instead of %5B%5D. */
function readableUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** For progress lines: the endpoint and page, without the long populate query. */
function shortUrl(url: string): string {
  const parsed = new URL(url);
  const page = parsed.searchParams.get('pagination[page]');
  return `${parsed.origin}${parsed.pathname}${page ? ` (page ${page})` : ''}`;
}

/** 'clinicalTrial' → 'clinical trial' */
export function describeType(name: ContentTypeName): string {
  return name.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/** The REST collection name, as engineers see it in URLs and logs: 'clinical-trials'. */
export function restPathOf(name: ContentTypeName): string {
  return CONTENT_TYPES[name].restPath;
}
