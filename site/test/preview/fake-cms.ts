import qs from 'qs';
import { CONTENT_TYPES, type ContentTypeName, type PopulateEntry } from '@mbc/shared';

/**
 * An in-memory Strapi 5 REST API behind a `fetch` function, for the draft preview's content store.
 * It holds documents with their relations as documentIds and answers the way Strapi does: it
 * parses the query string with qs (Strapi's settings), filters (updatedAt $gte, documentId $in),
 * sorts, pages, selects fields, and populates relations from the current state of the other side,
 * including inverse sides (a location's physicians are the physicians that list it). Like Strapi,
 * a save moves only the saved document's updatedAt, never that of the documents it links.
 *
 * Documents are kept per locale (`locale`, default en), as Strapi's i18n keeps each version of a
 * document as its own row: `?locale=` picks the versions asked for, and every answer names its locale.
 */

type Relation = { target: ContentTypeName; many: boolean } & ({ owner: true } | { owner: false; inverseOf: { type: ContentTypeName; field: string } });

const own = (target: ContentTypeName, many: boolean): Relation => ({ target, many, owner: true });
const inverse = (type: ContentTypeName, field: string): Relation => ({ target: type, many: true, owner: false, inverseOf: { type, field } });

/** The relations the site's populate presets read, per type: the owning side holds the ids. */
export const RELATIONS: Record<ContentTypeName, Record<string, Relation>> = {
  subtype: {
    reviewedBy: own('physician', false),
    treatments: inverse('treatment', 'subtypes'),
    clinicalTrials: inverse('clinicalTrial', 'subtypes'),
    physicians: inverse('physician', 'subtypes'),
  },
  treatment: { reviewedBy: own('physician', false), subtypes: own('subtype', true), clinicalTrials: inverse('clinicalTrial', 'treatments') },
  diagnosticTest: { reviewedBy: own('physician', false) },
  location: { physicians: inverse('physician', 'locations') },
  physician: { specialty: own('specialty', false), locations: own('location', true), subtypes: own('subtype', true) },
  specialty: {},
  clinicalTrial: {
    reviewedBy: own('physician', false),
    principalInvestigator: own('physician', false),
    subtypes: own('subtype', true),
    treatments: own('treatment', true),
    locations: own('location', true),
  },
  supportService: { reviewedBy: own('physician', false), locations: own('location', true) },
  conditionPage: { reviewedBy: own('physician', false), featuredSubtypes: own('subtype', true), featuredTreatments: own('treatment', true) },
  siteSettings: {},
};

/** A document as the fake keeps it: its own fields and components, and owning relations as documentIds; `locale` says which version (default en). */
export type StoredDocument = Record<string, unknown> & { documentId: string; locale?: string };

export const FAKE_DEFAULT_LOCALE = 'en';

export interface FakeCmsRequest {
  type: ContentTypeName;
  /** The query as Strapi parses it. */
  query: Record<string, unknown>;
}

export interface FakeCms {
  fetch: typeof fetch;
  requests: FakeCmsRequest[];
  /** Creates or replaces a document (by documentId); it gets a new updatedAt, later than any before. */
  save(type: ContentTypeName, document: StoredDocument): void;
  /**
   * Writes the document as a new row keeping its updatedAt, as Strapi does when it publishes an
   * older draft or discards a draft: a new id, no newer time.
   */
  rewrite(type: ContentTypeName, documentId: string, changes: Record<string, unknown>, locale?: string): void;
  /** Changes some fields of a document (its version in `locale`, default en) and saves it. */
  edit(type: ContentTypeName, documentId: string, changes: Record<string, unknown>, locale?: string): void;
  remove(type: ContentTypeName, documentId: string, locale?: string): void;
  /** The next requests this matches are answered 500, as a CMS that is down. */
  failWhen(matches: ((request: FakeCmsRequest) => boolean) | null): void;
}

export const FAKE_CMS_URL = 'http://cms.test';
export const FAKE_CMS_TOKEN = 'preview-api-token';

const QS_SETTINGS = { strictNullHandling: true, arrayLimit: 100, depth: 20 } as const;
const MAX_PAGE_SIZE = 500;

