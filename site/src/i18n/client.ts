/**
 * The dictionary of the page a client island runs on, loaded on its own: each locale's dictionary
 * is a chunk of its own, so a page downloads only its language's words. The page says its language
 * in <html lang> (the dictionary's htmlLang, e.g. en-US), whose language subtag is the locale code.
 * No runtime import of index.ts or @mbc/shared here: either would put every locale into the island.
 */
import type { LocaleCode } from '@mbc/shared';
import type { Dictionary } from './index';

const LOADERS: Record<LocaleCode, () => Promise<Dictionary>> = {
  en: () => import('./en').then((module) => module.en),
  es: () => import('./es').then((module) => module.es),
};

/** The locale of a language tag ('en-US' → 'en'); undefined when the site has no such locale. */
export function localeOfLanguageTag(tag: string): LocaleCode | undefined {
  const code = tag.split('-')[0]?.toLowerCase() ?? '';
  return Object.hasOwn(LOADERS, code) ? (code as LocaleCode) : undefined;
}

export function pageDictionary(): Promise<Dictionary> {
  const tag = document.documentElement.lang;
  const locale = localeOfLanguageTag(tag);
  if (!locale) return Promise.reject(new Error(`The page's language (<html lang="${tag}">) is none of the site's locales (${Object.keys(LOADERS).join(', ')}).`));
  return LOADERS[locale]();
}
