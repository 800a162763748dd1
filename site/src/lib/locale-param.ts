import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '@mbc/shared';

/** The route parameter that holds a locale other than the default (src/lib/locale-routes.ts injects the routes). */
export const LOCALE_PARAM = 'locale';

/** The locale of the page being rendered, from its route params (the default locale's routes have none). */
export function localeOfParams(params: Record<string, string | undefined>): LocaleCode {
  const locale = params[LOCALE_PARAM];
  return isLocaleCode(locale) ? locale : DEFAULT_LOCALE;
}

/** Whether the route params name a locale the site has a route for: none (the default locale's routes), or another locale's code. */
export function isRoutedLocale(params: Record<string, string | undefined>): boolean {
  const locale = params[LOCALE_PARAM];
  return locale === undefined || (isLocaleCode(locale) && locale !== DEFAULT_LOCALE);
}
