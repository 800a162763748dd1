import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findAll, parseHtml } from './html';
import { fileForUrl, listFiles } from './site-files';

/** Every .html file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'content'] as const;

/** Site-internal URLs a page refers to in href, src and srcset (and og:image content). */
function internalUrls(html: string, siteOrigin?: string): string[] {
  const urls: string[] = [];
  for (const element of findAll(parseHtml(html), (candidate) => URL_ATTRIBUTES.some((name) => name in candidate.attrs))) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.attrs[name]?.trim();
      if (!value) continue;
      const candidates = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
      for (const candidate of candidates) {
        if (!candidate) continue;
        if (siteOrigin && candidate.startsWith(siteOrigin)) urls.push(candidate.slice(siteOrigin.length) || '/');
        else if (name !== 'content' && candidate.startsWith('/') && !candidate.startsWith('//')) urls.push(candidate);
      }
    }
  }
  return urls;
}

export type BrokenLink = { page: string; url: string };

/** Internal links, images and assets that point at nothing in the build (as the static server resolves them). */
export function findBrokenInternalLinks(dir: string, siteOrigin?: string): BrokenLink[] {
  const root = path.resolve(dir);
  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(root)) {
    const html = readFileSync(path.join(root, page), 'utf8');
    for (const url of new Set(internalUrls(html, siteOrigin))) {
      if (!fileForUrl(root, url)) broken.push({ page, url });
    }
  }
  return broken;
}
