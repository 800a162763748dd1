/**
 * Content pages ship no JavaScript: the only scripts are JSON-LD data blocks. The exceptions are
 * the search page (Pagefind runs in the browser), the doctor finder and locations pages (their
 * island, from /_astro/; without it /locations/ lists every clinic and /doctors/ is the first page of
 * the doctor directory: doctor-finder.test.ts, doctor-directory.test.ts), and the two pages
 * with the appointment request form (its checks; without it the form posts as plain HTML:
 * appointment-form.test.ts).
 */
import { APPOINTMENT_REQUEST_MESSAGES, localeOfPath } from '@mbc/shared';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIVE_SCRIPT_PATH } from '../../preview/pages';
import { byTag, findAll } from '../../../scripts/rebuild/html';
import { isExecutableScript, measurePage } from '../../../scripts/rebuild/site-pages';
import { loadAllPages, loadPage, outDir } from './site';

const WITH_JAVASCRIPT = new Set(['/search/', '/doctors/', '/locations/', '/appointments/', '/second-opinion/']);

describe('no JavaScript on content pages', () => {
  const contentPages = () => loadAllPages().filter((page) => !WITH_JAVASCRIPT.has(localeOfPath(page.route).path));

  it('no <script> other than application/ld+json, no module preloads, no inline event handlers', () => {
    const problems: string[] = [];
    for (const page of contentPages()) {
      for (const script of byTag(page.document, 'script')) {
        if (script.attrs.type !== 'application/ld+json') {
          problems.push(`${page.route}: <script${script.attrs.type ? ` type="${script.attrs.type}"` : ''}${script.attrs.src ? ` src="${script.attrs.src}"` : ''}>`);
        }
      }
      for (const link of byTag(page.document, 'link')) {
        if (/\b(modulepreload|prefetch)\b/i.test(link.attrs.rel ?? '') && /\.m?js(\?|$)/.test(link.attrs.href ?? '')) {
          problems.push(`${page.route}: <link rel="${link.attrs.rel}" href="${link.attrs.href}">`);
        }
      }
      for (const element of findAll(page.document, (candidate) => Object.keys(candidate.attrs).some((name) => name.startsWith('on')))) {
        problems.push(`${page.route}: <${element.tag}> has ${Object.keys(element.attrs).filter((name) => name.startsWith('on')).join(', ')}`);
      }
      for (const link of byTag(page.document, 'a')) {
        if (/^javascript:/i.test(link.attrs.href ?? '')) problems.push(`${page.route}: <a href="${link.attrs.href}">`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('JavaScript bytes per content page: 0', () => {
    const heavy = contentPages()
      .map((page) => measurePage(outDir(), page, page.document))
      .filter((weight) => weight.jsBytes > 0)
      .map((weight) => `${weight.route}: ${weight.jsBytes} bytes (${weight.scripts.join(', ')})`);
    expect(heavy).toEqual([]);
  });

  it('the search page is the exception: it starts Pagefind from its bundle under /pagefind/', () => {
    expect(loadPage('/search/').html).toContain('/pagefind/');
  });

  // The Content-Security-Policy (script-src 'self') refuses inline scripts: each must be a file.
  it.each(['/search/', '/doctors/', '/locations/', '/appointments/', '/second-opinion/'])('%s is an exception too: one module script of its own, from /_astro/, none inline', (route) => {
    const scripts = byTag(loadPage(route).document, 'script').filter(isExecutableScript);
    expect(scripts.map((script) => `${script.attrs.type} ${script.attrs.src}`)).toEqual([expect.stringMatching(/^module \/_astro\/[^/]+\.js$/)]);
  });

  // The draft preview adds its banner and its reload script to the pages it renders; the public
  // build (the same pages) must hold neither, in any file.
  it("no file of the public build carries the draft preview's banner or reload script", () => {
    const markers = [LIVE_SCRIPT_PATH, 'strapiUpdate', 'data-preview-banner', 'Draft preview — not published'];
    const found: string[] = [];
    for (const entry of readdirSync(outDir(), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(html|js|mjs|json|css|xml|txt)$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      const text = readFileSync(file, 'utf8');
      for (const marker of markers) if (text.includes(marker)) found.push(`${path.relative(outDir(), file)}: ${marker}`);
    }
    expect(found).toEqual([]);
  });

  // The islands need the content contract's rules (the appointment form's checks, the finder's
  // words), never its Zod schemas: a constant taken from a module with schemas once put all of Zod
  // into the English dictionary, 16 KB gzipped that every finder, search and form page downloaded.
  it("no script the pages load carries the content contract's Zod schemas", () => {
    const withZod = readdirSync(path.join(outDir(), '_astro'))
      .filter((name) => name.endsWith('.js'))
      .filter((name) => readFileSync(path.join(outDir(), '_astro', name), 'utf8').includes('$Zod'));
    expect(withZod).toEqual([]);
  });

  // The finders' words come from the page's dictionary, loaded when the island starts. The
  // dictionaries once took the form's choices from the module that validates a request, so every
  // finder page also downloaded the form's checks (3.5 KB gzipped) that only the form pages run.
  it.each(['/doctors/', '/locations/', '/es/doctors/'])("%s loads none of the appointment form's checks, with its dictionary or without", (route) => {
    const marker = APPOINTMENT_REQUEST_MESSAGES.en.notAnObject;
    const loaded = scriptsLoadedBy(route);
    expect(loaded.length).toBeGreaterThan(1);
    expect(loaded.filter((file) => readFileSync(path.join(outDir(), file), 'utf8').includes(marker))).toEqual([]);
    // The marker is there to be found: the form pages do load it.
    expect(scriptsLoadedBy('/appointments/').some((file) => readFileSync(path.join(outDir(), file), 'utf8').includes(marker))).toBe(true);
  });
});

/** Every script file a page can load: its module scripts, what they import, statically or dynamically, and what Vite preloads with them. */
function scriptsLoadedBy(route: string): string[] {
  const queue = byTag(loadPage(route).document, 'script')
    .filter(isExecutableScript)
    .map((script) => script.attrs.src!.replace(/^\//, ''));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(path.join(outDir(), file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(file), specifier!));
    // Vite lists a dynamic import's dependencies from the site root: "_astro/x.js".
    for (const [, listed] of code.matchAll(/["'](_astro\/[^"']+\.js)["']/g)) queue.push(listed!);
  }
  return [...seen];
}

