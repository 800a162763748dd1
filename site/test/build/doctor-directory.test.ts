/**
 * The doctor directory in the built HTML: /doctors/ and /doctors/page/N/ list every published
 * doctor once, by family name, in pages of the finder's size, each page linking to every page,
 * with an A–Z whose letters land on the first doctor filed under them. This is the whole list for
 * a visitor without JavaScript and for search engines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byTag, findAll, first, textOf, type HtmlElement } from '../../../scripts/rebuild/html';
import { DIRECTORY_PAGE_SIZE, familyInitial } from '../../src/lib/finder/directory';
import type { FinderIndexFile } from '../../src/lib/finder/finder-index';
import { canonicalOf, cmsContent, loadPage, outDir, pages, siteOrigin } from './site';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Entry = any;

/** "Maya R. Okafor" → "Okafor" (a generational suffix skipped), as the site files names. */
const familyName = (fullName: string) =>
  fullName
    .replace(/,/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((word, at, words) => at === 0 || at < words.length - 1 || !/^(jr|sr|ii|iii|iv|v)\.?$/i.test(word))
    .pop() ?? '';

/** The published doctors in the finder's order (the index's), which the directory must share; by family name. */
function doctorsInOrder(): Entry[] {
  const url = first(loadPage('/doctors/').document, (element) => 'data-index-url' in element.attrs)!.attrs['data-index-url']!;
  const index = JSON.parse(readFileSync(path.join(outDir(), url), 'utf8')) as FinderIndexFile;
  return index.physicians.map(([fullName]) => cmsContent().physician.find((physician: Entry) => physician.fullName === fullName));
}
const pageCount = () => Math.max(1, Math.ceil(cmsContent().physician.length / DIRECTORY_PAGE_SIZE));
const pathOf = (page: number) => (page === 1 ? '/doctors/' : `/doctors/page/${page}/`);

/** The cards of a directory page (not the finder's card template), in order. */
function directoryItems(route: string): HtmlElement[] {
  const list = first(loadPage(route).document, (element) => 'data-directory-list' in element.attrs);
  if (!list) throw new Error(`${route} has no directory list`);
  return list.children.filter((child): child is HtmlElement => typeof child !== 'string' && child.tag === 'li');
}
const slugOf = (item: HtmlElement) => {
  const link = byTag(item, 'a').find((anchor) => /^\/doctors\/[^/]+\/$/.test(anchor.attrs.href ?? ''));
  return link?.attrs.href?.replace(/^\/doctors\/|\/$/g, '');
};

function navNamed(route: string, label: string): HtmlElement {
  const nav = first(loadPage(route).document, (element) => element.tag === 'nav' && element.attrs['aria-label'] === label);
  if (!nav) throw new Error(`${route} has no <nav aria-label="${label}">`);
  return nav;
}

describe('the doctor directory without JavaScript', () => {
  it(`has one page per ${DIRECTORY_PAGE_SIZE} doctors: /doctors/ and /doctors/page/2/ on, and no /doctors/page/1/`, () => {
    expect(cmsContent().physician.length, 'the demo content fills more than one page').toBeGreaterThan(DIRECTORY_PAGE_SIZE);
    const routes = pages()
      .map((page) => page.route)
      .filter((route) => /^\/doctors\/page\//.test(route))
      .sort();
    const expected = Array.from({ length: pageCount() - 1 }, (_, at) => pathOf(at + 2)).sort();
    expect(routes).toEqual(expected);
    expect(routes).not.toContain('/doctors/page/1/');
  });

  it('lists each published doctor on exactly one page, in family-name order (the finder\'s), each card linking to the profile', () => {
    const families = doctorsInOrder().map((physician) => familyName(physician.fullName));
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    expect(families.every((family, at) => at === 0 || collator.compare(families[at - 1]!, family) <= 0), families.join(', ')).toBe(true);
    expect(new Set(doctorsInOrder().map((physician) => physician.slug)).size).toBe(cmsContent().physician.length);
    const listed = Array.from({ length: pageCount() }, (_, at) => directoryItems(pathOf(at + 1)).map(slugOf)).flat();
    expect(listed).toEqual(doctorsInOrder().map((physician) => physician.slug));
    for (let page = 1; page <= pageCount(); page++) {
      expect(directoryItems(pathOf(page)).length, pathOf(page)).toBeLessThanOrEqual(DIRECTORY_PAGE_SIZE);
    }
    expect(directoryItems('/doctors/')).toHaveLength(DIRECTORY_PAGE_SIZE);
  });

  it('links every page from every page, marks the current one, and has previous and next', () => {
    for (let page = 1; page <= pageCount(); page++) {
      const route = pathOf(page);
      const nav = navNamed(route, 'Pages of the doctor list');
      const links = byTag(nav, 'a');
      const numbered = links.filter((link) => /^Page \d+$/.test(textOf(link).trim()));
      expect(numbered.map((link) => link.attrs.href), route).toEqual(Array.from({ length: pageCount() }, (_, at) => pathOf(at + 1)));
      const current = links.filter((link) => link.attrs['aria-current'] === 'page');
      expect(current.map((link) => link.attrs.href), route).toEqual([route]);
      const rel = (name: string) => links.find((link) => link.attrs.rel === name)?.attrs.href ?? null;
      expect(rel('prev'), route).toBe(page > 1 ? pathOf(page - 1) : null);
      expect(rel('next'), route).toBe(page < pageCount() ? pathOf(page + 1) : null);
    }
  });

  it('has an A–Z whose letters land on the first doctor filed under them; letters without doctors are shown, not linked', () => {
    const doctors = doctorsInOrder();
    for (let page = 1; page <= pageCount(); page++) {
      const route = pathOf(page);
      const nav = navNamed(route, 'Family names, A to Z');
      const items = byTag(nav, 'li');
      expect(items.map((item) => textOf(item).trim().slice(-1)).join(''), route).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
      for (const item of items) {
        const letter = textOf(item).trim().slice(-1);
        const firstDoctor = doctors.findIndex((physician) => familyInitial(familyName(physician.fullName)) === letter);
        const link = byTag(item, 'a')[0];
        if (firstDoctor === -1) {
          expect(link, `${route}: ${letter} has no doctors and no link`).toBeUndefined();
          continue;
        }
        expect(link, `${route}: ${letter} is linked`).toBeDefined();
        const [target, anchor] = link!.attrs.href!.split('#');
        expect(target, `${route}: ${letter}`).toBe(pathOf(Math.floor(firstDoctor / DIRECTORY_PAGE_SIZE) + 1));
        const landing = directoryItems(target!).find((entry) => entry.attrs.id === anchor);
        expect(landing, `${link!.attrs.href} is a card`).toBeDefined();
        expect(slugOf(landing!)).toBe(doctors[firstDoctor].slug);
      }
    }
  });

  it('titles, describes and canonicalizes each page as its own', () => {
    const descriptions = new Set<string>();
    for (let page = 1; page <= pageCount(); page++) {
      const route = pathOf(page);
      const { document } = loadPage(route);
      const title = textOf(byTag(document, 'title')[0]!);
      expect(title, route).toMatch(page === 1 ? /^Find a doctor\b/ : new RegExp(`^Find a doctor, page ${page} of ${pageCount()}\\b`));
      expect(textOf(byTag(document, 'h1')[0]!).trim()).toBe(page === 1 ? 'Find a doctor' : `Find a doctor, page ${page} of ${pageCount()}`);
      expect(canonicalOf(document), route).toBe(`${siteOrigin()}${route}`);
      const description = findAll(document, (element) => element.tag === 'meta' && element.attrs.name === 'description')[0]?.attrs.content;
      expect(description, route).toBeTruthy();
      descriptions.add(description!);
    }
    expect(descriptions.size).toBe(pageCount());
  });

  it('/doctors/ says what needs JavaScript and how the list is paged; later pages point to the finder', () => {
    const { html } = loadPage('/doctors/');
    const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)?.[1] ?? '';
    const total = cmsContent().physician.length;
    expect(noscript.replace(/\s+/g, ' ')).toContain(
      `Filtering and sorting by distance need JavaScript, which is off in your browser. All ${total} doctors are listed by family name, ${DIRECTORY_PAGE_SIZE} to a page`,
    );
    const later = loadPage('/doctors/page/2/');
    expect(later.text.replace(/\s+/g, ' ')).toContain('This page is a plain list. To filter doctors');
    expect(byTag(later.document, 'a').some((link) => link.attrs.href === '/doctors/' && textOf(link).trim() === 'doctor finder')).toBe(true);
    // The later pages have no finder: no island, no card template.
    expect(later.html).not.toContain('data-doctor-finder');
    expect(byTag(later.document, 'script').filter((script) => script.attrs.type === 'module')).toEqual([]);
  });
});
