import { DEFAULT_LOCALE, LOCALE_CODES, localePath, type LocaleCode } from '@mbc/shared';
import type { WithLocalizations } from './localized-content';

/**
 * In which locales a page exists, and its path in each: the one rule the routes, the language
 * switch, the hreflang links, the sitemap and the incremental build (touched-pages.ts) all follow.
 *
 * - A page of the site itself (the home page, a list, the finder, the request pages, search): every
 *   locale. The home page shows the overview in the default locale's words where it has no version.
 * - A medical entry's page (a subtype, treatment or trial): the default locale, and
 *   each locale in which the entry has a published version, at its slug in that locale.
 * - A doctor's or a clinic's page: every locale (what a patient needs there is shared data),
 *   at the one slug they have.
 */
export interface PageInLocale {
  locale: LocaleCode;
  path: string;
}

export function sitePageLocales(path: string): PageInLocale[] {
  return LOCALE_CODES.map((locale) => ({ locale, path: localePath(locale, path) }));
}

/**
 * The page of `entry` (the default locale's entry, with its versions in `localizations`) in each
 * locale it has one, from `pathOf(slug)`. `everyLocale`: it has a page in every locale (doctors,
 * clinics), at its translated slug where there is one.
 */
export function entryPageLocales(
  pathOf: (slug: string) => string,
  entry: WithLocalizations<{ slug?: string | null }>,
  { everyLocale = false }: { everyLocale?: boolean } = {},
): PageInLocale[] {
  return LOCALE_CODES.flatMap((locale) => {
    const slug = entry.slug ?? '';
    if (locale === DEFAULT_LOCALE) return [{ locale, path: pathOf(slug) }];
    const version = entry.localizations?.[locale] as { slug?: string } | undefined;
    if (!version && !everyLocale) return [];
    return [{ locale, path: localePath(locale, pathOf(version?.slug ?? slug)) }];
  });
}
