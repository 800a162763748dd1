import { z } from 'zod';
import { LOCALIZED_FIELDS } from './locales.js';
import { CONTENT_TYPES, NOT_READ_BY_SITE, type ContentTypeContract, type Populate, type PopulateEntry } from './populate.js';
import { COMPONENT_SCHEMAS } from './schemas/components.js';

/**
 * Compares the content contract (Zod schemas + populate presets) with the CMS's schema.json
 * files and lists every difference as a sentence for the developer who has to fix it. Pure: the
 * caller reads the files (test/cms-model.ts), so a test can feed it a deliberately altered copy.
 */

/** One attribute of a Strapi schema.json, as far as the contract cares. */
export interface CmsAttribute {
  type: string;
  required?: boolean;
  enum?: readonly string[];
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
  /** Never served by the content API (Strapi strips it from every response). */
  private?: boolean;
  /** Strapi's i18n: whether each locale of a document has its own value. */
  pluginOptions?: I18nPluginOptions;
}

/** `pluginOptions` as Strapi's i18n reads it, on a content type and on each of its attributes. */
export interface I18nPluginOptions {
  i18n?: { localized?: boolean };
}

/** A content type's schema.json or a component's <name>.json. */
export interface CmsSchema {
  kind?: 'collectionType' | 'singleType';
  info: { singularName?: string; pluralName?: string; displayName?: string };
  pluginOptions?: I18nPluginOptions;
  attributes: Record<string, CmsAttribute>;
}

export interface CmsModel {
  /** By uid, e.g. 'api::physician.physician'. */
  contentTypes: Record<string, CmsSchema>;
  /** By component uid, e.g. 'shared.address'. */
  components: Record<string, CmsSchema>;
}

export interface SiteContract {
  contentTypes: Readonly<Record<string, ContentTypeContract>>;
  components: Readonly<Record<string, z.ZodObject>>;
  notReadBySite: { readonly [name: string]: readonly string[] | undefined };
  /** The translated fields of each content type (shared/src/locales.ts); every other field is shared by every locale. */
  localizedFields: { readonly [name: string]: readonly string[] | undefined };
}

export const SITE_CONTRACT: SiteContract = {
  contentTypes: CONTENT_TYPES,
  components: COMPONENT_SCHEMAS,
  notReadBySite: NOT_READ_BY_SITE,
  localizedFields: LOCALIZED_FIELDS,
};

/** Keys Strapi adds to every entry or component; they are not schema.json attributes. */
const META_KEYS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale']);
/** Keys Strapi adds to a populated relation or media next to the selected fields. */
const DOCUMENT_KEYS = new Set(['id', 'documentId']);
/** Attribute types Strapi 5 leaves out of a response unless populated. */
const POPULATED_TYPES = new Set(['relation', 'media', 'component', 'dynamiczone']);
const TO_MANY_RELATIONS = new Set(['oneToMany', 'manyToMany', 'manyWay', 'morphToMany', 'morphMany']);

type Shape = Readonly<Record<string, z.core.$ZodType>>;

/** One object being compared: a Zod shape against the attributes it should mirror. */
interface Subject {
  /** Where in the content, e.g. 'physician' or 'physician.locations'. */
  label: string;
  /** The Zod schema as a developer finds it, e.g. 'physicianSchema (shared/src/schemas/physician.ts)'. */
  zodName: string;
  /** The CMS side, e.g. 'api::physician.physician' or 'component shared.address'. */
  cmsName: string;
  shape: Shape;
  attributes: Record<string, CmsAttribute>;
}

interface Walk {
  cms: CmsModel;
  contract: SiteContract;
  report: (problem: string) => void;
}

export function findContractDrift(cms: CmsModel, contract: SiteContract = SITE_CONTRACT): string[] {
  const problems: string[] = [];
  const walk: Walk = { cms, contract, report: (problem) => problems.push(problem) };

  for (const [name, contentType] of Object.entries(contract.contentTypes)) {
    const cmsSchema = cms.contentTypes[contentType.uid];
    if (!cmsSchema) {
      walk.report(`${name}: CONTENT_TYPES names ${contentType.uid}, but cms/src/api has no schema.json for it.`);
      continue;
    }
    checkRegistration(name, contentType, cmsSchema, walk);
    checkLocalization(name, contentType.uid, cmsSchema, contract.localizedFields[name] ?? [], walk);
    const subject: Subject = {
      label: name,
      zodName: `${name}Schema (shared/src/schemas/${contentType.uid.split('.').pop()}.ts)`,
      cmsName: contentType.uid,
      shape: contentType.schema.shape,
      attributes: cmsSchema.attributes,
    };
    compareAttributes(
      subject,
      {
        notRead: contract.notReadBySite[name] ?? [],
        fixHint: ` (and to ${name}Populate if it is a relation, media or component), or list it in NOT_READ_BY_SITE.${name} (shared/src/populate.ts) if the site does not read it.`,
      },
      walk,
    );
    comparePopulate(subject, contentType.populate, `${name}Populate`, walk);
  }

  for (const [uid, schema] of Object.entries(contract.components)) {
    const cmsSchema = cms.components[uid];
    if (!cmsSchema) {
      walk.report(`component ${uid}: COMPONENT_SCHEMAS has it, but cms/src/components has no ${uid.replace('.', '/')}.json.`);
      continue;
    }
    const subject: Subject = {
      label: `component ${uid}`,
      zodName: `COMPONENT_SCHEMAS['${uid}'] (shared/src/schemas/components.ts)`,
      cmsName: `component ${uid}`,
      shape: schema.shape,
      attributes: cmsSchema.attributes,
    };
    compareAttributes(subject, { notRead: [], fixHint: '.' }, walk);
  }

  return problems;
}

