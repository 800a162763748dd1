/**
 * The built site has every route of the design, a page for each published entry (and none for
 * anything else), a sitemap and robots.txt, and on each page the head tags and trust signals the
 * issue asks for.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dictionary } from '../../src/i18n';
import { localePath } from '@mbc/shared';
import { describe, expect, it } from 'vitest';
import { byTag, closest, first, parseXml, textOf, type HtmlElement } from '../../../scripts/rebuild/html';
import { listFiles } from '../../../scripts/rebuild/site-files';
import type { SiteContent } from '../../src/lib/lastmod';
import { pagesShowing } from '../../src/lib/touched-pages';
import {
  DETAIL_ROUTES,
  FIXED_ROUTES,
  canonicalOf,
  cmsContent,
  conditionPage,
  digitsOf,
  loadAllPages,
  loadPage,
  longDate,
  metaContent,
  outDir,
  pages,
  siteOrigin,
  siteSettings,
  type LoadedPage,
} from './site';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Entry pages: one level under the list (/doctors/<slug>/), not the list's own later pages (/doctors/page/2/). */
function detailRoutesUnder(prefix: string): string[] {
  return pages()
    .map((page) => page.route)
    .filter((route) => route.startsWith(prefix) && /^[^/]+\/$/.test(route.slice(prefix.length)))
    .sort();
}

/** A list and its later pages, if it has them (the doctor directory: /doctors/, /doctors/page/2/ …). */
function listPagesOf(prefix: string): LoadedPage[] {
  const later = pages()
    .map((page) => page.route)
    .filter((route) => new RegExp(`^${escapeRegExp(prefix)}page/\\d+/$`).test(route));
  return [prefix, ...later].map((route) => loadPage(route));
}

function hrefsOn(page: LoadedPage): Set<string> {
  return new Set(byTag(page.document, 'a').map((a) => (a.attrs.href ?? '').split('#')[0]));
}

type ReviewedEntry = { medicalReview: { lastReviewed: string; nextReviewDue: string }; reviewedBy: { fullName: string } | null };

/** The "Medically reviewed on DATE by NAME · Next review due DATE" line of a medical entry: the dates of its medicalReview, the NAME its reviewedBy. */
function reviewLine({ medicalReview, reviewedBy }: ReviewedEntry): RegExp {
  // Every published medical page names its reviewer (the build refuses one that does not).
  expect(reviewedBy?.fullName, 'the CMS sent a reviewer (reviewedBy) for a published medical page').toBeTruthy();
  return new RegExp(
    `Medically reviewed on ${escapeRegExp(longDate(medicalReview.lastReviewed))} by [^·]*${escapeRegExp(reviewedBy!.fullName)}[^·]*· ` +
      `Next review due ${escapeRegExp(longDate(medicalReview.nextReviewDue))}`,
  );
}

