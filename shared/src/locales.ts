/**
 * The site's languages, and which fields of each content type are translated.
 *
 * The CMS (Strapi's i18n: each listed field is `localized`, every other field is shared by every
 * locale of a document), the site (which fields of a page come from its locale's version) and the
 * seed all read this one list; the drift test holds the CMS's schema.json files to it.
 *
 * Nothing here or in its users assumes exactly two languages: add a locale to LOCALES (and its
 * dictionary on the site) and the CMS, the routes and the sitemap follow.
 */
import type { ContentTypeName } from './populate.js';

export interface Locale {
  /** BCP 47 code, as Strapi's i18n and `<html lang>` use it. */
  readonly code: string;
  /** The language's own name, as the language switch shows it ("English", "Español"). */
  readonly name: string;
  /** The name Strapi's admin lists it by. */
  readonly adminName: string;
}

/** Every locale, the default first. */
export const LOCALES = [
  { code: 'en', name: 'English', adminName: 'English (en)' },
  { code: 'es', name: 'Español', adminName: 'Spanish (es)' },
] as const satisfies readonly Locale[];

export type LocaleCode = (typeof LOCALES)[number]['code'];

/** The default locale: today's URLs, and the version that holds each document's relations. */
export const DEFAULT_LOCALE: LocaleCode = LOCALES[0].code;

export const LOCALE_CODES: readonly LocaleCode[] = LOCALES.map((locale) => locale.code);

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

/**
 * The translated fields of each content type. Everything else (identifiers such as NPI and NCT
 * id, coordinates, phone numbers, hours, review dates, status enums, relations, photos) is one
 * value for every locale. Relations are set on the default locale's version: the site reads them
 * from it for every language.
 */
export const LOCALIZED_FIELDS = {
  subtype: ['name', 'slug', 'shortName', 'summary', 'body', 'seo'],
  treatment: ['name', 'slug', 'summary', 'body', 'sideEffects', 'seo'],
  diagnosticTest: ['name', 'slug', 'summary', 'body'],
  location: ['name', 'parkingAndDirections', 'servicesOffered', 'photoAlt', 'seo'],
  physician: ['title', 'photoAlt', 'bio', 'clinicalInterests', 'seo'],
  specialty: ['name', 'description'],
  clinicalTrial: ['title', 'slug', 'plainLanguageSummary', 'eligibilitySummary', 'seo'],
  supportService: ['name', 'slug', 'summary', 'body'],
  conditionPage: ['title', 'intro', 'goalsOfCare', 'newlyDiagnosed', 'secondOpinion', 'whyChooseUs', 'sections', 'seo'],
  siteSettings: ['appointmentPageText', 'secondOpinionPageText', 'emergencyNote', 'footerText', 'defaultSeo', 'demoNotice'],
} as const satisfies Record<ContentTypeName, readonly string[]>;

export type LocalizedField<T extends ContentTypeName> = (typeof LOCALIZED_FIELDS)[T][number];

export function isLocalizedField(contentType: ContentTypeName, field: string): boolean {
  return (LOCALIZED_FIELDS[contentType] as readonly string[]).includes(field);
}
