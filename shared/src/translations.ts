import { z } from 'zod';
import { entryMetaShape } from './schemas/common.js';
import { LOCALIZED_FIELDS } from './locales.js';
import { CONTENT_TYPES, type ContentEntry, type ContentTypeName, type Populate } from './populate.js';

/**
 * A document's version in another locale than the default, as the site reads it: only the
 * translated fields (shared/src/locales.ts LOCALIZED_FIELDS), since everything else, relations
 * included, is the default locale's. The site asks Strapi for exactly these fields
 * (`translationQuery`) and checks each answer with `translationSchema`, the type's own schema
 * narrowed to them, so a translation is held to the same rules as the entry (a Spanish slug must
 * be URL-safe as an English one is).
 */

/** The REST selection of a translation: the translated fields and components, and the version's timestamps. */
export function translationQuery(name: ContentTypeName): { fields: string[]; populate: Populate } {
  const preset = CONTENT_TYPES[name].populate as Populate;
  const localized: readonly string[] = LOCALIZED_FIELDS[name];
  const populate: Record<string, Populate[string]> = {};
  const fields = ['createdAt', 'updatedAt', 'publishedAt', 'locale'];
  for (const field of localized) {
    if (field in preset) populate[field] = preset[field]!;
    else fields.push(field);
  }
  return { fields, populate };
}

const translationSchemas = new Map<ContentTypeName, z.ZodObject>();

/** The schema of one translation of `name`: its meta fields and its translated fields, checked as in the entry's schema. */
export function translationSchema(name: ContentTypeName): z.ZodObject {
  let schema = translationSchemas.get(name);
  if (!schema) {
    const shape = CONTENT_TYPES[name].schema.shape as Record<string, z.ZodType>;
    const picked: Record<string, z.ZodType> = { ...entryMetaShape, locale: z.string().min(1) };
    for (const field of LOCALIZED_FIELDS[name]) {
      const fieldSchema = shape[field];
      if (!fieldSchema) throw new Error(`LOCALIZED_FIELDS lists ${name}.${field}, which the content contract's ${name} schema does not have.`);
      picked[field] = fieldSchema;
    }
    schema = z.object(picked);
    translationSchemas.set(name, schema);
  }
  return schema;
}

/** One translation as parsed: the translated fields of `Name`, with the version's locale and timestamps. */
export type Translation<Name extends ContentTypeName> = Pick<ContentEntry<Name>, (typeof LOCALIZED_FIELDS)[Name][number] & keyof ContentEntry<Name>> & {
  id: number;
  documentId: string;
  locale: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string;
};
