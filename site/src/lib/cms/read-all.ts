import { CONTENT_TYPES, type ContentTypeName } from '@mbc/shared';
import { ContentCheckError, UnreviewedPagesError, parseContentEntries } from './loader';
import type { ContentSnapshot } from './snapshot';
import { fetchAllEntries, type FetchAllEntriesOptions } from './strapi-client';

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
