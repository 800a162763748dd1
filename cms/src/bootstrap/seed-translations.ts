import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES, DEFAULT_LOCALE, LOCALIZED_FIELDS, isLocaleCode, type ContentTypeName } from '@mbc/shared';
import { DirectoryImportError } from '../bulk-import/slug-linked-writer';
import type { SeedTranslation } from '../seed/types';

/**
 * The demo content's versions in the other locales, from SeedTranslation data (src/seed/data/translations.ts).
 *
 * Each entry is keyed by its default-locale slug and holds only translated fields; the seeder
 * creates that document's version in the translation's locale with them (Strapi fills in the
 * shared fields, src/i18n/shared-slugs.ts the shared slugs; relations stay on the default-locale
 * version) and publishes it exactly when the default-locale version is published. A translation
 * is checked whole before anything is written: a slug the demo content does not have, a missing
 * required translated field or a field that is not translated fails the seed with a message naming
 * the entry.
 */

/** Where each part of a translation goes: the collections by default-locale slug, then the single types. */
const COLLECTION_PARTS = [
  ['specialties', 'specialty'],
  ['locations', 'location'],
  ['physicians', 'physician'],
  ['treatments', 'treatment'],
  ['subtypes', 'subtype'],
  ['diagnosticTests', 'diagnosticTest'],
  ['clinicalTrials', 'clinicalTrial'],
  ['supportServices', 'supportService'],
] as const satisfies readonly (readonly [keyof SeedTranslation, ContentTypeName])[];
const SINGLE_PARTS = [
  ['conditionPage', 'conditionPage'],
  ['siteSettings', 'siteSettings'],
] as const satisfies readonly (readonly [keyof SeedTranslation, ContentTypeName])[];

/** A default-locale document a translation may name. */
export type TranslatedDocument = {
  documentId: string;
  /** Whether its default-locale version is published. */
  published: boolean;
  /** Whether it already has a version in the translation's locale (an earlier, interrupted seed). */
  translated: boolean;
  /** Its default-locale photo description, kept when the translation gives none (the photo is shared and needs one). */
  photoAlt?: string | null;
};

/** What the plan needs to know about the CMS: documents by type and default-locale slug ('' for a single type). */
export type TranslationLookups = {
  documentOf(contentType: ContentTypeName, slug: string): TranslatedDocument | undefined;
  /** The translated fields a version cannot be saved without, per type. */
  requiredFields(contentType: ContentTypeName): readonly string[];
};

/** One version to create: a document's data in the translation's locale. */
export type PlannedVersion = { contentType: ContentTypeName; documentId: string; where: string; data: Record<string, unknown>; publish: boolean };

const isMissing = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * The versions a translation adds, in writing order, leaving out those that exist already; pure.
 * Throws a DirectoryImportError listing every problem, each naming its entry.
 */
export function planTranslation(translation: SeedTranslation, lookups: TranslationLookups): PlannedVersion[] {
  const label = `translation "${translation.locale}"`;
  if (!isLocaleCode(translation.locale) || translation.locale === DEFAULT_LOCALE) {
    throw new DirectoryImportError(`${label}: not a locale to translate into; use one of LOCALES other than the default "${DEFAULT_LOCALE}" (shared/src/locales.ts).`);
  }
  const problems: string[] = [];
  const planned: PlannedVersion[] = [];

  const plan = (contentType: ContentTypeName, slug: string, where: string, fields: Record<string, unknown>) => {
    const translated = LOCALIZED_FIELDS[contentType] as readonly string[];
    const document = lookups.documentOf(contentType, slug);
    if (!document) {
      problems.push(`${where} names ${contentType} "${slug}", which the demo content does not have (keys are the ${DEFAULT_LOCALE} slugs).`);
      return;
    }
    for (const field of Object.keys(fields).filter((field) => !translated.includes(field))) {
      problems.push(`${where}.${field} is not a translated field of ${contentType} (LOCALIZED_FIELDS, shared/src/locales.ts): every locale shares it, so leave it out.`);
    }
    for (const field of lookups.requiredFields(contentType).filter((field) => isMissing(fields[field]))) {
      problems.push(`${where}.${field} is missing: a ${contentType} needs it in every language.`);
    }
    if (document.translated) return;
    const data: Record<string, unknown> = { ...fields };
    if (translated.includes('photoAlt') && isMissing(data.photoAlt) && document.photoAlt) data.photoAlt = document.photoAlt;
    planned.push({ contentType, documentId: document.documentId, where, data, publish: document.published });
  };

  for (const [part, contentType] of COLLECTION_PARTS) {
    for (const [slug, fields] of Object.entries(translation[part] as Record<string, Record<string, unknown>>)) {
      plan(contentType, slug, `${label}: ${part}["${slug}"]`, fields);
    }
  }
  for (const [part, contentType] of SINGLE_PARTS) {
    plan(contentType, '', `${label}: ${part}`, translation[part] as Record<string, unknown>);
  }

  if (problems.length > 0) throw new DirectoryImportError(`The demo content's ${label} was not seeded:\n- ${problems.join('\n- ')}`);
  return planned;
}

