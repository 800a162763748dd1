import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '@mbc/shared';

/** The route parameter that holds a locale other than the default (src/lib/locale-routes.ts injects the routes). */
export const LOCALE_PARAM = 'locale';

/** The locale of the page being rendered, from its route params (the default locale's routes have none). */
export function localeOfParams(params: Record<string, string | undefined>): LocaleCode {
  const locale = params[LOCALE_PARAM];
  return isLocaleCode(locale) ? locale : DEFAULT_LOCALE;
}