function checkRegistration(name: string, contentType: ContentTypeContract, cmsSchema: CmsSchema, { report }: Walk): void {
  const cmsKind = contentType.kind === 'collection' ? 'collectionType' : 'singleType';
  if (cmsSchema.kind !== cmsKind) {
    report(`${name}: CONTENT_TYPES says kind '${contentType.kind}', but ${contentType.uid} is a ${cmsSchema.kind}.`);
  }
  const apiId = cmsSchema.kind === 'singleType' ? cmsSchema.info.singularName : cmsSchema.info.pluralName;
  if (contentType.restPath !== apiId) {
    report(`${name}: CONTENT_TYPES says restPath '${contentType.restPath}', but the CMS serves it at /api/${apiId}.`);
  }
}

/**
 * Check (f): Strapi's i18n flags follow LOCALIZED_FIELDS exactly. The type is localized, and every
 * attribute says, explicitly, whether it is translated (listed) or shared by every locale (not listed).
 */
function checkLocalization(name: string, uid: string, cmsSchema: CmsSchema, localizedFields: readonly string[], { report }: Walk): void {
  const fix = `(shared/src/locales.ts)`;
  if (cmsSchema.pluginOptions?.i18n?.localized !== true) {
    report(`${name}: ${uid} is not localized, but every content type the site reads is. Set "pluginOptions": { "i18n": { "localized": true } } in its schema.json.`);
  }
  for (const field of localizedFields) {
    if (!(field in cmsSchema.attributes)) {
      report(`${name}.${field}: LOCALIZED_FIELDS.${name} ${fix} lists it as translated, but ${uid} has no such attribute. Remove it from the list.`);
    }
  }
  for (const [field, attribute] of Object.entries(cmsSchema.attributes)) {
    const translated = localizedFields.includes(field);
    const flag = attribute.pluginOptions?.i18n?.localized;
    const wanted = `set "pluginOptions": { "i18n": { "localized": ${translated} } } on it in ${uid}'s schema.json`;
    if (flag === undefined) {
      report(`${name}.${field}: ${uid} does not say whether it is translated; LOCALIZED_FIELDS.${name} ${fix} ${translated ? 'lists' : 'does not list'} it, so ${wanted}.`);
    } else if (flag !== translated) {
      report(
        `${name}.${field}: ${uid} marks it ${flag ? 'translated (localized: true)' : 'shared by every language (localized: false)'}, but LOCALIZED_FIELDS.${name} ${fix} ${translated ? 'lists it as translated' : 'does not list it, so it is shared'}. ` +
          `Change one of them: ${wanted}, or ${translated ? 'remove it from' : 'add it to'} the list.`,
      );
    }
  }
}

/**
 * Checks (a)–(d): attributes missing from Zod, keys Zod has that the CMS lacks, enumeration
 * values, and required/optional. `notRead` lists attributes left out on purpose and `fixHint`
 * ends the message for a missing one; pass 'selection' for a populated relation, which holds
 * only the fields its preset selects.
 */
