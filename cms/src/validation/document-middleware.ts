import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DEFAULT_LOCALE, LOCALES, contentTypeNamed, isLocalizedField } from '@mbc/shared';
import {
  CONTENT_RULES,
  RELATIONS_CHECKED,
  RELATIONS_PUBLISHED_AT_PUBLISH,
  checkEntry,
  relatedAfterSave,
  type FieldError,
  type PendingEntry,
  type RuleMode,
} from './content-rules';
import { validationDetails } from './field-messages';
import type { RelatedRef } from './relation-input';

/**
 * Every way a document gets content: a new entry, a save, a copy of another entry (the admin's
 * Duplicate, whose form lets the editor change fields) and a publish (one entry, or many from the
 * list view's bulk publish, which calls publish once per document). Create and update with
 * status "published" publish without a separate call; their data is checked as a create or update.
 */
const CHECKED_ACTIONS = new Set(['create', 'update', 'clone', 'publish']);

type SaveContext = {
  uid: string;
  action: string;
  params: { data?: Record<string, unknown>; documentId?: string; locale?: unknown; status?: unknown };
};

/** Whether Strapi keeps a version per locale of this type's documents (every type the site reads). */
function isLocalized(strapi: Core.Strapi, uid: string): boolean {
  return (strapi.contentType(uid as UID.ContentType) as { pluginOptions?: { i18n?: { localized?: boolean } } }).pluginOptions?.i18n?.localized === true;
}

/**
 * The locales an action writes: the one it names, else the default one (as Strapi does); for a
 * publish of several ('*' or a list), each of them. undefined for a type without locales.
 */
async function localesWritten(strapi: Core.Strapi, save: SaveContext): Promise<(string | undefined)[]> {
  if (!isLocalized(strapi, save.uid)) return [undefined];
  const { locale, documentId } = save.params;
  if (Array.isArray(locale)) return locale.filter((code): code is string => typeof code === 'string');
  if (locale === '*') {
    if (!documentId) return [DEFAULT_LOCALE];
    const drafts = (await strapi.db.query(save.uid as UID.Schema).findMany({ where: { documentId, publishedAt: null }, select: ['locale'] })) as { locale: string }[];
    return drafts.map((draft) => draft.locale);
  }
  return [typeof locale === 'string' && locale !== '' ? locale : DEFAULT_LOCALE];
}

/** Loads a stored draft with the fields and relations the rules look at. */
async function storedDraft(strapi: Core.Strapi, uid: string, documentId: string, locale: string | undefined): Promise<Record<string, unknown> | null> {
  const contentType = strapi.contentType(uid as UID.ContentType);
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(contentType.attributes as Record<string, { type: string }>)) {
    if (attribute.type === 'component' || attribute.type === 'media') populate[name] = true;
    if (attribute.type === 'relation' && (RELATIONS_CHECKED[uid] ?? []).includes(name)) {
      populate[name] = { fields: ['documentId'] };
    }
  }
  return (await strapi.documents(uid as UID.ContentType).findOne({
    documentId,
    status: 'draft',
    ...(locale ? { locale } : {}),
    populate: populate as Modules.Documents.Params.Populate.Any<UID.ContentType>,
  })) as Record<string, unknown> | null;
}

/** The fields of a version every locale shares (those LOCALIZED_FIELDS does not list). */
function sharedFieldsOf(uid: string, version: Record<string, unknown>): Record<string, unknown> {
  const name = contentTypeNamed(uid);
  if (!name) return {};
  return Object.fromEntries(Object.entries(version).filter(([field]) => !isLocalizedField(name, field)));
}

/** Marks each ref with whether its entry has a published version (a relation to a draft is empty on the site). */
async function withPublicationState(strapi: Core.Strapi, targetUid: string, refs: RelatedRef[]): Promise<RelatedRef[]> {
  if (refs.length === 0) return refs;
  const query = strapi.db.query(targetUid as UID.Schema);
  const ids = refs.filter((ref) => !ref.documentId && ref.id !== undefined).map((ref) => ref.id!);
  const byId = new Map(
    (ids.length > 0 ? await query.findMany({ where: { id: { $in: ids } }, select: ['id', 'documentId'] }) : []).map((row: { id: number; documentId: string }) => [row.id, row.documentId]),
  );
  const documentIdOf = (ref: RelatedRef) => ref.documentId ?? (ref.id !== undefined ? byId.get(ref.id) : undefined);
  const documentIds = refs.map(documentIdOf).filter((documentId): documentId is string => documentId !== undefined);
  const published = new Set(
    (await query.findMany({ where: { documentId: { $in: documentIds }, publishedAt: { $notNull: true } }, select: ['documentId'] })).map(
      (row: { documentId: string }) => row.documentId,
    ),
  );
  return refs.map((ref) => ({ ...ref, published: published.has(documentIdOf(ref) ?? '') }));
}

function storedRefs(value: unknown): RelatedRef[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((entry: { documentId?: string; id?: number }) => ({ documentId: entry.documentId, id: entry.id }));
}

/**
 * The entry as it will be after the action in one locale, and the document it belongs to (none
 * yet for a create or a copy): the submitted data over the stored draft, or the draft itself for a
 * publish.
 *
 * Another locale than the default one takes its relations from the default locale's version:
 * Strapi keeps relations per locale, and the site reads each document's relations from its
 * default-locale version for every language. So a Spanish version is checked with the English
 * version's reviewer and locations, whatever its own relations hold; and a new locale version,
 * which Strapi fills with the shared fields of the document's other version, is checked with them.
 */