type VersionRow = { documentId: string; slug?: string | null; locale: string | null; publishedAt: string | null; photoAlt?: string | null };

/** Every default-locale document of the types a translation names, and whether each has a version in `locale`. */
async function loadLookups(strapi: Core.Strapi, locale: string): Promise<TranslationLookups> {
  const documents = new Map<string, TranslatedDocument>();
  const required = new Map<ContentTypeName, string[]>();
  for (const [, contentType] of [...COLLECTION_PARTS, ...SINGLE_PARTS]) {
    const { uid, kind } = CONTENT_TYPES[contentType];
    const model = strapi.contentType(uid as UID.ContentType);
    const attributes = model.attributes as Record<string, { required?: boolean }>;
    required.set(
      contentType,
      (LOCALIZED_FIELDS[contentType] as readonly string[]).filter((field) => attributes[field]?.required),
    );
    const select = ['documentId', 'locale', 'publishedAt', ...(kind === 'collection' ? ['slug'] : []), ...('photoAlt' in attributes ? ['photoAlt'] : [])];
    const rows = (await strapi.db.query(uid as UID.Schema).findMany({ select, where: { locale: { $in: [DEFAULT_LOCALE, locale] } } })) as VersionRow[];
    const translated = new Set(rows.filter((row) => row.locale === locale).map((row) => row.documentId));
    const published = new Set(rows.filter((row) => row.locale === DEFAULT_LOCALE && row.publishedAt).map((row) => row.documentId));
    for (const row of rows.filter((row) => row.locale === DEFAULT_LOCALE && !row.publishedAt)) {
      documents.set(`${contentType}:${kind === 'collection' ? row.slug : ''}`, {
        documentId: row.documentId,
        published: published.has(row.documentId),
        translated: translated.has(row.documentId),
        photoAlt: row.photoAlt,
      });
    }
  }
  return {
    documentOf: (contentType, slug) => documents.get(`${contentType}:${slug}`),
    requiredFields: (contentType) => required.get(contentType) ?? [],
  };
}

/**
 * Writes one translation: checks it whole, then creates each missing version through the
 * Document Service (so every rule runs), one transaction per content type. Returns how many
 * versions it created.
 */
export async function writeTranslation(strapi: Core.Strapi, translation: SeedTranslation): Promise<number> {
  const planned = planTranslation(translation, await loadLookups(strapi, translation.locale));
  const byType = new Map<ContentTypeName, PlannedVersion[]>();
  for (const version of planned) byType.set(version.contentType, [...(byType.get(version.contentType) ?? []), version]);
  for (const [contentType, versions] of byType) {
    const documents = strapi.documents(CONTENT_TYPES[contentType].uid as UID.ContentType);
    await strapi.db.transaction(async () => {
      for (const version of versions) {
        try {
          await documents.update({
            documentId: version.documentId,
            locale: translation.locale,
            data: version.data as never,
            ...(version.publish ? { status: 'published' as const } : {}),
          });
        } catch (error) {
          throw new DirectoryImportError(`${version.where} was not seeded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
        }
      }
    });
  }
  return planned.length;
}

function translationsMarker(strapi: Core.Strapi) {
  return strapi.store({ type: 'core', name: 'demo-content', key: 'translations' });
}

/**
 * Seeds each translation once per database: the core store records the locales done, so a
 * second start writes nothing and a version an editor deleted is not brought back. An
 * interrupted seed resumes (versions that exist are left as they are).
 */
export async function seedDemoTranslations(strapi: Core.Strapi, translations: readonly SeedTranslation[]): Promise<void> {
  const marker = translationsMarker(strapi);
  const done = new Set(((await marker.get()) as { locales?: string[] } | null)?.locales ?? []);
  for (const translation of translations) {
    if (done.has(translation.locale)) continue;
    const started = Date.now();
    const created = await writeTranslation(strapi, translation);
    done.add(translation.locale);
    await marker.set({ value: { locales: [...done] } });
    strapi.log.info(`Seeded ${created} versions of the demo content in "${translation.locale}" in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
}
