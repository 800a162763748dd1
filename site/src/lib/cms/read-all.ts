import { CONTENT_TYPES, ContentContractError, DEFAULT_LOCALE, LOCALE_CODES, parseTranslation, type ContentTypeName } from '@mbc/shared';
import { ContentCheckError, UnreviewedPagesError, parseContentEntries } from './loader';
import type { ContentSnapshot } from './snapshot';
import { fetchAllEntries, fetchTranslations, type FetchAllEntriesOptions } from './strapi-client';

/**
 * Every published entry of every content type, read and checked as the site build does: each type
 * fetched with its populate preset (all types at once, as Astro runs the collections' loaders),
 * then parsed with the content contract, medical pages checked for their reviewer. Every failing
 * entry of every type is reported in one error, so one run lists everything an editor has to fix.
 * Used by the snapshot export and the benchmarks' content-sync figure.
 */
export async function readAllContent(options: FetchAllEntriesOptions): Promise<ContentSnapshot['content']> {
  const names = Object.keys(CONTENT_TYPES) as ContentTypeName[];
  const fetched = await Promise.all(names.map((name) => fetchAllEntries(name, options)));
  const content = {} as ContentSnapshot['content'];
  const failures: (ContentCheckError | UnreviewedPagesError)[] = [];
  names.forEach((name, index) => {
    try {
      content[name] = parseContentEntries(name, fetched[index]!);
    } catch (error) {
      if (!(error instanceof ContentCheckError || error instanceof UnreviewedPagesError)) throw error;
      failures.push(error);
    }
  });
  if (failures.length > 0) {
    throw new Error(`Some published content breaks the content contract.\n\n${failures.map((failure) => failure.message).join('\n\n')}`);
  }
  return content;
}

/**
 * Every published version in each other locale than the default, as the site build reads them
 * (translated fields only), checked with the contract; for the snapshot export. Every failing
 * version is reported in one error.
 */
export async function readAllTranslations(options: FetchAllEntriesOptions): Promise<NonNullable<ContentSnapshot['translations']>> {
  const names = Object.keys(CONTENT_TYPES) as ContentTypeName[];
  const translations: NonNullable<ContentSnapshot['translations']> = {};
  const failures: string[] = [];
  for (const locale of LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)) {
    const fetched = await Promise.all(names.map((name) => fetchTranslations(name, locale, options)));
    const byType: NonNullable<ContentSnapshot['translations']>[string] = {};
    names.forEach((name, index) => {
      byType[name] = fetched[index]!.flatMap((version) => {
        try {
          return [parseTranslation(name, version)];
        } catch (error) {
          if (!(error instanceof ContentContractError)) throw error;
          failures.push(error.message);
          return [];
        }
      });
    });
    translations[locale] = byType;
  }
  if (failures.length > 0) throw new Error(`Some published translations break the content contract.\n\n${failures.join('\n\n')}`);
  return translations;
}