function compareAttributes(
  subject: Subject,
  scope: { notRead: readonly string[]; fixHint: string } | 'selection',
  walk: Walk,
): void {
  const { label, zodName, cmsName, shape, attributes } = subject;

  if (scope !== 'selection') {
    for (const [key, attribute] of Object.entries(attributes)) {
      const listed = scope.notRead.includes(key);
      // The API never returns a private attribute, so the site cannot read it.
      if (attribute.private) continue;
      if (!(key in shape) && !listed) {
        walk.report(`${label}.${key}: ${cmsName} has this attribute (${describe(attribute)}), but ${zodName} does not. Add it there${scope.fixHint}`);
      } else if (key in shape && listed) {
        walk.report(`${label}.${key}: listed in NOT_READ_BY_SITE.${label}, but ${zodName} reads it. Remove it from the list.`);
      }
    }
    for (const key of scope.notRead) {
      if (!(key in attributes)) {
        walk.report(`${label}.${key}: listed in NOT_READ_BY_SITE.${label}, but ${cmsName} has no such attribute. Remove it from the list.`);
      }
    }
  }

  for (const [key, fieldSchema] of Object.entries(shape)) {
    if (META_KEYS.has(key)) continue;
    const attribute = attributes[key];
    if (!attribute) {
      walk.report(`${label}.${key}: ${zodName} has this key, but ${cmsName} has no such attribute. Remove it from the Zod schema or add the attribute in the CMS.`);
      continue;
    }
    if (attribute.private) {
      walk.report(`${label}.${key}: ${zodName} reads it, but it is private in ${cmsName}, so the API never returns it. Remove it from the Zod schema, or make it public in the CMS.`);
      continue;
    }
    compareField(`${label}.${key}`, zodName, fieldSchema, attribute, walk);
  }
}

function compareField(field: string, zodName: string, fieldSchema: z.core.$ZodType, attribute: CmsAttribute, { report }: Walk): void {
  if (attribute.type === 'enumeration') {
    const zodValues = enumValues(fieldSchema);
    const cmsValues = attribute.enum ?? [];
    if (!zodValues) {
      report(`${field}: an enumeration in the CMS, but ${zodName} does not describe it with z.enum([...]).`);
    } else {
      const missing = cmsValues.filter((value) => !zodValues.includes(value));
      const extra = zodValues.filter((value) => !cmsValues.includes(value));
      if (missing.length > 0 || extra.length > 0) {
        report(
          `${field}: enumeration values differ. CMS: ${cmsValues.join(', ')}. Zod: ${zodValues.join(', ')}.` +
            (missing.length > 0 ? ` Missing in Zod: ${missing.join(', ')}.` : '') +
            (extra.length > 0 ? ` Not in the CMS: ${extra.join(', ')}.` : ''),
        );
      }
    }
  }

  const acceptsMissing = z.safeParse(fieldSchema, undefined).success;
  const acceptsNull = z.safeParse(fieldSchema, null).success;
  const isList = comesBackAsList(attribute);
  if (attribute.required) {
    if (acceptsMissing || acceptsNull) {
      report(`${field}: required in the CMS, but ${zodName} lets it be ${acceptsMissing ? 'missing' : 'null'}. Remove .optional()/.nullable().`);
    }
  } else if (!isList && !acceptsNull) {
    // An empty optional value comes back as null (lists come back as []).
    report(`${field}: optional in the CMS, so Strapi returns null when it is empty, but ${zodName} rejects null. Add .nullable().`);
  }

  if (POPULATED_TYPES.has(attribute.type)) {
    const isArray = unwrapNullish(fieldSchema) instanceof z.ZodArray;
    if (isArray !== isList) {
      report(`${field}: the CMS returns ${isList ? 'a list' : 'one item'} (${describe(attribute)}), but ${zodName} expects ${isArray ? 'an array' : 'one item'}.`);
    }
  }
}

/**
 * Check (e): every relation, media or component the Zod shape reads is populated, and every
 * populated key is read. Recurses into components (their relations need nested populates) and
 * into relations (their Zod shape must match the selected fields).
 */
function comparePopulate(subject: Subject, populate: Populate, presetName: string, walk: Walk): void {
  const { label, zodName, shape, attributes } = subject;

  for (const [key, attribute] of Object.entries(attributes)) {
    if (POPULATED_TYPES.has(attribute.type) && key in shape && !(key in populate)) {
      walk.report(
        `${label}.${key}: ${zodName} reads this ${attribute.type}, but ${presetName} does not populate it, so Strapi will not return it. Add it to ${presetName} (shared/src/populate.ts).`,
      );
    }
  }

  for (const [key, entry] of Object.entries(populate)) {
    const field = `${label}.${key}`;
    const attribute = attributes[key];
    const fieldSchema = shape[key];
    if (!attribute) {
      walk.report(`${field}: ${presetName} populates it, but ${subject.cmsName} has no such attribute. Remove it from ${presetName}.`);
      continue;
    }
    if (!POPULATED_TYPES.has(attribute.type)) {
      walk.report(`${field}: ${presetName} populates it, but it is a ${attribute.type}, which Strapi always returns. Remove it from ${presetName}.`);
      continue;
    }
    if (!fieldSchema) {
      walk.report(`${field}: ${presetName} populates it, but ${zodName} does not read it. Add it to the schema or remove it from ${presetName}.`);
      continue;
    }
    const objectSchema = objectInside(fieldSchema);
    if (!objectSchema) {
      walk.report(`${field}: ${zodName} should describe this ${attribute.type} as an object or an array of objects.`);
      continue;
    }

    if (attribute.type === 'component') {
      comparePopulatedComponent(field, attribute.component ?? '', objectSchema, zodName, entry, `${presetName}.${key}`, walk);
    } else {
      comparePopulatedDocument(field, attribute, objectSchema, entry, `${presetName}.${key}`, walk);
    }
  }
}

