import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
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

/** A single locale to read, or undefined for the default one ('*' and lists mean every locale). */
function singleLocale(locale: unknown): string | undefined {
  return typeof locale === 'string' && locale !== '*' ? locale : undefined;
}

/** Loads a stored draft with the fields and relations the rules look at. */
async function storedDraft(strapi: Core.Strapi, uid: string, documentId: string, locale: unknown): Promise<Record<string, unknown> | null> {
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
    locale: singleLocale(locale),
    populate: populate as Modules.Documents.Params.Populate.Any<UID.ContentType>,
  })) as Record<string, unknown> | null;
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
 * The entry as it will be after the action, and the document it belongs to (none yet for a
 * create or a copy): the submitted data over the stored draft, or the draft itself for a publish.
 */
async function pendingEntry(
  strapi: Core.Strapi,
  save: SaveContext,
): Promise<{ entry: PendingEntry; documentId: string | undefined; mode: RuleMode } | null> {
  const { action, uid, params } = save;
  const data = action === 'publish' ? {} : (params.data ?? {});
  const stored = action === 'create' || !params.documentId ? null : await storedDraft(strapi, uid, params.documentId, params.locale);
  // Publishing a document that has no draft in this locale publishes nothing: Strapi answers that itself.
  if (action === 'publish' && !stored) return null;
  // A create or update with status 'published' publishes too (Strapi calls its own publish, not this middleware).
  const mode: RuleMode = action === 'publish' || params.status === 'published' ? 'publish' : 'save';
  const related: Record<string, RelatedRef[]> = {};
  for (const relation of RELATIONS_CHECKED[uid] ?? []) {
    related[relation] = relatedAfterSave(storedRefs(stored?.[relation]), data[relation]);
    if (mode === 'publish' && RELATIONS_PUBLISHED_AT_PUBLISH.has(relation)) {
      const target = (strapi.contentType(uid as UID.ContentType).attributes as Record<string, { target?: string }>)[relation].target;
      if (target) related[relation] = await withPublicationState(strapi, target, related[relation]);
    }
  }
  return {
    entry: { values: { ...(stored ?? {}), ...data }, related },
    documentId: action === 'update' || action === 'publish' ? params.documentId : undefined,
    mode,
  };
}

async function uniquenessErrors(strapi: Core.Strapi, uid: string, documentId: string | undefined, values: Record<string, unknown>): Promise<FieldError[]> {
  const uniqueFields: Record<string, { field: string; label: (entry: Record<string, unknown>) => string }> = {
    'api::clinical-trial.clinical-trial': { field: 'nctId', label: (entry) => `trial "${entry.title}"` },
    'api::physician.physician': { field: 'npi', label: (entry) => `physician "${entry.fullName}"` },
  };
  const unique = uniqueFields[uid];
  const value = unique && values[unique.field];
  if (!unique || typeof value !== 'string' || value === '') return [];
  const filters: Record<string, unknown> = { [unique.field]: value };
  if (documentId) filters.documentId = { $ne: documentId };
  const other = (await strapi.documents(uid as UID.ContentType).findFirst({ filters: filters as Modules.Documents.Params.Filters.Any<UID.ContentType>, status: 'draft' })) as Record<
    string,
    unknown
  > | null;
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

    const pending = await pendingEntry(strapi, save);
    if (!pending) return next();
    const fieldErrors = [
      ...checkEntry(save.uid, pending.entry, new Date(), pending.mode),
      ...(await uniquenessErrors(strapi, save.uid, pending.documentId, pending.entry.values)),
    ];
    if (fieldErrors.length > 0) {
      const prefix = save.action === 'publish' ? 'This entry cannot be published: ' : '';
      throw new errors.ValidationError(prefix + fieldErrors.map((error) => error.message).join(' '), validationDetails(fieldErrors));
    }
    return next();
  });
}
