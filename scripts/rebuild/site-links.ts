import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { fileForUrl, listFiles } from './site-files';

/** Every .html file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'content']);

/**
 * Site-internal URLs a page refers to in href, src and srcset (and og:image content). Read with
 * htmlparser2's streaming parser, attribute by attribute, without building the page's tree: a
 * 10,000-physician build checks 11,000 pages, and building their trees was most of the check.
 */
export function internalUrls(html: string, siteOrigin?: string): string[] {
  const urls: string[] = [];
  const parser = new Parser(
    {
      onattribute(name, rawValue) {
        if (!URL_ATTRIBUTES.has(name)) return;
        const value = rawValue.trim();
        if (!value) return;
        const candidates = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
        for (const candidate of candidates) {
          if (!candidate) continue;
          if (siteOrigin && candidate.startsWith(siteOrigin)) urls.push(candidate.slice(siteOrigin.length) || '/');
          else if (name !== 'content' && candidate.startsWith('/') && !candidate.startsWith('//')) urls.push(candidate);
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return urls;
}

export type BrokenLink = { page: string; url: string };

/** Pages read at a time. Between batches the event loop runs: in the site build, Pagefind's replies wait on it. */
const PAGES_PER_BATCH = 64;

/** The pages' HTML (`pages`: files relative to `root`), read a batch at a time. */
export async function* pagesInBatches(root: string, pages: readonly string[]): AsyncGenerator<{ page: string; html: string }[]> {
  for (let start = 0; start < pages.length; start += PAGES_PER_BATCH) {
    const batch = pages.slice(start, start + PAGES_PER_BATCH);
    const contents = await Promise.all(batch.map((page) => readFile(path.join(root, page), 'utf8')));
    yield batch.map((page, at) => ({ page, html: contents[at]! }));
  }
}

/**
 * Internal links, images and assets that point at nothing in the build (as the static server
 * resolves them), on `pages` (.html files relative to `dir`; every page when omitted).
 */
export async function findBrokenInternalLinks(dir: string, options: { siteOrigin?: string; pages?: readonly string[] } = {}): Promise<BrokenLink[]> {
  const root = path.resolve(dir);
  const broken: BrokenLink[] = [];
  // Every page links to the same header, footer and asset URLs: each URL is looked up on disk once.
  const resolves = new Map<string, boolean>();
  for await (const batch of pagesInBatches(root, options.pages ?? htmlFiles(root))) {
    for (const { page, html } of batch) {
      for (const url of new Set(internalUrls(html, options.siteOrigin))) {
        let found = resolves.get(url);
        if (found === undefined) resolves.set(url, (found = fileForUrl(root, url) !== null));
        if (!found) broken.push({ page, url });
      }
    }
  }
  return broken;
}

/** A removed file's path that a page can only name as written (no percent-encoding or entity can spell it otherwise). */
const PLAIN_PATH = /^[A-Za-z0-9._~/-]+$/;
/** Past this many removed files, reading every kept page through is simpler than looking for each. */
const MOST_REMOVED_LOOKED_FOR = 200;

/**
 * The pages of a release built on the live one whose links need checking. A page kept from the
 * live release (`kept`: hard-linked, byte for byte) had every link resolve there, so it can have
 * a broken link now only if it names a file the live release had and this one has not (a removed
 * doctor's page, an asset no longer built): it is checked if its HTML contains such a path. Every
 * other page is checked. Paths are .html files relative to `dir`. `notLinkedFrom`: folders no
 * page's HTML names a file of (the site build's search bundle, which pages load from scripts, and
 * which is still being written when its content report runs).
 */
export async function pagesToCheckAfter(dir: string, liveDir: string, kept: ReadonlySet<string>, notLinkedFrom: readonly string[] = []): Promise<string[]> {
  const root = path.resolve(dir);
  const files = listFiles(root);
  const present = new Set(files);
  const unlinked = notLinkedFrom.map((folder) => `${folder}${path.sep}`);
  const removed = listFiles(path.resolve(liveDir))
    .filter((file) => !present.has(file) && !unlinked.some((folder) => file.startsWith(folder)))
    // A page's folder without its last slash: a link may name it so (the server redirects to it).
    .map((file) => `/${file.split(path.sep).join('/').replace(/\/?index\.html$/, '')}`);
  const pages = files.filter((file) => file.endsWith('.html'));
  const toCheck = pages.filter((page) => !kept.has(page));
  const keptPages = pages.filter((page) => kept.has(page));
  if (removed.length === 0) return toCheck;
  if (removed.length > MOST_REMOVED_LOOKED_FOR || removed.some((url) => !PLAIN_PATH.test(url))) return pages;
  for await (const batch of pagesInBatches(root, keptPages)) {
    toCheck.push(...batch.filter(({ html }) => removed.some((url) => html.includes(url))).map(({ page }) => page));
  }
  return toCheck.sort();
}
