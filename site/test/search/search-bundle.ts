/**
 * Searches a built Pagefind bundle from Node, with the same pagefind.js the search page loads in
 * the browser. It fetches its index files relative to the bundle, so fetch reads them from disk.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { vi } from 'vitest';

export interface SearchResult {
  url: string;
  title: string | undefined;
  /** Everything Pagefind indexed for the result (a page's text, a record's content). */
  content: string;
}

interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string; content: string; meta: { title?: string } }> }[] }>;
}

export async function openSearchBundle(bundleDir: string): Promise<(term: string) => Promise<SearchResult[]>> {
  vi.stubGlobal('fetch', async (url: string | URL) => new Response(await readFile(fileURLToPath(url))));
  const bundleUrl = pathToFileURL(`${path.resolve(bundleDir)}/`).href;
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as PagefindModule;
  // baseUrl: results keep the site's own paths (/doctors/…/), not ones under the bundle's folder.
  await pagefind.options({ basePath: bundleUrl, baseUrl: '/' });
  await pagefind.init();
  return async (term) => {
    const { results } = await pagefind.search(term);
    const data = await Promise.all(results.map((result) => result.data()));
    return data.map((result) => ({ url: result.url, title: result.meta.title, content: result.content }));
  };
}
