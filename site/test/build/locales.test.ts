/**
 * The site in every locale, as built from the seeded CMS (which has the Spanish demo content):
 * each Spanish page says so (`lang`, its interface in Spanish), its language switch goes to the
 * same page in English and back, hreflang links pair the two, the sitemap carries the same pairs,
 * and an entry without a Spanish version is linked from the Spanish pages in English, saying so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALE_CODES, localeOfPath, type LocaleCode } from '@mbc/shared';
import { byTag, findAll, first, parseXml, textOf, type HtmlElement } from '../../../scripts/rebuild/html';
import { PAGE_TEMPLATES } from '../../../scripts/rebuild/site-pages';
import { dictionary, languageTag } from '../../src/i18n';
import { cmsContent, loadPage, outDir, pages, pagesOf, siteOrigin } from './site';

const OTHER_LOCALES = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);

/** The page's hreflang alternates (locale tag → path), x-default apart. */
function alternatesOf(document: HtmlElement): Map<string, string> {
  const links = byTag(document, 'link').filter((link) => link.attrs.rel === 'alternate' && link.attrs.hreflang && link.attrs.hreflang !== 'x-default');
  return new Map(links.map((link) => [link.attrs.hreflang!, new URL(link.attrs.href!).pathname]));
}

/** The language switch's links: locale tag → path. */
function switchOf(document: HtmlElement): Map<string, string> {
  const nav = first(document, (element) => element.tag === 'nav' && (element.attrs.class ?? '').includes('language-switch'));
  if (!nav) return new Map();
  return new Map(byTag(nav, 'a').map((link) => [link.attrs.hreflang!, link.attrs.href!]));
}

const localePages = (locale: LocaleCode) => pages().filter((page) => page.locale === locale);

describe.each(OTHER_LOCALES)('the site in %s', (locale) => {
  const text = dictionary(locale);

  it('has a page of every template, and the same doctors and clinics as in English', () => {
    for (const template of PAGE_TEMPLATES.filter((name) => name !== 'other')) {
      expect(pagesOf(template, locale).length, `${locale} ${template} pages`).toBeGreaterThan(0);
    }
    expect(pagesOf('physician', locale).length).toBe(cmsContent().physician.length);
    expect(pagesOf('location', locale).length).toBe(cmsContent().location.length);
  });

  it('says its language on every page, and speaks it in the interface: skip link, navigation, footer', () => {
    for (const page of localePages(locale)) {
      const { document } = loadPage(page.route);
      const html = first(document, (element) => element.tag === 'html')!;
      expect(html.attrs.lang, page.route).toBe(text.htmlLang);
      const skip = first(document, (element) => element.tag === 'a' && element.attrs.href === '#main-content');
      expect(skip && textOf(skip), page.route).toBe(text.skipLink);
      const nav = first(document, (element) => element.tag === 'nav' && element.attrs['aria-label'] === text.nav.label);
      expect(nav, `${page.route} has no "${text.nav.label}" navigation`).toBeDefined();
      // Every link of the navigation stays in the locale.
      for (const link of byTag(nav!, 'a')) expect(localeOfPath(link.attrs.href!).locale, `${page.route}: ${link.attrs.href}`).toBe(locale);
    }
  });

  it('reads the medical review line in the language: "Revisado por un médico el …"', () => {
    const subtype = pagesOf('subtype', locale)[0]!;
    expect(loadPage(subtype.route).text).toContain(text.review.reviewedOn);
  });

  it('switches to the same page in English and back, on every page that has both', () => {
    let pairs = 0;
    for (const page of localePages(locale)) {
      const { document } = loadPage(page.route);
      const english = switchOf(document).get(languageTag(DEFAULT_LOCALE));
      expect(english, `${page.route} has no switch to English`).toBeDefined();
      if (page.template === 'not-found') continue;
      const englishPage = loadPage(english!);
      expect(englishPage.template, `${page.route} switches to ${english}`).toBe(page.template);
      expect(switchOf(englishPage.document).get(text.htmlLang), `${english} switches back`).toBe(page.route);
      pairs++;
    }
    expect(pairs).toBeGreaterThan(50);
  });

  it('pairs every page with its other-language version by hreflang, both ways', () => {
    // Pages kept out of search engines (not found, thank you) need no hreflang.
    const indexed = localePages(locale).filter((candidate) => !byTag(loadPage(candidate.route).document, 'meta').some((meta) => meta.attrs.name === 'robots' && /noindex/.test(meta.attrs.content ?? '')));
    expect(indexed.length).toBeGreaterThan(50);
    for (const page of indexed) {
      const alternates = alternatesOf(loadPage(page.route).document);
      expect(alternates.get(text.htmlLang), page.route).toBe(page.route);
      const english = alternates.get(languageTag(DEFAULT_LOCALE));
      expect(english, `${page.route} names no English alternate`).toBeDefined();
      expect(alternatesOf(loadPage(english!).document)).toEqual(alternates);
    }
  });

  it('gives the sitemap the same pairs (xhtml:link), and keeps noindex pages out', () => {
    const sitemap = parseXml(readFileSync(path.join(outDir(), 'sitemap-0.xml'), 'utf8'));
    const origin = siteOrigin();
    const urls = findAll(sitemap, (element) => element.tag === 'url');
    const entries = new Map(
      urls.map((url) => {
        const loc = textOf(first(url, (element) => element.tag === 'loc')!);
        const links = findAll(url, (element) => element.tag === 'xhtml:link').map((link) => [link.attrs.hreflang!, link.attrs.href!] as const);
        return [loc, new Map(links)];
      }),
    );
    const subtype = pagesOf('subtype', locale)[0]!;
    const pair = entries.get(`${origin}${subtype.route}`);
    expect(pair, `${subtype.route} is in the sitemap`).toBeDefined();
    expect(pair!.get(text.htmlLang)).toBe(`${origin}${subtype.route}`);
    const english = pair!.get(languageTag(DEFAULT_LOCALE))!;
    expect(entries.get(english)).toEqual(pair);
    for (const loc of entries.keys()) {
      expect(loc).not.toMatch(/\/404\/$|\/thank-you\/$/);
    }
  });

  it('links an entry without a version in the language to its English page, and says the page is only in English', () => {
    const trials = cmsContent().clinicalTrial as { slug: string; title: string; documentId: string }[];
    const translated = new Set(pagesOf('trial', locale).map((page) => page.route));
    expect(translated.size).toBeLessThan(trials.length);
    const list = loadPage(`/${locale}/clinical-trials/`);
    const englishOnly = findAll(list.document, (element) => element.tag === 'a' && element.attrs.hreflang === languageTag(DEFAULT_LOCALE) && /^\/clinical-trials\/[^/]+\/$/.test(element.attrs.href ?? ''));
    expect(englishOnly.length, 'an English-only trial in the Spanish list').toBeGreaterThan(0);
    for (const link of englishOnly) expect(loadPage(link.attrs.href!).locale).toBe(DEFAULT_LOCALE);
    expect(list.text).toContain(text.languages.onlyIn(text.languages.names[DEFAULT_LOCALE]));
  });
});
