import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every .html file under `dir`, as paths relative to it. */
export function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative))) {
      const child = path.join(relative, name);
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else if (name.endsWith('.html')) found.push(child);
    }
  };
  walk('');
  return found.sort();
}

const ATTRIBUTE = /\s(href|src|srcset|content)\s*=\s*("([^"]*)"|'([^']*)')/gi;

/** Site-internal URLs a page refers to in href, src and srcset (and og:image content). */
export function internalUrls(html: string, siteOrigin?: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(ATTRIBUTE)) {
    const name = match[1].toLowerCase();
    const value = (match[3] ?? match[4] ?? '').replace(/&amp;/g, '&').trim();
    const candidates = name === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]) : [value];
    for (const candidate of candidates) {
      if (!candidate) continue;
      if (siteOrigin && candidate.startsWith(siteOrigin)) urls.push(candidate.slice(siteOrigin.length) || '/');
      else if (name !== 'content' && candidate.startsWith('/') && !candidate.startsWith('//')) urls.push(candidate);
    }
  }
  return urls;
}

/** The file a URL path is served from in a static build, or null when there is none. */
export function fileForUrl(dir: string, url: string): string | null {
  const pathname = decodeURIComponent(url.split(/[?#]/)[0]);
  const candidates = pathname.endsWith('/') ? [path.join(pathname, 'index.html')] : [pathname, `${pathname}.html`, path.join(pathname, 'index.html')];
  for (const candidate of candidates) {
    const file = path.join(dir, candidate);
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

export type BrokenLink = { page: string; url: string };

/** Internal links, images and assets that point at nothing in the build. */
export function findBrokenInternalLinks(dir: string, siteOrigin?: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const page of htmlFiles(dir)) {
    const html = readFileSync(path.join(dir, page), 'utf8');
    for (const url of new Set(internalUrls(html, siteOrigin))) {
      if (!fileForUrl(dir, url)) broken.push({ page, url });
    }
  }
  return broken;
}
