/**
 * What the build tests look at: the built site (from global-setup.ts) and the CMS's published
 * content it was built from. Everything is read from disk once per test file and cached.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import { DEFAULT_LOCALE, type ContentTypeName, type LocaleCode } from '@mbc/shared';
import { byTag, first, parseHtml, textOf, type HtmlElement } from '../../../scripts/rebuild/html';
import { listPages, type BuiltPage, type PageTemplate } from '../../../scripts/rebuild/site-pages';

import { CONTENT_FILE, DIST_FOLDER } from './build-dir';

/** Published entries per content type, as the CMS's REST API returns them (with the site's populate). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type CmsContent = Record<ContentTypeName, any[]>;

export function outDir(): string {
  return path.join(inject('siteBuildDir'), DIST_FOLDER);
}

let contentCache: CmsContent | undefined;
export function cmsContent(): CmsContent {
  contentCache ??= JSON.parse(readFileSync(path.join(inject('siteBuildDir'), CONTENT_FILE), 'utf8')) as CmsContent;
  return contentCache;
}

/** The single types come back as one-element arrays. */
export function siteSettings() {
  return cmsContent().siteSettings[0];
}
export function conditionPage() {
  return cmsContent().conditionPage[0];
}

/** Content types with a page per entry, and where that page lives. */
export const DETAIL_ROUTES = {
  subtype: '/subtypes/',
  treatment: '/treatments/',
  physician: '/doctors/',
  location: '/locations/',
  clinicalTrial: '/clinical-trials/',
} as const satisfies Partial<Record<ContentTypeName, string>>;

/** Routes every build has, whatever the content. */
export const FIXED_ROUTES = [
  '/',
  '/diagnosis/',
  '/subtypes/',
  '/treatments/',
  '/doctors/',
  '/locations/',
  '/clinical-trials/',
  '/support/',
  '/second-opinion/',
  '/appointments/',
  '/search/',
  '/404.html',
] as const;

export interface LoadedPage extends BuiltPage {
  html: string;
  document: HtmlElement;
  /** The visible text of <body>. */
  text: string;
}

let pagesCache: BuiltPage[] | undefined;
export function pages(): BuiltPage[] {
  pagesCache ??= listPages(outDir());
  return pagesCache;
}

/** The pages of a template in one locale (the default one's unless asked: the other locales' tests ask for theirs). */
export function pagesOf(template: PageTemplate, locale: LocaleCode = DEFAULT_LOCALE): BuiltPage[] {
  return pages().filter((page) => page.template === template && page.locale === locale);
}

const loaded = new Map<string, LoadedPage>();
export function loadPage(route: string): LoadedPage {
  let page = loaded.get(route);
  if (!page) {
    const built = pages().find((candidate) => candidate.route === route);
    if (!built) throw new Error(`No page ${route} in the build (${outDir()})`);
    const html = readFileSync(built.file, 'utf8');
    const document = parseHtml(html);
    const body = first(document, (element) => element.tag === 'body') ?? document;
    page = { ...built, html, document, text: textOf(body) };
    loaded.set(route, page);
  }
  return page;
}

export function loadAllPages(): LoadedPage[] {
  return pages().map((page) => loadPage(page.route));
}

/** The <head> meta tag with name= or property= `key`. */
export function metaContent(document: HtmlElement, key: string): string | undefined {
  return byTag(document, 'meta').find((meta) => meta.attrs.name === key || meta.attrs.property === key)?.attrs.content;
}

export function canonicalOf(document: HtmlElement): string | undefined {
  return byTag(document, 'link').find((link) => (link.attrs.rel ?? '').toLowerCase().split(/\s+/).includes('canonical'))?.attrs.href;
}

/** The site's origin, e.g. https://example.org, read from the home page's canonical URL. */
export function siteOrigin(): string {
  const canonical = canonicalOf(loadPage('/').document);
  if (!canonical) throw new Error('The home page has no <link rel="canonical">, so the site origin is unknown.');
  return new URL(canonical).origin;
}

/** "2026-06-15" → "June 15, 2026", the date style patients read on the site. */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function digitsOf(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
