/**
 * The built site seen from outside: its pages, which template made each, and what each page
 * costs in bytes (HTML, CSS, JavaScript). Shared by the site's build tests and the site benchmark.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, localeOfPath, type LocaleCode } from '@mbc/shared';
import { byTag, parseHtml, rawTextOf, type HtmlElement } from './html';
import { fileForUrl, listFiles } from './site-files';

export { listFiles };

export interface BuiltPage {
  /** The URL path the page is served at: '/', '/doctors/jane-doe/', '/404.html', '/es/doctors/jane-doe/'. */
  route: string;
  /** The page's locale: the default's at the site's own paths, another's under its code (/es/…). */
  locale: LocaleCode;
  /** Absolute path of the HTML file. */
  file: string;
  template: PageTemplate;
}

/** Page templates of the site (design: "Site routes"). */
export const PAGE_TEMPLATES = [
  'overview',
  'diagnosis',
  'subtype-list',
  'subtype',
  'treatment-list',
  'treatment',
  'physician-list',
  'physician',
  'location-list',
  'location',
  'trial-list',
  'trial',
  'support',
  'second-opinion',
  'appointments',
  'search',
  'not-found',
  'other',
] as const;
export type PageTemplate = (typeof PAGE_TEMPLATES)[number];

/**
 * Collection routes: list page, detail pages under it (one per published entry of the CMS
 * endpoint; the rebuild service checks those counts before a build goes live). In another locale
 * (/es/…), a doctor or a clinic has a page whatever their texts (`everyLocale`, as
 * site/src/lib/page-locales.ts places them); the other entries only where they have a published
 * version in that locale.
 */
export const COLLECTION_ROUTES = {
  subtypes: { list: 'subtype-list', detail: 'subtype', endpoint: 'subtypes', everyLocale: false },
  treatments: { list: 'treatment-list', detail: 'treatment', endpoint: 'treatments', everyLocale: false },
  doctors: { list: 'physician-list', detail: 'physician', endpoint: 'physicians', everyLocale: true },
  locations: { list: 'location-list', detail: 'location', endpoint: 'locations', everyLocale: true },
  'clinical-trials': { list: 'trial-list', detail: 'trial', endpoint: 'clinical-trials', everyLocale: false },
} as const satisfies Record<string, { list: PageTemplate; detail: PageTemplate; endpoint: string; everyLocale: boolean }>;

const SINGLE_ROUTES: Record<string, PageTemplate> = {
  '/': 'overview',
  '/diagnosis/': 'diagnosis',
  '/support/': 'support',
  '/second-opinion/': 'second-opinion',
  '/appointments/': 'appointments',
  '/search/': 'search',
  '/404.html': 'not-found',
};

/** A page's template, in any locale: /es/doctors/x/ is a physician page as /doctors/x/ is; a locale's not-found page is /es/404/. */
function templateOf(route: string): PageTemplate {
  const { locale, path: inLocale } = localeOfPath(route);
  const path = locale !== DEFAULT_LOCALE && inLocale === '/404/' ? '/404.html' : inLocale;
  if (SINGLE_ROUTES[path]) return SINGLE_ROUTES[path];
  return collectionTemplateOf(path);
}

function collectionTemplateOf(route: string): PageTemplate {
  const match = /^\/([^/]+)\/(?:([^/]+)\/)?$/.exec(route);
  const collection = match && COLLECTION_ROUTES[match[1] as keyof typeof COLLECTION_ROUTES];
  if (collection) return match[2] ? collection.detail : collection.list;
  return 'other';
}

/** 'doctors/x/index.html' → '/doctors/x/'; '404.html' → '/404.html'. */
function routeOfFile(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

export function listPages(outDir: string): BuiltPage[] {
  return listFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const route = routeOfFile(file);
      return { route, locale: localeOfPath(route).locale, file: path.join(outDir, file), template: templateOf(route) };
    });
}

/** Total bytes of the files below `dir`. */
export function directoryBytes(dir: string): number {
  return listFiles(dir).reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
}

export interface PageWeight {
  route: string;
  template: PageTemplate;
  htmlBytes: number;
  /** Linked stylesheets plus inline <style>. */
  cssBytes: number;
  /** Script files (src and modulepreload) plus inline scripts; JSON-LD is data, not counted. */
  jsBytes: number;
  /** The JavaScript files and inline scripts counted, for messages. */
  scripts: string[];
}

const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json', 'importmap', 'speculationrules']);

/** A <script> that runs code (not a JSON data block). */
export function isExecutableScript(script: HtmlElement): boolean {
  const type = (script.attrs.type ?? '').trim().toLowerCase();
  return !DATA_SCRIPT_TYPES.has(type);
}

/** The file in `outDir` a root-relative URL names, or undefined for other URLs. */
function localFile(outDir: string, url: string): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  return fileForUrl(outDir, url) ?? undefined;
}

function sizeOf(file: string | undefined): number {
  if (!file) return 0;
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

export function measurePage(outDir: string, page: BuiltPage, document: HtmlElement = parseHtml(readFileSync(page.file, 'utf8'))): PageWeight {
  const htmlBytes = statSync(page.file).size;
  let cssBytes = 0;
  let jsBytes = 0;
  const scripts: string[] = [];
  for (const link of byTag(document, 'link')) {
    const rel = (link.attrs.rel ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) cssBytes += sizeOf(localFile(outDir, link.attrs.href ?? ''));
    if (rel.includes('modulepreload')) {
      jsBytes += sizeOf(localFile(outDir, link.attrs.href ?? ''));
      scripts.push(link.attrs.href ?? '');
    }
  }
  for (const style of byTag(document, 'style')) cssBytes += Buffer.byteLength(rawTextOf(style));
  for (const script of byTag(document, 'script')) {
    if (!isExecutableScript(script)) continue;
    if (script.attrs.src !== undefined) {
      jsBytes += sizeOf(localFile(outDir, script.attrs.src));
      scripts.push(script.attrs.src);
    } else {
      const code = rawTextOf(script);
      jsBytes += Buffer.byteLength(code);
      scripts.push(`inline script (${Buffer.byteLength(code)} bytes)`);
    }
  }
  return { route: page.route, template: page.template, htmlBytes, cssBytes, jsBytes, scripts };
}
