/**
 * The site's page addresses: every path the static site builds (each with its trailing slash),
 * and which page shows an entry of each content type. The site builds its links from these; the
 * CMS's preview handler (issue: draft preview) opens the same page for the entry an editor is on.
 */
import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from './locales.js';
import { CONTENT_TYPES, type ContentTypeName } from './populate.js';

export const paths = {
  home: '/',
  diagnosis: '/diagnosis/',
  subtypes: '/subtypes/',
  subtype: (slug: string) => `/subtypes/${slug}/`,
  treatments: '/treatments/',
  treatment: (slug: string) => `/treatments/${slug}/`,
  doctors: '/doctors/',
  doctor: (slug: string) => `/doctors/${slug}/`,
  locations: '/locations/',
  location: (slug: string) => `/locations/${slug}/`,
  clinicalTrials: '/clinical-trials/',
  clinicalTrial: (slug: string) => `/clinical-trials/${slug}/`,
  support: '/support/',
  secondOpinion: '/second-opinion/',
  appointments: '/appointments/',
  /** Where the CMS sends people after a request (cms/src/appointment-requests/settings.ts SITE_PATHS). */
  appointmentThankYou: '/appointments/thank-you/',
  search: '/search/',
} as const;

/**
 * A path of the site in a locale: the default locale's pages are at today's paths, every other
 * locale's under its code (/es/treatments/…). `path` is a default-locale path from `paths`.
 */
export function localePath(locale: string, path: string): string {
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The locale of a path of the site (its first segment, if that is another locale's code) and the path without it. */
export function localeOfPath(path: string): { locale: LocaleCode; path: string } {
  const first = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (first && first[1] !== DEFAULT_LOCALE && isLocaleCode(first[1])) return { locale: first[1], path: first[2] ?? '/' };
  return { locale: DEFAULT_LOCALE, path };
}

/** The page (or the section of a page) that shows an entry, from its slug. */
const PAGE_OF: Record<ContentTypeName, ((slug: string) => string) | null> = {
  subtype: paths.subtype,
  treatment: paths.treatment,
  diagnosticTest: (slug) => `${paths.diagnosis}#${slug}`,
  location: paths.location,
  physician: paths.doctor,
  // Specialties have no page of their own: they are a filter of the doctor finder.
  specialty: null,
  clinicalTrial: paths.clinicalTrial,
  supportService: (slug) => `${paths.support}#${slug}`,
  conditionPage: () => paths.home,
  // The site settings show on every page; the home page stands for them.
  siteSettings: () => paths.home,
};

/**
 * The path of the page that shows this entry, e.g. /treatments/immunotherapy/ or /diagnosis/#bone-scan;
 * null for a type without a page, or an entry without the slug its page needs.
 */
export function pagePathOf(contentType: ContentTypeName, entry: { slug?: string | null }): string | null {
  const page = PAGE_OF[contentType];
  if (!page) return null;
  const slug = entry.slug ?? '';
  // A collection type's page is the entry's own (by slug); a single type's page needs none.
  if (CONTENT_TYPES[contentType].kind === 'collection' && slug === '') return null;
  return page(slug);
}

/** Whether entries of this content type have a page on the site. */
export function hasPage(contentType: ContentTypeName): boolean {
  return PAGE_OF[contentType] !== null;
}
