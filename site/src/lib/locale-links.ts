import { DEFAULT_LOCALE, localePath, paths, type LocaleCode } from '@mbc/shared';
import type { Localized } from './localized-content';

/**
 * The site's paths as a page in `locale` links to them: its own pages in its locale; a medical
 * entry's page (subtype, treatment, trial) in that locale if the entry has a version in it, or
 * else the default locale's page, which the link then says is in another language (linkLanguage).
 * Doctors' and clinics' pages exist in every locale (page-locales.ts), at their one slug.
 */
export function pathsIn(locale: LocaleCode) {
  const at = (path: string) => localePath(locale, path);
  // A slug is of a page in this locale (a page's own entry); a related entry says its language.
  const entry = (pathOf: (slug: string) => string) => (ref: string | Localized<{ slug: string }>) =>
    typeof ref === 'string' ? at(pathOf(ref)) : linkLanguage(locale, ref) === undefined ? at(pathOf(ref.slug)) : pathOf(ref.slug);
  return {
    home: at(paths.home),
    diagnosis: at(paths.diagnosis),
    subtypes: at(paths.subtypes),
    subtype: entry(paths.subtype),
    treatments: at(paths.treatments),
    treatment: entry(paths.treatment),
    doctors: at(paths.doctors),
    doctor: (slug: string) => at(paths.doctor(slug)),
    locations: at(paths.locations),
    location: (slug: string) => at(paths.location(slug)),
    clinicalTrials: at(paths.clinicalTrials),
    clinicalTrial: entry(paths.clinicalTrial),
    support: at(paths.support),
    secondOpinion: at(paths.secondOpinion),
    appointments: at(paths.appointments),
    appointmentThankYou: at(paths.appointmentThankYou),
    search: at(paths.search),
  };
}

export type LocalePaths = ReturnType<typeof pathsIn>;

/**
 * The language of an entry's text and page when it is not the page's (`hreflang` and `lang` for
 * the link; the page then says the linked page is in that language); undefined when it is.
 */
export function linkLanguage(locale: LocaleCode, ref: Localized<object>): LocaleCode | undefined {
  if (locale === DEFAULT_LOCALE || ref.inLanguage === undefined || ref.inLanguage === locale) return undefined;
  return ref.inLanguage;
}

/**
 * Each default-locale path of an entry's page (or section of a page) → its path in `locale`,
 * for the entries that have one there; built once per build from the default locale's entries.
 */
export type PathsInLocale = ReadonlyMap<string, string>;

export function pathsInLocale(
  locale: LocaleCode,
  entries: {
    subtypes: readonly WithSlugs[];
    treatments: readonly WithSlugs[];
    clinicalTrials: readonly WithSlugs[];
    diagnosticTests: readonly WithSlugs[];
    supportServices: readonly WithSlugs[];
  },
): PathsInLocale {
  const map = new Map<string, string>();
  const add = (list: readonly WithSlugs[], pathOf: (slug: string) => string) => {
    for (const entry of list) {
      const slug = entry.localizations?.[locale]?.slug;
      if (slug) map.set(pathOf(entry.slug), localePath(locale, pathOf(slug)));
    }
  };
  add(entries.subtypes, paths.subtype);
  add(entries.treatments, paths.treatment);
  add(entries.clinicalTrials, paths.clinicalTrial);
  // A test's and a service's sections are on the locale's diagnosis and support pages, whatever their language.
  for (const test of entries.diagnosticTests) map.set(`${paths.diagnosis}#${test.slug}`, `${localePath(locale, paths.diagnosis)}#${test.localizations?.[locale]?.slug ?? test.slug}`);
  for (const service of entries.supportServices) map.set(`${paths.support}#${service.slug}`, `${localePath(locale, paths.support)}#${service.localizations?.[locale]?.slug ?? service.slug}`);
  return map;
}

type WithSlugs = { slug: string; localizations?: { readonly [locale: string]: { slug?: string } } };

/** The pages that are the site's own, in every locale (not an entry's): a link to one goes to the locale's. */
const SITE_PAGES = new Set<string>([
  paths.home,
  paths.diagnosis,
  paths.subtypes,
  paths.treatments,
  paths.doctors,
  paths.locations,
  paths.clinicalTrials,
  paths.support,
  paths.secondOpinion,
  paths.appointments,
  paths.search,
]);

/**
 * A link written in content (rich text, a call to action) with the default locale's path, as a
 * page in `locale` must give it: the same page in the locale where there is one, or else the
 * default locale's page and its language. Links elsewhere (other sites, mail, phone) are kept.
 */
export function localizedHref(href: string, locale: LocaleCode, inLocale: PathsInLocale): { href: string; lang?: LocaleCode } {
  if (locale === DEFAULT_LOCALE || !href.startsWith('/') || href.startsWith('//')) return { href };
  const mapped = inLocale.get(href);
  if (mapped) return { href: mapped };
  const path = href.split(/[?#]/, 1)[0]!;
  const rest = href.slice(path.length);
  const page = inLocale.get(path);
  if (page) return { href: `${page}${rest}` };
  if (SITE_PAGES.has(path) || /^\/(doctors|locations)\/[^/]+\/$/.test(path)) return { href: localePath(locale, href) };
  return { href, lang: DEFAULT_LOCALE };
}

/** Whether an entry (in `locale`, see localized-content.ts) has its own page in that locale: always in the default one. */
export function hasPageIn(locale: LocaleCode, entry: Localized<object>): boolean {
  return locale === DEFAULT_LOCALE || entry.inLanguage === locale;
}