describe('routes', () => {
  it.each(FIXED_ROUTES)('%s exists', (route) => {
    expect(pages().map((page) => page.route)).toContain(route);
  });

  it('the pages an incremental build knows of (src/lib/touched-pages.ts) are exactly the pages the build wrote', () => {
    const cms = cmsContent();
    const content = {
      conditionPage: cms.conditionPage[0],
      siteSettings: cms.siteSettings[0],
      subtypes: cms.subtype,
      treatments: cms.treatment,
      diagnosticTests: cms.diagnosticTest,
      locations: cms.location,
      physicians: cms.physician,
      specialties: cms.specialty,
      clinicalTrials: cms.clinicalTrial,
      supportServices: cms.supportService,
    } as SiteContent;
    expect([...pagesShowing(content).keys()].sort()).toEqual(pages().map((page) => page.route).sort());
  });

  it.each(Object.entries(DETAIL_ROUTES))('one %s page per published entry, at %s<slug>/', (type, prefix) => {
    const entries = cmsContent()[type as keyof typeof DETAIL_ROUTES];
    expect(entries.length, `the seeded CMS has published ${type} entries`).toBeGreaterThan(0);
    const expected = entries.map((entry) => `${prefix}${entry.slug}/`).sort();
    expect(detailRoutesUnder(prefix)).toEqual(expected);
  });

  it.each(Object.entries(DETAIL_ROUTES))('the %s list page (and its later pages) links to every entry', (type, prefix) => {
    const linked = new Set(listPagesOf(prefix).flatMap((page) => [...hrefsOn(page)]));
    const missing = cmsContent()[type as keyof typeof DETAIL_ROUTES]
      .map((entry) => `${prefix}${entry.slug}/`)
      .filter((route) => !linked.has(route));
    expect(missing, `${prefix} does not link to`).toEqual([]);
  });

  it('/diagnosis/ presents every published diagnostic test', () => {
    const { text } = loadPage('/diagnosis/');
    const missing = cmsContent().diagnosticTest.filter((test) => !text.includes(test.name)).map((test) => test.name);
    expect(cmsContent().diagnosticTest.length).toBeGreaterThan(0);
    expect(missing, 'tests missing from /diagnosis/').toEqual([]);
  });

  it('/support/ presents every published support service', () => {
    const { text } = loadPage('/support/');
    const missing = cmsContent().supportService.filter((service) => !text.includes(service.name)).map((service) => service.name);
    expect(cmsContent().supportService.length).toBeGreaterThan(0);
    expect(missing, 'services missing from /support/').toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  const read = (file: string) => readFileSync(path.join(outDir(), file), 'utf8');

  /** The text of each `tag` element in an XML document. */
  const textsOf = (root: HtmlElement, tag: string) => byTag(root, tag).map((element) => textOf(element));
  /** <sitemap> or <url> entries: their <loc> and <lastmod>. */
  const entriesOf = (xml: string, tag: 'sitemap' | 'url') =>
    byTag(parseXml(xml), tag).map((entry) => ({ loc: textsOf(entry, 'loc')[0], lastmod: textsOf(entry, 'lastmod')[0] as string | undefined }));

  function sitemapUrls(): { loc: string; lastmod: string | undefined }[] {
    const sitemaps = textsOf(parseXml(read('sitemap-index.xml')), 'loc').map((loc) => new URL(loc).pathname);
    expect(sitemaps.length, 'sitemap-index.xml names at least one sitemap').toBeGreaterThan(0);
    return sitemaps.flatMap((sitemap) => entriesOf(read(sitemap.replace(/^\//, '')), 'url'));
  }

  it('sitemap-index.xml lists every indexable page, each with a lastmod date', () => {
    const urls = sitemapUrls();
    const listed = new Set(urls.map((url) => url.loc));
    const indexable = loadAllPages().filter(
      (page) => page.route !== '/404.html' && !/noindex/i.test(metaContent(page.document, 'robots') ?? ''),
    );
    const missing = indexable.map((page) => `${siteOrigin()}${page.route}`).filter((url) => !listed.has(url));
    expect(missing, 'pages missing from the sitemap').toEqual([]);

    const withoutLastmod = urls.filter((url) => !url.lastmod || Number.isNaN(Date.parse(url.lastmod))).map((url) => url.loc);
    expect(withoutLastmod, 'sitemap URLs without a valid <lastmod>').toEqual([]);
    const future = urls.filter((url) => Date.parse(url.lastmod!) > Date.now() + 86_400_000).map((url) => `${url.loc} ${url.lastmod}`);
    expect(future, 'sitemap lastmod dates in the future').toEqual([]);
  });

  it('sitemap-index.xml dates each sitemap (<lastmod>) by its most recently changed page', () => {
    const entries = entriesOf(read('sitemap-index.xml'), 'sitemap');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const sitemap = read(new URL(entry.loc).pathname.replace(/^\//, ''));
      const latest = Math.max(...textsOf(parseXml(sitemap), 'lastmod').map((lastmod) => Date.parse(lastmod)));
      expect(entry.lastmod, `${entry.loc} in sitemap-index.xml has a <lastmod>`).toBeDefined();
      expect(Date.parse(entry.lastmod!), `${entry.loc} <lastmod>`).toBe(latest);
    }
  });

  it('every sitemap URL is a page of the build', () => {
    const routes = new Set(pages().map((page) => page.route));
    const unknown = sitemapUrls()
      .map((url) => url.loc)
      .filter((loc) => !loc.startsWith(siteOrigin()) || !routes.has(new URL(loc).pathname));
    expect(unknown).toEqual([]);
  });

  it('a detail page\'s lastmod is not older than its CMS entry\'s last update', () => {
    const lastmodByLoc = new Map(sitemapUrls().map((url) => [url.loc, url.lastmod!]));
    const stale: string[] = [];
    for (const [type, prefix] of Object.entries(DETAIL_ROUTES)) {
      for (const entry of cmsContent()[type as keyof typeof DETAIL_ROUTES]) {
        const loc = `${siteOrigin()}${prefix}${entry.slug}/`;
        const lastmod = lastmodByLoc.get(loc);
        if (lastmod && Date.parse(lastmod) < Date.parse(entry.updatedAt.slice(0, 10))) stale.push(`${loc}: ${lastmod} < ${entry.updatedAt}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it('robots.txt allows crawling and names the sitemap index', () => {
    const robots = read('robots.txt');
    expect(robots).toMatch(/^User-agent:\s*\*/im);
    expect(robots).not.toMatch(/^Disallow:\s*\/\s*$/im);
    expect(robots).toContain(`Sitemap: ${siteOrigin()}/sitemap-index.xml`);
  });
});

describe('build output', () => {
  it('holds the site only: no server modules or build-time data files', () => {
    const leftovers = listFiles(outDir()).filter((file) => /\.(mjs|cjs|map)$/.test(file) || file.startsWith('chunks'));
    expect(leftovers).toEqual([]);
  });
});

describe('every page', () => {
  it('has exactly one h1 and a <title>', () => {
    const wrong = loadAllPages()
      .map((page) => ({ route: page.route, h1: byTag(page.document, 'h1').length, title: textOf(byTag(page.document, 'title')[0] ?? page.document) }))
      .filter((page) => page.h1 !== 1 || !page.title);
    expect(wrong).toEqual([]);
  });

  it('has a canonical URL, a meta description and Open Graph title, description and URL', () => {
    const problems: string[] = [];
    for (const page of loadAllPages()) {
      // Not found, and pages kept out of search engines (the appointment thank-you page), have no canonical URL.
      if (page.route === '/404.html' || /noindex/i.test(metaContent(page.document, 'robots') ?? '')) continue;
      const { document, route } = page;
      const canonical = canonicalOf(document);
      const expected = `${siteOrigin()}${route}`;
      if (canonical !== expected) problems.push(`${route}: canonical ${canonical ?? '(none)'} ≠ ${expected}`);
      if (!metaContent(document, 'description')?.trim()) problems.push(`${route}: no meta description`);
      if (!metaContent(document, 'og:title')?.trim()) problems.push(`${route}: no og:title`);
      if (!metaContent(document, 'og:description')?.trim()) problems.push(`${route}: no og:description`);
      if (metaContent(document, 'og:url') !== expected) problems.push(`${route}: og:url ${metaContent(document, 'og:url') ?? '(none)'} ≠ ${expected}`);
    }
    expect(problems).toEqual([]);
  });

  it('has its own <title> in its language (a doctor’s page is titled by the name in every language)', () => {
    const byTitle = new Map<string, string[]>();
    for (const page of loadAllPages()) {
      const title = `${page.locale}: ${textOf(byTag(page.document, 'title')[0] ?? page.document)}`;
      byTitle.set(title, [...(byTitle.get(title) ?? []), page.route]);
    }
    const shared = [...byTitle].filter(([, routes]) => routes.length > 1).map(([title, routes]) => `${title}: ${routes.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('has a header with a tel: link to the appointment phone and a "Request an appointment" link', () => {
    const phone = digitsOf(siteSettings().appointmentPhone);
    const problems: string[] = [];
    for (const page of loadAllPages()) {
      const header = first(page.document, (element) => element.tag === 'header' && !closest(element.parent!, 'main') && !closest(element.parent!, 'article'));
      if (!header) {
        problems.push(`${page.route}: no site <header>`);
        continue;
      }
      const links = byTag(header, 'a');
      if (!links.some((a) => (a.attrs.href ?? '').startsWith('tel:') && digitsOf(a.attrs.href!) === phone)) {
        problems.push(`${page.route}: header has no tel: link to ${siteSettings().appointmentPhone}`);
      }
      const { requestAppointment } = dictionary(page.locale).header;
      const appointments = localePath(page.locale, '/appointments/');
      const request = links.find((a) => textOf(a) === requestAppointment);
      if (!request) problems.push(`${page.route}: header has no "${requestAppointment}" link`);
      else if (new URL(request.attrs.href ?? '', `${siteOrigin()}${page.route}`).pathname !== appointments) {
        problems.push(`${page.route}: "${requestAppointment}" goes to ${request.attrs.href}, not ${appointments}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows the demo-content notice while site settings turn it on', () => {
    const { showDemoNotice, demoNotice, localizations } = siteSettings();
    expect(showDemoNotice, 'the seeded site settings turn the demo notice on').toBe(true);
    // In each page's language: the site settings' version in it, or the English one.
    const noticeIn = (locale: string) => String(localizations?.[locale]?.demoNotice ?? demoNotice).replace(/\s+/g, ' ').trim();
    const without = loadAllPages().filter((page) => !page.text.includes(noticeIn(page.locale))).map((page) => page.route);
    expect(without, 'pages without the demo notice').toEqual([]);
  });
});

describe('medical pages', () => {
  it('the overview shows "Medically reviewed on DATE by NAME · Next review due DATE"', () => {
    expect(loadPage('/').text).toMatch(reviewLine(conditionPage()));
  });

  it.each(['subtype', 'treatment', 'clinicalTrial'] as const)('every %s page shows its review line', (type) => {
    const prefix = DETAIL_ROUTES[type];
    const problems: string[] = [];
    for (const entry of cmsContent()[type]) {
      const route = `${prefix}${entry.slug}/`;
      if (!reviewLine(entry).test(loadPage(route).text)) {
        problems.push(`${route}: no "Medically reviewed on ${longDate(entry.medicalReview.lastReviewed)} by ${entry.reviewedBy?.fullName} · Next review due ${longDate(entry.medicalReview.nextReviewDue)}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each([
    ['/diagnosis/', 'diagnosticTest'],
    ['/support/', 'supportService'],
  ] as const)('%s shows the review line, with its reviewer, of each section on it', (route, type) => {
    const { text } = loadPage(route);
    const entries = cmsContent()[type] as (ReviewedEntry & { slug: string })[];
    expect(entries.length).toBeGreaterThan(0);
    const missing = entries.filter((entry) => !reviewLine(entry).test(text)).map((entry) => `${entry.slug} (by ${entry.reviewedBy?.fullName})`);
    expect(missing, `${route} sections without their "Medically reviewed on … by … · Next review due …" line`).toEqual([]);
  });
});
