/**
 * The site's words in every locale: one dictionary per locale (en.ts, es.ts…), each with every key
 * of the English one. Pages, layouts and components look their texts up here; the client islands
 * load only their page's dictionary (client.ts).
 */
import type { LocaleCode } from '@mbc/shared';
import { localeOfParams } from '../lib/locale-param';
import { en } from './en';
import { es } from './es';

/** Every text of the site; the English dictionary's shape, so a key missing in any locale fails the typecheck. */
export type Dictionary = typeof en;

const DICTIONARIES: Record<LocaleCode, Dictionary> = { en, es };

export function dictionary(locale: LocaleCode): Dictionary {
  return DICTIONARIES[locale];
}

/**
 * The locale a page is rendered in: the `locale` parameter of its route (src/lib/locale-routes.ts:
 * every page is also injected under /[locale] for the other locales), or the default locale.
 */
export function pageLocale(page: { params: Record<string, string | undefined> }): LocaleCode {
  return localeOfParams(page.params);
}

/** The language tag of a locale's pages (`<html lang>`, hreflang): en-US, es-US. */
export function languageTag(locale: LocaleCode): string {
  return dictionary(locale).htmlLang;
}