function comparePopulatedComponent(
  field: string,
  componentUid: string,
  objectSchema: z.ZodObject,
  zodName: string,
  entry: PopulateEntry,
  entryName: string,
  walk: Walk,
): void {
  const registered = walk.contract.components[componentUid];
  const cmsComponent = walk.cms.components[componentUid];
  if (!registered || !cmsComponent) {
    walk.report(
      `${field}: uses component ${componentUid}, which is missing from ${registered ? `cms/src/components` : 'COMPONENT_SCHEMAS (shared/src/schemas/components.ts)'}.`,
    );
    return;
  }
  if (objectSchema !== registered) {
    // Only the registered schema is checked against the component's JSON.
    walk.report(`${field}: ${zodName} should use COMPONENT_SCHEMAS['${componentUid}'] for this component.`);
  }
  const nestedPopulate = entry === true ? {} : (entry.populate ?? {});
  comparePopulate(
    {
      label: field,
      zodName: `COMPONENT_SCHEMAS['${componentUid}']`,
      cmsName: `component ${componentUid}`,
      shape: registered.shape,
      attributes: cmsComponent.attributes,
    },
    nestedPopulate,
    `${entryName}.populate`,
    walk,
  );
}

/** A populated relation or media: Strapi returns id, documentId and exactly the selected fields. */
function comparePopulatedDocument(
  field: string,
  attribute: CmsAttribute,
  objectSchema: z.ZodObject,
  entry: PopulateEntry,
  entryName: string,
  walk: Walk,
): void {
  if (entry === true || !entry.fields) {
    walk.report(`${field}: ${entryName} should select the fields the site needs ({ fields: [...] }) rather than all of them.`);
    return;
  }
  const nestedPopulate = entry.populate ?? {};
  const expectedKeys = [...entry.fields, ...Object.keys(nestedPopulate)];
  const zodKeys = Object.keys(objectSchema.shape).filter((key) => !DOCUMENT_KEYS.has(key));
  const refName = `the Zod schema of ${field}`;
  for (const key of expectedKeys.filter((key) => !zodKeys.includes(key))) {
    walk.report(`${field}.${key}: ${entryName} selects it, but ${refName} does not describe it.`);
  }
  for (const key of zodKeys.filter((key) => !expectedKeys.includes(key))) {
    walk.report(`${field}.${key}: ${refName} expects it, but ${entryName} does not select it, so Strapi will not return it.`);
  }

  if (attribute.type !== 'relation') return; // media: the upload plugin's fields are not in cms/src
  const target = walk.cms.contentTypes[attribute.target ?? ''];
  if (!target) {
    walk.report(`${field}: relation to ${attribute.target}, which has no schema.json under cms/src/api.`);
    return;
  }
  const subject: Subject = {
    label: field,
    zodName: refName,
    cmsName: attribute.target ?? '',
    shape: objectSchema.shape,
    attributes: target.attributes,
  };
  compareAttributes(subject, 'selection', walk);
  comparePopulate(subject, nestedPopulate, `${entryName}.populate`, walk);
}

function comesBackAsList(attribute: CmsAttribute): boolean {
  switch (attribute.type) {
    case 'relation':
      return TO_MANY_RELATIONS.has(attribute.relation ?? '');
    case 'component':
      return attribute.repeatable === true;
    case 'media':
      return attribute.multiple === true;
    case 'dynamiczone':
      return true;
    default:
      return false;
  }
}

function describe(attribute: CmsAttribute): string {
  if (attribute.type === 'relation') return `relation ${attribute.relation} to ${attribute.target}`;
  if (attribute.type === 'component') return `component ${attribute.component}${attribute.repeatable ? ', repeatable' : ''}`;
  if (attribute.type === 'media') return `media${attribute.multiple ? ', multiple' : ''}`;
  return attribute.type;
}

function unwrapNullish(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  while (current instanceof z.ZodNullable || current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    current = current.unwrap();
  }
  return current;
}

function objectInside(schema: z.core.$ZodType): z.ZodObject | undefined {
  let current = unwrapNullish(schema);
  if (current instanceof z.ZodArray) current = unwrapNullish(current.element);
  return current instanceof z.ZodObject ? current : undefined;
}

function enumValues(schema: z.core.$ZodType): string[] | undefined {
  const inner = unwrapNullish(schema);
  return inner instanceof z.ZodEnum ? inner.options.map(String) : undefined;
}