export function createFakeCms(): FakeCms {
  const documents = new Map<ContentTypeName, Map<string, StoredDocument>>(
    (Object.keys(CONTENT_TYPES) as ContentTypeName[]).map((name) => [name, new Map()]),
  );
  const requests: FakeCmsRequest[] = [];
  let nextId = 1;
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  let failing: ((request: FakeCmsRequest) => boolean) | null = null;

  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  const error = (status: number, name: string, message: string) => json(status, { data: null, error: { status, name, message, details: {} } });

  /** Where a version is kept: its locale and documentId. */
  const keyOf = (documentId: string, locale = FAKE_DEFAULT_LOCALE) => `${locale}:${documentId}`;

  function save(type: ContentTypeName, document: StoredDocument): void {
    const locale = document.locale ?? FAKE_DEFAULT_LOCALE;
    const previous = documents.get(type)!.get(keyOf(document.documentId, locale));
    const now = new Date((clock += 1000)).toISOString();
    documents.get(type)!.set(keyOf(document.documentId, locale), {
      ...document,
      locale,
      id: previous?.id ?? document.id ?? nextId++,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      // A draft that was never published.
      publishedAt: null,
    });
  }

  function rewrite(type: ContentTypeName, documentId: string, changes: Record<string, unknown>, locale?: string): void {
    const previous = documents.get(type)!.get(keyOf(documentId, locale));
    if (!previous) throw new Error(`The fake CMS has no ${type} ${documentId} to rewrite.`);
    documents.get(type)!.set(keyOf(documentId, locale), { ...previous, ...changes, id: nextId++ });
  }

  /** A linked document as a populate entry selects it: id, documentId, the chosen fields and nested components. */
  function linked(type: ContentTypeName, document: StoredDocument, selection: PopulateEntry): Record<string, unknown> {
    if (selection === true) return present(type, document, null);
    const fields = selection.fields ?? Object.keys(document);
    const nested = Object.keys(selection.populate ?? {});
    return Object.fromEntries(['id', 'documentId', ...fields, ...nested].map((field) => [field, document[field] ?? null]));
  }

  function relationValue(type: ContentTypeName, document: StoredDocument, field: string, relation: Relation, selection: PopulateEntry): unknown {
    // Relations are the same in every version (the site reads them from the default locale's).
    const targets = new Map([...documents.get(relation.target)!.values()].filter((other) => other.locale === FAKE_DEFAULT_LOCALE).map((other) => [other.documentId, other]));
    if (!relation.owner) {
      const { field: owningField } = relation.inverseOf;
      return [...targets.values()]
        .filter((other) => ([other[owningField]].flat() as unknown[]).includes(document.documentId))
        .map((other) => linked(relation.target, other, selection));
    }
    const ids = [document[field]].flat().filter((id): id is string => typeof id === 'string');
    const found = ids.flatMap((id) => (targets.has(id) ? [linked(relation.target, targets.get(id)!, selection)] : []));
    return relation.many ? found : (found[0] ?? null);
  }

  /** The document as the REST API returns it: with the type's preset populated, or only `fields` (and the components `populate` names). */
  function present(type: ContentTypeName, document: StoredDocument, fields: readonly string[] | null, components: readonly string[] = []): Record<string, unknown> {
    if (fields) return Object.fromEntries(['id', 'documentId', 'locale', ...fields, ...components].map((field) => [field, document[field] ?? null]));
    const relations = RELATIONS[type];
    const populate = CONTENT_TYPES[type].populate as Record<string, PopulateEntry>;
    const result: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(document)) if (!(field in relations)) result[field] = value;
    for (const [field, relation] of Object.entries(relations)) result[field] = relationValue(type, document, field, relation, populate[field] ?? true);
    return result;
  }

  function matchesFilters(document: StoredDocument, filters: Record<string, unknown> | undefined): boolean | 'invalid' {
    for (const [field, condition] of Object.entries(filters ?? {})) {
      if (field === '$or') {
        // qs gives an array (or an object keyed 0, 1, … past its arrayLimit).
        const alternatives = Object.values(condition as Record<string, Record<string, unknown>>).map((alternative) => matchesFilters(document, alternative));
        if (alternatives.includes('invalid')) return 'invalid';
        if (!alternatives.includes(true)) return false;
        continue;
      }
      const { $gte, $gt, $in, ...rest } = condition as { $gte?: unknown; $gt?: unknown; $in?: unknown };
      if (Object.keys(rest).length > 0) return 'invalid';
      if ($gte !== undefined && !(String(document[field]) >= String($gte))) return false;
      if ($gt !== undefined && !(Number(document[field]) > Number($gt))) return false;
      if ($in !== undefined) {
        // qs turns more than arrayLimit items into an object: Strapi refuses it.
        if (!Array.isArray($in)) return 'invalid';
        if (!$in.includes(document[field])) return false;
      }
    }
    return true;
  }

  const fakeFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    const authorization = new Headers(init?.headers).get('authorization');
    if (authorization !== `Bearer ${FAKE_CMS_TOKEN}`) return error(401, 'UnauthorizedError', 'Missing or invalid credentials');
    const restPath = url.pathname.replace(/^\/api\//, '');
    const type = (Object.keys(CONTENT_TYPES) as ContentTypeName[]).find((name) => CONTENT_TYPES[name].restPath === restPath);
    if (!type || !url.origin.startsWith(FAKE_CMS_URL)) return error(404, 'NotFoundError', 'Not Found');
    const query = qs.parse(url.search.slice(1), QS_SETTINGS) as Record<string, unknown>;
    const request = { type, query };
    requests.push(request);
    if (failing?.(request)) return error(500, 'InternalServerError', 'Internal Server Error');
    if (query.status !== 'draft' && query.status !== 'published') return error(400, 'ValidationError', 'Invalid status');

    const fields = Array.isArray(query.fields) ? (query.fields as string[]) : null;
    const populated = fields && typeof query.populate === 'object' && query.populate !== null ? Object.keys(query.populate) : [];
    const locale = typeof query.locale === 'string' ? query.locale : FAKE_DEFAULT_LOCALE;
    const all = [...documents.get(type)!.values()].filter((document) => document.locale === locale);
    if (CONTENT_TYPES[type].kind === 'single') {
      // Strapi answers 404 for a single type nobody has created (in that locale).
      return all[0] ? json(200, { data: present(type, all[0], fields, populated), meta: {} }) : error(404, 'NotFoundError', 'Not Found');
    }
    const filtered: StoredDocument[] = [];
    for (const document of all) {
      const match = matchesFilters(document, query.filters as Record<string, unknown> | undefined);
      if (match === 'invalid') return error(400, 'ValidationError', 'Invalid filters');
      if (match) filtered.push(document);
    }
    const [sortField, direction] = String(query.sort ?? 'id:asc').split(':') as [string, string];
    filtered.sort((a, b) => {
      const order = String(a[sortField]).localeCompare(String(b[sortField]), 'en', { numeric: true });
      return direction === 'desc' ? -order : order;
    });
    const pagination = (query.pagination ?? {}) as { page?: string; pageSize?: string };
    const page = Number(pagination.page ?? 1);
    const pageSize = Math.min(Number(pagination.pageSize ?? 25), MAX_PAGE_SIZE);
    const data = filtered.slice((page - 1) * pageSize, page * pageSize).map((document) => present(type, document, fields, populated));
    return json(200, { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(filtered.length / pageSize), total: filtered.length } } });
  }) as typeof fetch;

  return {
    fetch: fakeFetch,
    requests,
    save,
    rewrite,
    edit(type, documentId, changes, locale) {
      const document = documents.get(type)!.get(keyOf(documentId, locale));
      if (!document) throw new Error(`The fake CMS has no ${type} ${documentId}${locale ? ` in ${locale}` : ''}`);
      save(type, { ...document, ...changes });
    },
    remove(type, documentId, locale) {
      documents.get(type)!.delete(keyOf(documentId, locale));
    },
    failWhen(matches) {
      failing = matches;
    },
  };
}
