/**
 * No broken internal link or image in the build: every URL a page (or a stylesheet) refers to on
 * this site resolves to a file in dist/, and every #fragment to an element on its page. External
 * links are not fetched, but none may point at the CMS the site was built from (it is not public).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byTag, findAll, rawTextOf, type HtmlElement } from '../../../scripts/rebuild/html';
import { fileForUrl, listFiles } from '../../../scripts/rebuild/site-files';
import { loadAllPages, loadPage, outDir, pages, siteOrigin } from './site';

interface Reference {
  /** Where it was found: a page route or a stylesheet path. */
  from: string;
  /** e.g. img[src] */
  attribute: string;
  url: string;
}

const SKIPPED_SCHEMES = /^(mailto|tel|sms|javascript|data|blob|about):/i;

/** URL-bearing attributes, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  input: ['src'],
  image: ['href'],
  use: ['href', 'xlink:href'],
};

function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter(Boolean);
}

function referencesOn(route: string, document: HtmlElement): Reference[] {
  const references: Reference[] = [];
  for (const element of findAll(document, (candidate) => candidate.tag in URL_ATTRIBUTES)) {
    for (const attribute of URL_ATTRIBUTES[element.tag]) {
      const value = element.attrs[attribute];
      if (value === undefined) continue;
      const urls = attribute === 'srcset' ? srcsetUrls(value) : [value.trim()];
      for (const url of urls) references.push({ from: route, attribute: `${element.tag}[${attribute}]`, url });
    }
  }
  // Social previews name images by absolute URL.
  for (const meta of byTag(document, 'meta')) {
    const key = meta.attrs.property ?? meta.attrs.name ?? '';
    if (/^(og:image|og:image:url|og:image:secure_url|og:url|twitter:image)$/.test(key) && meta.attrs.content) {
      references.push({ from: route, attribute: `meta[${key}]`, url: meta.attrs.content });
    }
  }
  // JSON-LD urls and images on this site must exist too.
  for (const script of byTag(document, 'script').filter((candidate) => candidate.attrs.type === 'application/ld+json')) {
    let data: unknown;
    try {
      data = JSON.parse(rawTextOf(script));
    } catch {
      continue; // json-ld.test.ts reports it
    }
    // An @id is a name for a node, not a link; other URLs must lead to a page (fragments aside).
    const walk = (value: unknown, key: string) => {
      if (key === '@id') return;
      if (typeof value === 'string' && value.startsWith(`${siteOrigin()}/`)) references.push({ from: route, attribute: `JSON-LD ${key}`, url: value.split('#')[0] });
      else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
      else if (value && typeof value === 'object') for (const [child, item] of Object.entries(value)) walk(item, child);
    };
    walk(data, '');
  }
  return references;
}

/** url() references in the built stylesheets, as site-absolute URLs. */
function stylesheetReferences(): Reference[] {
  const references: Reference[] = [];
  for (const file of listFiles(outDir()).filter((name) => name.endsWith('.css'))) {
    const cssUrl = `/${file.split(path.sep).join('/')}`;
    const css = readFileSync(path.join(outDir(), file), 'utf8');
    for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
      if (SKIPPED_SCHEMES.test(match[2]) || match[2].startsWith('#')) continue;
      references.push({ from: cssUrl, attribute: 'css url()', url: new URL(match[2], `${siteOrigin()}${cssUrl}`).href });
    }
  }
  return references;
}

/** The dist file a site path is served from (as the static server and nginx resolve it), or undefined. */
function fileFor(pathname: string): string | undefined {
  return fileForUrl(outDir(), pathname) ?? undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const route = pages().find((page) => page.file === file)?.route;
    const document = route ? loadPage(route).document : undefined;
    ids = new Set(
      document ? findAll(document, (element) => 'id' in element.attrs || (element.tag === 'a' && 'name' in element.attrs)).map((element) => element.attrs.id ?? element.attrs.name) : [],
    );
    idsCache.set(file, ids);
  }
  return ids;
}

/** Why a reference is broken, or undefined when it resolves. */
function problemWith(reference: Reference): string | undefined {
  const { url } = reference;
  if (url === '') return 'empty URL';
  if (SKIPPED_SCHEMES.test(url)) return undefined;
  const base = reference.from.startsWith('/') ? `${siteOrigin()}${reference.from}` : siteOrigin();
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return 'not a URL';
  }
  if (resolved.origin !== siteOrigin()) {
    // The appointment form posts to the CMS on purpose (CMS_PUBLIC_URL, here the local test CMS;
    // appointment-form.test.ts sends it there in a browser).
    if (reference.attribute === 'form[action]' && resolved.pathname === '/api/appointment-requests') return undefined;
    // The build runs against a CMS on this machine; visitors cannot reach it.
    if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(resolved.hostname)) return 'points at a local server (the CMS?), which visitors cannot reach';
    return undefined; // external: not fetched
  }
  const file = fileFor(resolved.pathname);
  if (!file) return `no file in dist for ${resolved.pathname}`;
  if (statSync(file).size === 0) return `${resolved.pathname} is empty`;
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  if (fragment && fragment !== 'top' && file.endsWith('.html') && !idsOn(file).has(fragment)) {
    return `${resolved.pathname} has no element with id "${fragment}"`;
  }
  return undefined;
}

function report(broken: { reference: Reference; problem: string }[]): string {
  const byPage = new Map<string, string[]>();
  for (const { reference, problem } of broken) {
    byPage.set(reference.from, [...(byPage.get(reference.from) ?? []), `  ${reference.attribute} ${reference.url} → ${problem}`]);
  }
  return [...byPage].map(([from, lines]) => `${from}\n${lines.join('\n')}`).join('\n');
}

describe('internal links and images', () => {
  it('the build has pages, stylesheets and images to check', () => {
    const files = listFiles(outDir());
    expect(pages().length).toBeGreaterThan(20);
    expect(files.some((file) => file.endsWith('.css'))).toBe(true);
    expect(files.some((file) => /^_astro\/.+\.(webp|avif|png|jpe?g|svg)$/.test(file.split(path.sep).join('/')))).toBe(true);
  });

  it('every href, src and srcset on every page resolves to a file in dist/ (and every #fragment to an id)', () => {
    const references = loadAllPages().flatMap((page) => referencesOn(page.route, page.document));
    expect(references.filter((reference) => reference.attribute === 'img[src]').length).toBeGreaterThan(0);
    const broken = references.flatMap((reference) => {
      const problem = problemWith(reference);
      return problem ? [{ reference, problem }] : [];
    });
    expect(broken.length, `broken references:\n${report(broken)}`).toBe(0);
  });

  it('every url() in the stylesheets resolves to a file in dist/', () => {
    const broken = stylesheetReferences().flatMap((reference) => {
      const problem = problemWith(reference);
      return problem ? [{ reference, problem }] : [];
    });
    expect(broken.length, `broken references:\n${report(broken)}`).toBe(0);
  });

  it('the search page loads Pagefind from /pagefind/, which the build indexed', () => {
    const references = referencesOn('/search/', loadPage('/search/').document);
    const html = loadPage('/search/').html;
    expect(references.some((reference) => reference.url.includes('/pagefind/')) || html.includes('/pagefind/')).toBe(true);
    expect(fileFor('/pagefind/pagefind.js')).toBeDefined();
    expect(listFiles(path.join(outDir(), 'pagefind')).some((file) => file.endsWith('.pf_index'))).toBe(true);
  });
});
