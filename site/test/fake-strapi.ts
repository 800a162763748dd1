import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake Strapi 5 REST API on a real HTTP port, so the client is tested through real fetch,
 * real sockets and real status codes. Each test decides what every request gets.
 */

export interface FakeRequest {
  /** 1-based, across the server's life. */
  index: number;
  url: URL;
  authorization: string | undefined;
}

export type FakeResponse = { status: number; statusText?: string; body?: unknown; headers?: Record<string, string> } | 'hang';

export type FakeHandler = (request: FakeRequest) => FakeResponse;

export interface FakeStrapi {
  baseUrl: string;
  port: number;
  requests: FakeRequest[];
  close(): Promise<void>;
}

export async function startFakeStrapi(handler: FakeHandler, port = 0): Promise<FakeStrapi> {
  const requests: FakeRequest[] = [];
  const hanging = new Set<IncomingMessage>();
  const server: Server = createServer((incoming, outgoing) => {
    const request: FakeRequest = {
      index: requests.length + 1,
      url: new URL(incoming.url ?? '/', 'http://fake-strapi'),
      authorization: incoming.headers.authorization,
    };
    requests.push(request);
    const response = handler(request);
    if (response === 'hang') {
      hanging.add(incoming);
      return;
    }
    outgoing.writeHead(response.status, response.statusText, { 'content-type': 'application/json', ...response.headers });
    outgoing.end(response.body === undefined ? '' : typeof response.body === 'string' ? response.body : JSON.stringify(response.body));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    baseUrl: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const request of hanging) request.socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface CollectionOptions {
  /** Strapi caps pageSize at its maxLimit; mimic a CMS configured lower than the client asks. */
  maxPageSize?: number;
  /** Report a different meta.pagination.total than the entries served (a lying or inconsistent CMS). */
  reportedTotal?: (actualTotal: number) => number;
}

/**
 * Serves GET /api/<plural> lists with Strapi's pagination and /api/<single> single types; 404 otherwise.
 * Lists honour `filters[documentId][$in]` and a `fields` selection (the incremental sync's version
 * list): see selectFields.
 */
export function strapiContent(
  collections: Record<string, readonly unknown[]>,
  singles: Record<string, unknown> = {},
  options: CollectionOptions = {},
): FakeHandler {
  return ({ url }) => {
    const segment = url.pathname.replace(/^\/api\//, '');
    if (segment in singles) return { status: 200, body: { data: singles[segment], meta: {} } };
    const entries = collections[segment];
    if (!entries) return notFound();
    const wanted = documentIdFilter(url);
    const matching = wanted ? entries.filter((entry) => wanted.has((entry as FakeEntry).documentId)) : entries;
    const selected = url.searchParams.has('fields[0]') ? matching.map((entry) => selectFields(entry as FakeEntry, url, collections)) : matching;
    return { status: 200, body: strapiPage(selected, url, options) };
  };
}

type FakeEntry = { id: number; documentId: string } & Record<string, unknown>;

/** The documentIds of `filters[documentId][$in][i]`, or undefined when the request has no such filter. */
function documentIdFilter(url: URL): Set<string> | undefined {
  const ids = [...url.searchParams].filter(([key]) => /^filters\[documentId\]\[\$in\]\[\d+\]$/.test(key)).map(([, value]) => value);
  return ids.length > 0 || url.searchParams.has('filters[documentId][$in]') ? new Set(ids) : undefined;
}

/**
 * An entry as Strapi answers `fields[..]` and `populate[relation][fields][..]`: its id, documentId
 * and the fields asked for, and each populated relation's id, documentId and fields. Like the CMS,
 * a related entry's fields are its current ones: looked up by documentId among all the
 * collections, so editing a location (its row id and updatedAt) shows in its physicians' rows.
 */
function selectFields(entry: FakeEntry, url: URL, collections: Record<string, readonly unknown[]>): Record<string, unknown> {
  const fieldsOf = (prefix: string) =>
    [...url.searchParams].filter(([key]) => key.startsWith(`${prefix}[`) && /^\d+\]$/.test(key.slice(prefix.length + 1))).map(([, value]) => value);
  const pick = (source: Record<string, unknown>, fields: readonly string[]) =>
    Object.fromEntries([['id', source.id], ['documentId', source.documentId], ...fields.map((field) => [field, source[field]])]);
  const current = (related: FakeEntry) =>
    (Object.values(collections)
      .flat()
      .find((candidate) => (candidate as FakeEntry).documentId === related.documentId) as FakeEntry | undefined) ?? related;
  const selected = pick(entry, fieldsOf('fields'));
  const relations = new Set([...url.searchParams.keys()].map((key) => /^populate\[([^\]]+)\]\[fields\]/.exec(key)?.[1]).filter(Boolean) as string[]);
  for (const relation of relations) {
    const fields = fieldsOf(`populate[${relation}][fields]`);
    const value = entry[relation] as FakeEntry | FakeEntry[] | null | undefined;
    selected[relation] = Array.isArray(value) ? value.map((item) => pick(current(item), fields)) : value ? pick(current(value), fields) : null;
  }
  return selected;
}

export function strapiPage(entries: readonly unknown[], url: URL, options: CollectionOptions = {}) {
  const page = Number(url.searchParams.get('pagination[page]') ?? 1);
  const requested = Number(url.searchParams.get('pagination[pageSize]') ?? 25);
  const pageSize = Math.min(requested, options.maxPageSize ?? 500);
  const total = options.reportedTotal ? options.reportedTotal(entries.length) : entries.length;
  return {
    data: entries.slice((page - 1) * pageSize, page * pageSize),
    meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
  };
}

export function notFound(): FakeResponse {
  return { status: 404, body: { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found', details: {} } } };
}

/** What Strapi answers for a missing or unknown token. */
export function unauthorized(): FakeResponse {
  return {
    status: 401,
    body: { data: null, error: { status: 401, name: 'UnauthorizedError', message: 'Missing or invalid credentials', details: {} } },
  };
}

/** Records the waits instead of waiting. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}
