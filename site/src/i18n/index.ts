/**
 * The site's words in every locale: one dictionary per locale (en.ts, es.ts…), each with every key
 * of the English one. Pages, layouts and components look their texts up here; the client islands
 * load only their page's dictionary (client.ts).
 */
import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '@mbc/shared';
import { en } from './en';
import { es } from './es';

/** Every text of the site; the English dictionary's shape, so a key missing in any locale fails the typecheck. */
export type Dictionary = typeof en;

const DICTIONARIES: Record<LocaleCode, Dictionary> = { en, es };

export function dictionary(locale: LocaleCode): Dictionary {
  return DICTIONARIES[locale];
}

/**
 * The locale a page is rendered in. Every page is English (the default locale) until the /es/
 * routes exist; Astro's i18n routing, once configured, sets currentLocale for them.
 */
export function pageLocale(page: { currentLocale?: string | undefined }): LocaleCode {
  return isLocaleCode(page.currentLocale) ? page.currentLocale : DEFAULT_LOCALE;
}
