import { readFileSync } from 'node:fs';
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

/** Internal links, images and assets that point at nothing in the build (as the static server resolves them). */
export function findBrokenInternalLinks(dir: string, siteOrigin?: string): BrokenLink[] {
  const root = path.resolve(dir);
  const broken: BrokenLink[] = [];
  // Every page links to the same header, footer and asset URLs: each URL is looked up on disk once.
  const resolves = new Map<string, boolean>();
  for (const page of htmlFiles(root)) {
    const html = readFileSync(path.join(root, page), 'utf8');
    for (const url of new Set(internalUrls(html, siteOrigin))) {
      let found = resolves.get(url);
      if (found === undefined) resolves.set(url, (found = fileForUrl(root, url) !== null));
      if (!found) broken.push({ page, url });
    }
  }
  return broken;
}
