import {
  DEFAULT_LOCALE,
  LOCALIZED_FIELDS,
  RELATION_TARGETS,
  type ContentEntry,
  type ContentTypeName,
  type LocaleCode,
  type Translation,
} from '@mbc/shared';
import type { SiteContent } from './lastmod';

/**
 * The site's content in one language, from the default locale's entries and each document's
 * versions in the others (the CMS loader keeps them in `localizations`, by locale code).
 * Pure: entries in, entries out.
 *
 * An entry in another locale is the default locale's entry with its translated fields taken from
 * its version in that locale, if it has one (shared/src/locales.ts LOCALIZED_FIELDS: relations,
 * identifiers and dates are always the default locale's). The related entries it embeds (a
 * subtype's treatments, a doctor's locations) are shown in that locale too, from their own
 * versions. `inLanguage` says which language an entry's or related entry's text is in, so a page
 * knows whether another has a page in its locale and marks text left in the default language.
 *
 * In the default locale every entry is returned as it is (the same object): its pages stay
 * byte for byte what they were before the site had other languages.
 */

/** The default locale's entry with its versions in the other locales, as the CMS loader writes it. */
export type WithLocalizations<Entry> = Entry & { localizations?: { readonly [locale: string]: Translation<ContentTypeName> } };

/** An entry or related entry shown in a locale: `inLanguage` is the language its text is in (absent in the default locale). */
export type Localized<Entry> = Entry & { inLanguage?: LocaleCode };

/** Every document's version in `locale`, by type and documentId, for localizing the entries that embed it. */
export type TranslationIndex = ReadonlyMap<ContentTypeName, ReadonlyMap<string, Translation<ContentTypeName>>>;

export function translationIndex(locale: LocaleCode, content: { readonly [Name in ContentTypeName]?: readonly WithLocalizations<{ documentId: string }>[] }): TranslationIndex {
  const index = new Map<ContentTypeName, Map<string, Translation<ContentTypeName>>>();
  for (const [name, entries] of Object.entries(content) as [ContentTypeName, readonly WithLocalizations<{ documentId: string }>[]][]) {
    const versions = new Map<string, Translation<ContentTypeName>>();
    for (const entry of entries) {
      const version = entry.localizations?.[locale];
      if (version) versions.set(entry.documentId, version);
    }
    index.set(name, versions);
  }
  return index;
}

/** Whether the document has a version in `locale` (always, in the default locale). */
export function isTranslated(index: TranslationIndex, name: ContentTypeName, documentId: string, locale: LocaleCode): boolean {
  return locale === DEFAULT_LOCALE || (index.get(name)?.has(documentId) ?? false);
}

/** The entry of type `name` in `locale`: see the module's comment. */
export function localizeEntry<Name extends ContentTypeName>(
  name: Name,
  entry: ContentEntry<Name>,
  locale: LocaleCode,
  index: TranslationIndex,
): Localized<ContentEntry<Name>> {
  if (locale === DEFAULT_LOCALE) return entry as Localized<ContentEntry<Name>>;
  const { localizations, ...fields } = entry as WithLocalizations<Record<string, unknown>>;
  const version = localizations?.[locale] as Record<string, unknown> | undefined;
  const localized: Record<string, unknown> = { ...fields, inLanguage: version ? locale : DEFAULT_LOCALE };
  if (version) for (const field of LOCALIZED_FIELDS[name]) localized[field] = version[field];
  for (const [attribute, target] of Object.entries(RELATION_TARGETS[name]) as [string, ContentTypeName][]) {
    const related = localized[attribute];
    if (Array.isArray(related)) localized[attribute] = related.map((item) => localizeRelated(target, item, locale, index));
    else if (related) localized[attribute] = localizeRelated(target, related, locale, index);
  }
  return localized as Localized<ContentEntry<Name>>;
}

/** A related entry as another embeds it (only the fields its populate preset selects), in `locale`. */
function localizeRelated(target: ContentTypeName, related: unknown, locale: LocaleCode, index: TranslationIndex): unknown {
  const fields = related as Record<string, unknown> & { documentId: string };
  const version = index.get(target)?.get(fields.documentId) as Record<string, unknown> | undefined;
  const localized: Record<string, unknown> = { ...fields, inLanguage: version ? locale : DEFAULT_LOCALE };
  if (version) {
    for (const field of LOCALIZED_FIELDS[target]) {
      if (field in fields) localized[field] = version[field];
    }
  }
  return localized;
}

/** The whole site's content in `locale` (every list and single type, see localizeEntry), as touched-pages.ts and the sitemap read it. */
export function siteContentIn(content: SiteContent, locale: LocaleCode): SiteContent {
  if (locale === DEFAULT_LOCALE) return content;
  // Once per content and locale: the pages, the sitemap and the search index each ask for the build's.
  let inLocales = contentInLocales.get(content);
  if (!inLocales) contentInLocales.set(content, (inLocales = new Map()));
  let localized = inLocales.get(locale);
  if (!localized) inLocales.set(locale, (localized = localizeSiteContent(content, locale)));
  return localized;
}
const contentInLocales = new WeakMap<SiteContent, Map<LocaleCode, SiteContent>>();

function localizeSiteContent(content: SiteContent, locale: LocaleCode): SiteContent {
  const index = translationIndex(locale, {
    subtype: content.subtypes,
    treatment: content.treatments,
    diagnosticTest: content.diagnosticTests,
    location: content.locations,
    physician: content.physicians,
    specialty: content.specialties,
    clinicalTrial: content.clinicalTrials,
    supportService: content.supportServices,
    conditionPage: [content.conditionPage],
    siteSettings: [content.siteSettings],
  });
  const each = <Name extends ContentTypeName>(name: Name, entries: readonly ContentEntry<Name>[]) => entries.map((entry) => localizeEntry(name, entry, locale, index));
  return {
    conditionPage: localizeEntry('conditionPage', content.conditionPage, locale, index),
    siteSettings: localizeEntry('siteSettings', content.siteSettings, locale, index),
    subtypes: each('subtype', content.subtypes),
    treatments: each('treatment', content.treatments),
    diagnosticTests: each('diagnosticTest', content.diagnosticTests),
    locations: each('location', content.locations),
    physicians: each('physician', content.physicians),
    specialties: each('specialty', content.specialties),
    clinicalTrials: each('clinicalTrial', content.clinicalTrials),
    supportServices: each('supportService', content.supportServices),
  };
}
