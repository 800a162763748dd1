import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES } from '@mbc/shared';

type LocalesService = {
  findByCode(code: string): Promise<{ code: string } | null>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string | null>;
  setDefaultLocale(locale: { code: string }): Promise<unknown>;
};

/**
 * The site's languages exist in Strapi's i18n at every start, from the contract's LOCALES
 * (shared/src/locales.ts), with its DEFAULT_LOCALE as Strapi's default: the version every
 * request without a locale reads, and the one that holds each document's relations. Creates
 * only what is missing, so a second start changes nothing.
 */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales') as LocalesService;
  for (const locale of LOCALES) {
    if (await locales.findByCode(locale.code)) continue;
    await locales.create({ code: locale.code, name: locale.adminName });
    strapi.log.info(`Added the locale ${locale.adminName}.`);
  }
  const current = await locales.getDefaultLocale();
  if (current !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
    if (current) strapi.log.warn(`The default locale was ${current}; set it back to ${DEFAULT_LOCALE}, the site's default language (shared/src/locales.ts).`);
  }
}
