import type { Core, Modules, UID } from '@strapi/strapi';
import type { EntryToFix, ReportedFailure } from './status';

/**
 * The entry an editor must fix, from the entry a failed build named. The site build names the
 * entry it was reading when the content contract refused a field, and that field may belong to
 * another entry it links to: "subtype 'her2-low', field physicians[0].slug" is a physician's
 * slug. The CMS knows the relations, so it follows the path to the linked entry.
 */

type Attribute = { type: string; component?: string; repeatable?: boolean; target?: string; relation?: string };
/** Attributes of a content type or component by uid (strapi.contentTypes / strapi.components). */
export type SchemaLookup = (uid: string) => Record<string, Attribute> | undefined;

/** "physicians[0].slug" → ['physicians', 0, 'slug']. */
export function pathSegments(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((segment) => segment !== undefined && segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Where a refused field's path leaves the entry for a linked one, or null when the field is the entry's own. */
export type ThroughRelation = {
  /** Segments up to the relation (components on the way, with their row), then the relation's name. */
  relationPath: (string | number)[];
  /** The linked entry's position in a to-many relation. */
  index: number | null;
  targetUid: string;
  /** The field on the linked entry. */
  field: string;
};

export function throughRelation(schemaOf: SchemaLookup, uid: string, segments: (string | number)[]): ThroughRelation | null {
  let attributes = schemaOf(uid);
  let position = 0;
  while (attributes && position < segments.length) {
    const name = segments[position];
    const attribute = typeof name === 'string' ? attributes[name] : undefined;
    if (!attribute) return null;
    position += 1;
    if (attribute.type === 'component' && attribute.component) {
      if (attribute.repeatable && typeof segments[position] === 'number') position += 1;
      attributes = schemaOf(attribute.component);
      continue;
    }
    if (attribute.type === 'relation' && attribute.target) {
      const relationPath = segments.slice(0, position);
      const index = typeof segments[position] === 'number' ? (segments[position] as number) : null;
      if (index !== null) position += 1;
      return { relationPath, index, targetUid: attribute.target, field: segments.slice(position).join('.') };
    }
    return null;
  }
  return null;
}

/** The populate that reads `relationPath` down to the linked entries' fields. */
export function populateAlong(relationPath: (string | number)[], fields: string[]): Record<string, unknown> {
  const [relation, ...outer] = relationPath.filter((segment): segment is string => typeof segment === 'string').reverse();
  let populate: Record<string, unknown> = { [relation]: { fields } };
  for (const component of outer) populate = { [component]: { populate } };
  return populate;
}

function valueAt(entry: unknown, segments: (string | number)[]): unknown {
  let value = entry;
  for (const segment of segments) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** "site settings" → api::site-setting.site-setting (singular or plural name, words or hyphens). */
function contentTypeNamed(strapi: Core.Strapi, words: string): string | null {
  const name = words.trim().replace(/\s+/g, '-');
  const match = Object.values(strapi.contentTypes).find(
    (contentType) => contentType.uid.startsWith('api::') && (contentType.info.singularName === name || contentType.info.pluralName === name),
  );
  return match?.uid ?? null;
}

const typeWords = (strapi: Core.Strapi, uid: string) => strapi.contentType(uid as UID.ContentType).info.singularName.replace(/-/g, ' ');

/** The field the admin titles an entry with (its list's main field). */
async function titleField(strapi: Core.Strapi, uid: string): Promise<string | null> {
  const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration(strapi.contentType(uid as UID.ContentType));
  const mainField = configuration?.settings?.mainField;
  return typeof mainField === 'string' && mainField !== 'id' ? mainField : null;
}

function fieldsFor(strapi: Core.Strapi, uid: string, titled: string | null): string[] {
  const attributes = strapi.contentType(uid as UID.ContentType).attributes as Record<string, unknown>;
  return ['slug', ...(titled ? [titled] : [])].filter((field) => field in attributes);
}

/**
 * The entry to fix for a reported failure: the named entry itself, or the linked entry the
 * refused field belongs to. Reads the published versions: those are what the site builds from.
 */
export async function entryToFix(strapi: Core.Strapi, reported: ReportedFailure): Promise<EntryToFix> {
  const uid = contentTypeNamed(strapi, reported.type);
  const named: EntryToFix = {
    uid,
    type: reported.type,
    documentId: reported.documentId,
    slug: reported.slug,
    name: null,
    field: reported.field,
    message: reported.message,
    linkedFrom: null,
  };
  if (!uid) return named;
  const models = { ...strapi.contentTypes, ...strapi.components } as unknown as Record<string, { attributes: Record<string, Attribute> }>;
  const schemaOf: SchemaLookup = (schemaUid) => models[schemaUid]?.attributes;
  const linked = reported.field ? throughRelation(schemaOf, uid, pathSegments(reported.field)) : null;
  const documents = (target: string) => strapi.documents(target as UID.ContentType);

  if (!linked || !reported.documentId) {
    const titled = await titleField(strapi, uid);
    const entry = reported.documentId
      ? ((await documents(uid).findOne({ documentId: reported.documentId, status: 'published', fields: fieldsFor(strapi, uid, titled) as Modules.Documents.Params.Fields.Any<UID.ContentType> })) as Record<string, unknown> | null)
      : null;
    return { ...named, name: titled && typeof entry?.[titled] === 'string' ? (entry[titled] as string) : null };
  }

  const titled = await titleField(strapi, linked.targetUid);
  const source = (await documents(uid).findOne({
    documentId: reported.documentId,
    status: 'published',
    populate: populateAlong(linked.relationPath, fieldsFor(strapi, linked.targetUid, titled)) as Modules.Documents.Params.Populate.Any<UID.ContentType>,
  })) as Record<string, unknown> | null;
  const related = valueAt(source, linked.relationPath);
  const target = (linked.index !== null && Array.isArray(related) ? related[linked.index] : Array.isArray(related) ? related[0] : related) as
    | Record<string, unknown>
    | undefined;
  return {
    uid: linked.targetUid,
    type: typeWords(strapi, linked.targetUid),
    documentId: typeof target?.documentId === 'string' ? target.documentId : null,
    slug: typeof target?.slug === 'string' ? target.slug : null,
    name: titled && typeof target?.[titled] === 'string' ? (target[titled] as string) : null,
    field: linked.field || null,
    message: reported.message,
    linkedFrom: { type: reported.type, slug: reported.slug, field: reported.field! },
  };
}