async function pendingEntry(
  strapi: Core.Strapi,
  save: SaveContext,
  locale: string | undefined,
): Promise<{ entry: PendingEntry; documentId: string | undefined; mode: RuleMode } | null> {
  const { action, uid, params } = save;
  const data = action === 'publish' ? {} : (params.data ?? {});
  const documentId = action === 'create' ? undefined : params.documentId;
  const stored = documentId ? await storedDraft(strapi, uid, documentId, locale) : null;
  // Publishing a document that has no draft in this locale publishes nothing: Strapi answers that itself.
  if (action === 'publish' && !stored) return null;
  const defaultVersion = documentId && locale !== undefined && locale !== DEFAULT_LOCALE ? await storedDraft(strapi, uid, documentId, DEFAULT_LOCALE) : null;
  // A create or update with status 'published' publishes too (Strapi calls its own publish, not this middleware).
  const mode: RuleMode = action === 'publish' || params.status === 'published' ? 'publish' : 'save';
  const related: Record<string, RelatedRef[]> = {};
  for (const relation of RELATIONS_CHECKED[uid] ?? []) {
    related[relation] = defaultVersion ? storedRefs(defaultVersion[relation]) : relatedAfterSave(storedRefs(stored?.[relation]), data[relation]);
    if (mode === 'publish' && RELATIONS_PUBLISHED_AT_PUBLISH.has(relation)) {
      const target = (strapi.contentType(uid as UID.ContentType).attributes as Record<string, { target?: string }>)[relation].target;
      if (target) related[relation] = await withPublicationState(strapi, target, related[relation]);
    }
  }
  const base = stored ?? (defaultVersion ? sharedFieldsOf(uid, defaultVersion) : {});
  return {
    entry: { values: { ...base, ...data }, related },
    documentId: action === 'update' || action === 'publish' ? params.documentId : undefined,
    mode,
  };
}

/** "Spanish (es)": how the admin names a locale. */
function localeName(code: string): string {
  return LOCALES.find((locale) => locale.code === code)?.adminName ?? code;
}

/**
 * Another locale's version goes live only after the default locale's: the site takes every
 * language's relations (reviewer, locations…) from the published default-locale version.
 */
async function defaultLocaleFirst(strapi: Core.Strapi, uid: string, documentId: string | undefined, locale: string, publishing: readonly (string | undefined)[]): Promise<FieldError[]> {
  if (locale === DEFAULT_LOCALE || !documentId || publishing.includes(DEFAULT_LOCALE)) return [];
  const published = await strapi.db.query(uid as UID.Schema).count({ where: { documentId, locale: DEFAULT_LOCALE, publishedAt: { $notNull: true } } });
  if (published > 0) return [];
  return [
    {
      path: ['locale'],
      message: `Publish the ${localeName(DEFAULT_LOCALE)} version first: the ${localeName(locale)} version takes its relations (reviewer, locations and the other links) from it, so it cannot go live alone.`,
    },
  ];
}

/**
 * NPI and NCT id are unique per document: a document's locales share them (Strapi copies them to
 * each version), so only another document's version, in any locale, is a conflict.
 */
async function uniquenessErrors(strapi: Core.Strapi, uid: string, documentId: string | undefined, values: Record<string, unknown>): Promise<FieldError[]> {
  const uniqueFields: Record<string, { field: string; label: (entry: Record<string, unknown>) => string }> = {
    'api::clinical-trial.clinical-trial': { field: 'nctId', label: (entry) => `trial "${entry.title}"` },
    'api::physician.physician': { field: 'npi', label: (entry) => `physician "${entry.fullName}"` },
  };
  const unique = uniqueFields[uid];
  const value = unique && values[unique.field];
  if (!unique || typeof value !== 'string' || value === '') return [];
  const where: Record<string, unknown> = { [unique.field]: value };
  if (documentId) where.documentId = { $ne: documentId };
  const other = (await strapi.db.query(uid as UID.Schema).findOne({ where, orderBy: [{ locale: 'asc' }] })) as Record<string, unknown> | null;
  if (!other) return [];
  return [{ path: [unique.field], message: `${unique.field} ${value} is already used by ${unique.label(other)}; each must be unique.` }];
}

/**
 * Every create, save, copy and publish through the Document Service (admin, bulk actions, REST,
 * seed, scripts) passes these rules, so bad data is refused wherever it comes from, with a
 * message naming the field.
 */
export function registerContentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const save = context as unknown as SaveContext;
    if (!CHECKED_ACTIONS.has(save.action) || !CONTENT_RULES[save.uid]) return next();

    const locales = await localesWritten(strapi, save);
    const refusals: string[] = [];
    const fieldErrors: FieldError[] = [];
    for (const locale of locales) {
      const pending = await pendingEntry(strapi, save, locale);
      if (!pending) continue;
      const errorsHere = [
        ...checkEntry(save.uid, pending.entry, new Date(), pending.mode),
        ...(await uniquenessErrors(strapi, save.uid, pending.documentId, pending.entry.values)),
        ...(pending.mode === 'publish' && locale !== undefined ? await defaultLocaleFirst(strapi, save.uid, pending.documentId, locale, locales) : []),
      ];
      if (errorsHere.length === 0) continue;
      fieldErrors.push(...errorsHere);
      // The default locale's messages read as before; another locale's say which version they are about.
      const version = locale !== undefined && locale !== DEFAULT_LOCALE ? `${localeName(locale)} version: ` : '';
      refusals.push(version + errorsHere.map((error) => error.message).join(' '));
    }
    if (fieldErrors.length > 0) {
      const prefix = save.action === 'publish' ? 'This entry cannot be published: ' : '';
      throw new errors.ValidationError(prefix + refusals.join(' '), validationDetails(fieldErrors));
    }
    return next();
  });
}
