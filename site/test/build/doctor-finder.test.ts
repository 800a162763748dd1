/**
 * The doctor finder (/doctors/) and the locations page's "near you" sort, end to end in Chromium
 * on the built site, served with the production headers (scripts/rebuild/static-server.ts: its
 * Content-Security-Policy allows only same-origin scripts, so an inlined island would fail here).
 * Expected results come from the CMS content the site was built from, and distances from the
 * site's one haversine (src/lib/finder/geo.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { distanceMiles, formatMiles, type LatLng } from '../../src/lib/finder/geo';
import { DIRECTORY_PAGE_SIZE } from '../../src/lib/finder/directory';
import { PAGE_SIZE, roundPosition } from '../../src/lib/finder/state';
import { first, parseHtml } from '../../../scripts/rebuild/html';
import { openSiteInBrowser, withCheckedPage, type CheckedPageOptions, type SiteInBrowser } from './browser';
import { cmsContent, outDir } from './site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
/** Hillsborough, NC (a real town; a demo clinic is there). */
const HILLSBOROUGH = { latitude: 36.0754, longitude: -79.0997 };

// ------------------------------------------------------------ what the content says

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Entry = any;
const physicians = (): Entry[] => cmsContent().physician;
const locations = (): Entry[] => cmsContent().location;
const place = (location: Entry): LatLng => ({ latitude: Number(location.latitude), longitude: Number(location.longitude) });
const slugsWhere = (keep: (physician: Entry) => boolean) => physicians().filter(keep).map((physician) => physician.slug).sort();
const hasLink = (links: Entry[], slug: string) => links.some((link) => link.slug === slug);

/** A value that selects some doctors but not all, so the filter visibly narrows the list. */
function narrowing<T>(values: T[], keep: (physician: Entry, value: T) => boolean): T {
  const total = physicians().length;
  const value = values.find((candidate) => {
    const count = physicians().filter((physician) => keep(physician, candidate)).length;
    return count > 0 && count < total;
  });
  if (value === undefined) throw new Error('The demo content has no value that narrows the doctor list');
  return value;
}

function nearestDistance(physician: Entry, from: LatLng): { miles: number; name: string } | null {
  let best: { miles: number; name: string } | null = null;
  for (const location of physician.locations) {
    const miles = distanceMiles(from, place(location));
    if (!best || miles < best.miles) best = { miles, name: location.name };
  }
  return best;
}

/** The ZIP code table the build wrote (the finder's own data), for the expected ZIP positions. */
function zipPosition(html: string, zip: string): LatLng {
  const url = first(parseHtml(html), (element) => 'data-zip-url' in element.attrs)?.attrs['data-zip-url'];
  if (!url) throw new Error('/doctors/ has no data-zip-url');
  const table = JSON.parse(readFileSync(path.join(outDir(), url), 'utf8')) as { zips: Record<string, [number, number]> };
  const found = table.zips[zip];
  if (!found) throw new Error(`ZIP code ${zip} is not in the built ZIP table`);
  return { latitude: found[0], longitude: found[1] };
}

// ------------------------------------------------------------ browser

let site: SiteInBrowser;
let origin: string;

beforeAll(async () => {
  site = await openSiteInBrowser();
  origin = site.origin;
});

afterAll(async () => {
  await site?.close();
});

/** A fresh page; the test fails on any CSP violation, console error or page error in it (browser.ts). */
function withPage<T>(run: (page: Page, context: BrowserContext) => Promise<T>, options: CheckedPageOptions = {}): Promise<T> {
  return withCheckedPage(site.browser, run, options);
}

/** Opens a finder page and waits until it shows what its address asks for (a ?zip= waits for the ZIP table). */
async function openFinder(page: Page, route = '/doctors/'): Promise<void> {
  await page.goto(`${origin}${route}`);
  await page.waitForSelector('[data-finder-state="ready"]');
}

/** The doctors on screen, in order: their profile slugs. */
function shownSlugs(page: Page): Promise<string[]> {
  return page.$$eval('[data-finder-group]:not([hidden]) [data-finder-list] > li h3 a', (links) =>
    links.map((link) => link.getAttribute('href')!.replace(/^\/doctors\/|\/$/g, '')),
  );
}

const statusText = (page: Page) => page.locator('[data-finder-status]').innerText();
/** A parameter of the page address's query as it is now, read in the page (page.url() learns of pushState a moment later). */
const param = (page: Page, name: string) => page.evaluate((key) => new URLSearchParams(location.search).get(key), name);
/**
 * Waits until the address's parameter is `value` (null: absent). The finder writes the address in
 * a task of its own just after the results, so once the address shows a change its results are on
 * screen. Up to 10 s: some changes wait for the ZIP table or the device's position.
 */
const expectParam = (page: Page, name: string, value: string | null) =>
  expect.poll(() => param(page, name), { message: `?${name}= in the address`, timeout: 10_000 }).toBe(value);

/** Waits until the page address's query holds exactly these parameters (the finder's deferred history entry). */
async function waitForAddress(page: Page, expected: Record<string, string>): Promise<void> {
  const wanted = new URLSearchParams(expected);
  wanted.sort();
  await page.waitForFunction((search) => {
    const actual = new URLSearchParams(location.search);
    actual.sort();
    return actual.toString() === search;
  }, wanted.toString());
}

/**
 * A card's markup with what differs between a page's card and the finder's copy of the template
 * left out: whitespace between tags and runs of it, and the finder's data-* hooks and distance line
 * (a plain list's cards have neither).
 */
function normalizedCard(html: string): string {
  return html
    .replace(/<p class="physician-card__distance"[^>]*><\/p>/g, '')
    .replace(/\s(data-(card|finder)-[a-z-]+|data-not-prose|data-decorative)(="[^"]*")?/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s+/g, '>')
    .replace(/\s+</g, '<')
    .trim();
}

/** The cards of a page as its HTML has them (no JavaScript), by profile slug. */
async function staticCards(route: string): Promise<Map<string, string>> {
  return withPage(
    async (page) => {
      await page.goto(`${origin}${route}`);
      const cards = await page.$$eval('[data-directory-list] > li', (items) =>
        items.map((item) => [item.querySelector('h3 a')!.getAttribute('href')!.replace(/^\/doctors\/|\/$/g, ''), item.querySelector('article')!.outerHTML] as [string, string]),
      );
      return new Map(cards.map(([slug, html]) => [slug, normalizedCard(html)]));
    },
    { javaScriptEnabled: false },
  );
}

/** The finder's cards on screen: slug → normalized markup. */
async function drawnCards(page: Page): Promise<Map<string, string>> {
  const cards = await page.$$eval('[data-finder-group]:not([hidden]) [data-finder-list] > li', (items) =>
    items.map((item) => [item.querySelector('h3 a')!.getAttribute('href')!.replace(/^\/doctors\/|\/$/g, ''), item.querySelector('article')!.outerHTML] as [string, string]),
  );
  return new Map(cards.map(([slug, html]) => [slug, normalizedCard(html)]));
}

async function showAll(page: Page): Promise<void> {
  if (await page.locator('[data-finder-view-all]').isVisible()) {
    await page.click('[data-finder-view-all]');
  }
}

async function axeViolations(page: Page): Promise<string> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`).join('\n');
}

// ------------------------------------------------------------ tests

describe('/doctors/ without JavaScript', () => {
  it('lists the first page of doctors by family name, each card linking to the profile, with the A–Z and page links and no filter controls', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${origin}/doctors/`);
        const total = physicians().length;
        const slugs = await page.$$eval('[data-finder-list] > li h3 a', (links) => links.map((link) => link.getAttribute('href')!));
        expect(slugs).toHaveLength(Math.min(DIRECTORY_PAGE_SIZE, total));
        expect(await page.locator('[data-finder-list="main"] > li').evaluateAll((items) => items.filter((item) => (item as HTMLElement).offsetParent !== null).length)).toBe(Math.min(DIRECTORY_PAGE_SIZE, total));
        expect(await page.locator('[data-finder-controls]').isVisible()).toBe(false);
        expect(await page.locator('[data-finder-more]').isVisible()).toBe(false);
        expect(await page.locator('nav[aria-label="Family names, A to Z"]').isVisible()).toBe(true);
        expect(await page.locator('nav[aria-label="Pages of the doctor list"]').isVisible()).toBe(true);
        expect(await statusText(page)).toMatch(new RegExp(`^Doctors 1 to ${Math.min(DIRECTORY_PAGE_SIZE, total)} of ${total}, by family name: `));
        // The later pages list the rest, each doctor once.
        await page.click('nav[aria-label="Pages of the doctor list"] a[rel="next"]');
        expect(new URL(page.url()).pathname).toBe('/doctors/page/2/');
        const later = await page.$$eval('[data-directory-list] > li h3 a', (links) => links.map((link) => link.getAttribute('href')!));
        expect(new Set([...slugs, ...later]).size).toBe(Math.min(2 * DIRECTORY_PAGE_SIZE, total));
      },
      { javaScriptEnabled: false },
    );
  });

  it('an A–Z letter opens the page and card where its family names start', async () => {
    const lastDoctor = physicians()
      .map((physician) => physician.fullName as string)
      .sort((a, b) => a.split(' ').pop()!.localeCompare(b.split(' ').pop()!, 'en'))
      .pop()!;
    const letter = lastDoctor.split(' ').pop()!.charAt(0).toUpperCase();
    await withPage(
      async (page) => {
        await page.goto(`${origin}/doctors/`);
        await page.click(`nav[aria-label="Family names, A to Z"] a[href$="#family-names-${letter.toLowerCase()}"]`);
        const target = page.locator(`#family-names-${letter.toLowerCase()}`);
        expect(await target.count()).toBe(1);
        expect((await target.locator('h3').innerText()).split(',')[0]!.split(' ').pop()!.charAt(0).toUpperCase()).toBe(letter);
        expect(await target.isVisible()).toBe(true);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('/doctors/ with JavaScript', () => {
  it(`starts with the controls, the first page of ${PAGE_SIZE} drawn from the card template and "Showing ${PAGE_SIZE} of N doctors", without moving the page`, async () => {
    await withPage(async (page) => {
      await page.addInitScript(() => {
        const state = { cls: 0 };
        (window as unknown as { layoutShift: typeof state }).layoutShift = state;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) state.cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await openFinder(page);
      // The controls' place is kept while the island starts (visibility: hidden), so nothing jumps.
      expect(await page.evaluate(() => (window as unknown as { layoutShift: { cls: number } }).layoutShift.cls)).toBeLessThan(0.01);
      const total = physicians().length;
      expect(await page.locator('[data-finder-controls]').isVisible()).toBe(true);
      expect(await shownSlugs(page)).toHaveLength(Math.min(PAGE_SIZE, total));
      expect(await statusText(page)).toBe(`Showing ${Math.min(PAGE_SIZE, total)} of ${total} doctors.`);
      expect(await page.locator('[data-finder-load-more]').isVisible()).toBe(total > PAGE_SIZE);
      // The finder's paging replaces the directory's A–Z and page links.
      expect(await page.locator('nav[aria-label="Family names, A to Z"]').isVisible()).toBe(false);
      expect(await page.locator('nav[aria-label="Pages of the doctor list"]').isVisible()).toBe(false);
      expect(await axeViolations(page), 'axe, initial state').toBe('');
    });
  });

  const selectCases = () => {
    const subtype = narrowing(cmsContent().subtype.map((entry: Entry) => entry.slug as string), (physician, slug) => hasLink(physician.subtypes, slug));
    const specialty = narrowing(cmsContent().specialty.map((entry: Entry) => entry.slug as string), (physician, slug) => physician.specialty?.slug === slug);
    const location = narrowing(locations().map((entry: Entry) => entry.slug as string), (physician, slug) => hasLink(physician.locations, slug));
    const languages = [...new Set(physicians().flatMap((physician) => physician.languages.map((entry: Entry) => entry.language as string)))].sort();
    const language = narrowing(languages, (physician, name) => physician.languages.some((entry: Entry) => entry.language === name));
    return [
      ['subtype', subtype, slugsWhere((physician) => hasLink(physician.subtypes, subtype))],
      ['specialty', specialty, slugsWhere((physician) => physician.specialty?.slug === specialty)],
      ['location', location, slugsWhere((physician) => hasLink(physician.locations, location))],
      ['language', language.toLowerCase(), slugsWhere((physician) => physician.languages.some((entry: Entry) => entry.language === language))],
    ] as const;
  };

  it('each select filter (subtype focus, specialty, location, language) shows exactly its doctors, with its count in the option', async () => {
    await withPage(async (page) => {
      await openFinder(page);
      for (const [name, value, expected] of selectCases()) {
        // Focusing a select brings its options' counts up to date (they follow the results a moment later).
        await page.focus(`select[name="${name}"]`);
        const optionText = await page.locator(`select[name="${name}"] option[value="${value}"]`).innerText();
        expect(optionText, `${name} option ${value}`).toMatch(new RegExp(`\\(${expected.length}\\)$`));
        await page.selectOption(`select[name="${name}"]`, value);
        await showAll(page);
        expect((await shownSlugs(page)).sort(), `${name}=${value}`).toEqual(expected);
        expect(await statusText(page)).toBe(`Showing ${expected.length} of ${expected.length} ${expected.length === 1 ? 'doctor' : 'doctors'}.`);
        await expectParam(page, name, value);
        await page.click('[data-finder-controls] [data-finder-clear]');
        await expect.poll(() => page.evaluate(() => location.search), { message: 'the address after Clear' }).toBe('');
      }
    });
  });

  it('each yes/no filter (accepting new patients, telehealth, second opinions) and the name search', async () => {
    const checks = [
      ['accepting', slugsWhere((physician) => physician.acceptingNewPatients)],
      ['telehealth', slugsWhere((physician) => physician.offersTelehealth)],
      ['second-opinions', slugsWhere((physician) => physician.offersSecondOpinions)],
    ] as const;
    await withPage(async (page) => {
      await openFinder(page);
      for (const [name, expected] of checks) {
        const label = await page.locator(`input[name="${name}"]`).locator('xpath=ancestor::label').innerText();
        expect(label, `${name} count`).toContain(`(${expected.length})`);
        await page.check(`input[name="${name}"]`);
        await showAll(page);
        expect((await shownSlugs(page)).sort(), name).toEqual(expected);
        await expectParam(page, name, 'yes');
        await page.uncheck(`input[name="${name}"]`);
      }

      const someone = physicians()[0];
      const family = someone.fullName.split(' ').pop() as string;
      await page.fill('input[name="q"]', family.toUpperCase());
      // The search runs when the typing stops; the address follows its results.
      await expectParam(page, 'q', family.toUpperCase());
      expect((await shownSlugs(page)).sort()).toEqual(slugsWhere((physician) => physician.fullName.toLowerCase().includes(family.toLowerCase())));
      await page.fill('input[name="q"]', 'zzzz-no-such-doctor');
      await expectParam(page, 'q', 'zzzz-no-such-doctor');
      expect(await shownSlugs(page)).toEqual([]);
      expect(await statusText(page)).toBe('No doctors match these filters.');
      expect(await page.locator('[data-finder-empty]').isVisible()).toBe(true);
      await page.click('[data-finder-empty] [data-finder-clear]');
      expect(await shownSlugs(page)).toHaveLength(Math.min(PAGE_SIZE, physicians().length));
    });
  });

  it('filters combine, and stay put on screen while the results change', async () => {
    const [, specialty] = selectCases()[1];
    const expected = slugsWhere((physician) => physician.specialty?.slug === specialty && physician.acceptingNewPatients);
    await withPage(async (page) => {
      await openFinder(page);
      // Where the status line sits in the page (not the viewport, which scrolls to each control).
      const statusTop = () => page.evaluate(() => document.querySelector('[data-finder-status]')!.getBoundingClientRect().top + window.scrollY);
      const before = await statusTop();
      await page.selectOption('select[name="specialty"]', specialty);
      await page.check('input[name="accepting"]');
      await showAll(page);
      expect((await shownSlugs(page)).sort()).toEqual(expected);
      await expectParam(page, 'specialty', specialty);
      await expectParam(page, 'accepting', 'yes');
      // The controls and the status line do not move when the results change.
      expect(await statusTop()).toBe(before);
      expect(await axeViolations(page), 'axe, filtered').toBe('');
    });
  });

  it(`"Load more" adds the next ${PAGE_SIZE} across all doctors and moves focus to the first of them; "View all" shows everyone`, async () => {
    const total = physicians().length;
    expect(total, `the demo content has more than ${PAGE_SIZE} doctors`).toBeGreaterThan(PAGE_SIZE);
    await withPage(async (page) => {
      await openFinder(page);
      const firstPage = await shownSlugs(page);
      await page.click('[data-finder-load-more]');
      const twoPages = await shownSlugs(page);
      expect(twoPages.slice(0, PAGE_SIZE)).toEqual(firstPage);
      expect(twoPages).toHaveLength(Math.min(2 * PAGE_SIZE, total));
      await expectParam(page, 'page', '2');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/doctors/${twoPages[PAGE_SIZE]}/`);
      expect(await statusText(page)).toBe(`Showing ${Math.min(2 * PAGE_SIZE, total)} of ${total} doctors.`);
      if (total > 2 * PAGE_SIZE) {
        await page.click('[data-finder-view-all]');
        expect(await shownSlugs(page)).toHaveLength(total);
        await expectParam(page, 'page', 'all');
      }
      expect(await page.locator('[data-finder-more]').isVisible()).toBe(false);
      expect(new Set(await shownSlugs(page)).size).toBe(total);
    });
    // Every doctor, drawn by the finder as the directory's later pages list them.
    const later = await staticCards('/doctors/page/2/');
    await withPage(async (page) => {
      await openFinder(page, '/doctors/?page=all');
      expect(new Set(await shownSlugs(page)).size).toBe(total);
      expect((await shownSlugs(page)).sort()).toEqual(physicians().map((physician) => physician.slug).sort());
      const drawn = await drawnCards(page);
      for (const [slug, html] of later) expect(drawn.get(slug), slug).toBe(html);
    });
  });

  it('draws each card as the page renders it (PhysicianCard), photo included', async () => {
    const rendered = await staticCards('/doctors/');
    await withPage(async (page) => {
      await openFinder(page);
      const drawn = await drawnCards(page);
      // The finder's first page is the start of the directory's first page.
      expect([...drawn.keys()]).toEqual([...rendered.keys()].slice(0, PAGE_SIZE));
      for (const [slug, html] of drawn) expect(html, slug).toBe(rendered.get(slug));
      expect(await page.locator('[data-finder-list="main"] picture source[type="image/avif"]').count()).toBeGreaterThan(0);
      // The portraits load: optimized files of the build.
      await page.locator('[data-finder-list="main"] img').first().scrollIntoViewIfNeeded();
      await expect.poll(() => page.locator('[data-finder-list="main"] img').first().evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    });
  });

  it('a filter finds a doctor who is not on the first page', async () => {
    const onFirstPage = new Set((await staticCards('/doctors/')).keys());
    const later = await staticCards('/doctors/page/2/');
    const [slug, html] = [...later][later.size - 1]!;
    expect(onFirstPage.has(slug)).toBe(false);
    const doctor = physicians().find((physician) => physician.slug === slug);
    await withPage(async (page) => {
      await openFinder(page);
      expect(await shownSlugs(page)).not.toContain(slug);
      await page.fill('input[name="q"]', doctor.fullName);
      await expectParam(page, 'q', doctor.fullName);
      expect(await shownSlugs(page)).toContain(slug);
      expect((await drawnCards(page)).get(slug)).toBe(html);
      // And by a select: the doctor's own location, every match shown.
      await page.click('[data-finder-controls] [data-finder-clear]');
      await page.selectOption('select[name="location"]', doctor.locations[0].slug);
      await showAll(page);
      expect(await shownSlugs(page)).toContain(slug);
    });
  });

  it('/doctors/page/N/ is a plain list with JavaScript too, pointing to the finder', async () => {
    await withPage(async (page) => {
      await page.goto(`${origin}/doctors/page/2/`);
      expect(await page.locator('[data-doctor-finder]').count()).toBe(0);
      expect(await page.locator('nav[aria-label="Pages of the doctor list"]').isVisible()).toBe(true);
      expect(await axeViolations(page), 'axe, /doctors/page/2/').toBe('');
      await page.click('main a[href="/doctors/"]:has-text("doctor finder")');
      await page.waitForSelector('[data-finder-state="ready"]');
      expect(new URL(page.url()).pathname).toBe('/doctors/');
    });
  });

  it('Back and Forward step through the choices; a reload keeps them', async () => {
    const [[, subtype, bySubtype], [, specialty]] = selectCases();
    await withPage(async (page) => {
      await openFinder(page);
      // Each choice waits for its own history entry: the finder writes the address a task after the
      // results, so two choices made faster than that would merge into one entry.
      await page.selectOption('select[name="subtype"]', subtype);
      await waitForAddress(page, { subtype });
      await page.selectOption('select[name="specialty"]', specialty);
      await waitForAddress(page, { subtype, specialty });
      await page.check('input[name="accepting"]');
      await waitForAddress(page, { subtype, specialty, accepting: 'yes' });
      const controls = () =>
        page.evaluate(() => ({
          subtype: document.querySelector<HTMLSelectElement>('select[name="subtype"]')!.value,
          specialty: document.querySelector<HTMLSelectElement>('select[name="specialty"]')!.value,
          accepting: document.querySelector<HTMLInputElement>('input[name="accepting"]')!.checked,
        }));
      const expectState = async (values: { subtype: string; specialty: string; accepting: boolean }) => {
        // The finder shows the entry's state in the controls, then its results, in one go.
        await expect.poll(controls, { message: 'the controls after Back, Forward or reload' }).toEqual(values);
        const expected = slugsWhere(
          (physician) =>
            (!values.subtype || hasLink(physician.subtypes, values.subtype)) &&
            (!values.specialty || physician.specialty?.slug === values.specialty) &&
            (!values.accepting || physician.acceptingNewPatients),
        );
        // The first page of them ("View all" would add a history entry of its own).
        const shown = await shownSlugs(page);
        expect(shown).toHaveLength(Math.min(PAGE_SIZE, expected.length));
        expect(shown.filter((slug) => !expected.includes(slug))).toEqual([]);
        expect(await statusText(page)).toContain(`of ${expected.length} doctor`);
      };
      await page.goBack();
      await expectState({ subtype, specialty, accepting: false });
      await page.goBack();
      await expectState({ subtype, specialty: '', accepting: false });
      expect((await shownSlugs(page)).length).toBe(Math.min(PAGE_SIZE, bySubtype.length));
      await page.goForward();
      await expectState({ subtype, specialty, accepting: false });
      await page.goForward();
      await expectState({ subtype, specialty, accepting: true });
      await page.reload();
      await page.waitForSelector('[data-finder-state="ready"]');
      await expectState({ subtype, specialty, accepting: true });
    });
  });

  it('geolocation granted: nearest first by each doctor\'s nearest location, "N.N miles · LOCATION", a "Located near you" group whose radius can change', async () => {
    const from = roundPosition(HILLSBOROUGH);
    const expected = physicians()
      .map((physician) => ({ slug: physician.slug as string, nearest: nearestDistance(physician, from) }))
      .filter((entry) => entry.nearest);
    await withPage(
      async (page) => {
        await openFinder(page);
        await page.click('[data-near-you-locate]');
        await expectParam(page, 'near', `${from.latitude.toFixed(2)},${from.longitude.toFixed(2)}`);
        await showAll(page);
        const cards = await page.$$eval('[data-finder-group]:not([hidden]) [data-finder-list] > li', (items) =>
          items.map((item) => ({
            slug: item.querySelector('h3 a')!.getAttribute('href')!.replace(/^\/doctors\/|\/$/g, ''),
            distance: (item.querySelector('[data-finder-distance]') as HTMLElement | null)?.innerText ?? '',
            group: item.closest('[data-finder-group]')!.getAttribute('data-finder-group'),
          })),
        );
        expect(cards).toHaveLength(physicians().length);
        let previous = -1;
        for (const card of cards) {
          const nearest = expected.find((entry) => entry.slug === card.slug)?.nearest;
          if (!nearest) continue;
          expect(card.distance, card.slug).toBe(`${formatMiles(nearest.miles, dictionary('en'))} · ${nearest.name}`);
          expect(nearest.miles, `${card.slug} is not before a nearer doctor`).toBeGreaterThanOrEqual(previous - 1e-9);
          previous = nearest.miles;
          expect(card.group, card.slug).toBe(nearest.miles <= 25 ? 'near' : 'main');
        }
        expect(await page.locator('[data-finder-near-heading]').innerText()).toBe('Located near you: within 25 miles of your location');
        const within = (miles: number) => expected.filter((entry) => entry.nearest!.miles <= miles).length;
        expect(await statusText(page)).toContain(`${within(25)} within 25 miles of your location`);

        await page.selectOption('select[name="radius"]', '10');
        await expectParam(page, 'radius', '10');
        expect(await page.locator('[data-finder-group="near"] [data-finder-list] > li').count()).toBe(within(10));
        expect(await axeViolations(page), 'axe, sorted by distance').toBe('');

        await page.click('[data-near-you-clear]');
        await expectParam(page, 'near', null);
        expect(await page.locator('[data-finder-group="near"]').isVisible()).toBe(false);
        expect(await page.locator('[data-finder-distance]:visible').count()).toBe(0);
      },
      { geolocation: HILLSBOROUGH, permissions: ['geolocation'] },
    );
  });

  it('geolocation denied: says so and offers the ZIP code box', async () => {
    await withPage(async (page) => {
      await openFinder(page);
      await page.click('[data-near-you-locate]');
      // "Finding your location…" shows first, in the same place.
      await expect.poll(() => page.locator('[data-near-you-message]').innerText()).toMatch(/did not allow this site to use your location.*Enter your ZIP code instead/);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('zip');
      expect(await param(page, 'near')).toBeNull();
      expect(await page.locator('[data-finder-distance]:visible').count()).toBe(0);
    });
  });

  it('ZIP code: sorts by distance from its centre; an unknown or malformed ZIP code gets a clear message', async () => {
    await withPage(async (page) => {
      await openFinder(page);
      const html = await (await fetch(`${origin}/doctors/`)).text();
      const from = zipPosition(html, '27514');

      await page.fill('input[name="zip"]', '99999');
      await page.press('input[name="zip"]', 'Enter');
      await page.waitForSelector('[data-near-you-message]:not([hidden])');
      expect(await page.locator('[data-near-you-message]').innerText()).toMatch(/could not find ZIP code 99999/);
      expect(await page.getAttribute('input[name="zip"]', 'aria-invalid')).toBe('true');
      await page.fill('input[name="zip"]', '27-5');
      await page.click('[data-near-you] button[type="submit"]');
      expect(await page.locator('[data-near-you-message]').innerText()).toMatch(/has 5 digits/);
      expect(await param(page, 'zip')).toBeNull();

      await page.fill('input[name="zip"]', '27514');
      await page.click('[data-near-you] button[type="submit"]');
      await expectParam(page, 'zip', '27514');
      expect(await page.locator('[data-near-you-message]').isVisible()).toBe(false);
      const first = page.locator('[data-finder-list] > li').first();
      const firstSlug = (await first.locator('h3 a').getAttribute('href'))!.replace(/^\/doctors\/|\/$/g, '');
      const nearestOverall = Math.min(...physicians().map((physician) => nearestDistance(physician, from)?.miles ?? Infinity));
      const firstNearest = nearestDistance(physicians().find((physician) => physician.slug === firstSlug), from)!;
      expect(firstNearest.miles).toBeCloseTo(nearestOverall, 9);
      expect(await first.locator('[data-finder-distance]').innerText()).toBe(`${formatMiles(firstNearest.miles, dictionary('en'))} · ${firstNearest.name}`);
      expect(await statusText(page)).toContain('ZIP code 27514');
    });
  });

  it('a shared link restores the whole state in a fresh browser', async () => {
    const [, specialty] = selectCases()[1];
    const expected = slugsWhere((physician) => physician.specialty?.slug === specialty);
    await withPage(async (page) => {
      await openFinder(page, `/doctors/?specialty=${specialty}&zip=27705&radius=10&page=all`);
      expect(await page.inputValue('select[name="specialty"]')).toBe(specialty);
      expect(await page.inputValue('input[name="zip"]')).toBe('27705');
      expect(await page.inputValue('select[name="radius"]')).toBe('10');
      expect((await shownSlugs(page)).sort()).toEqual(expected);
      expect(await page.locator('[data-near-you-current]').innerText()).toContain('Sorted by distance from ZIP code 27705.');
      expect(await page.locator('[data-finder-distance]:visible').count()).toBeGreaterThan(0);
    });
  });

  it('is keyboard operable: the name box, a checkbox and "Load more" by keyboard alone', async () => {
    await withPage(async (page) => {
      await openFinder(page);
      await page.focus('input[name="q"]');
      await page.keyboard.type('zzzz');
      await expectParam(page, 'q', 'zzzz');
      expect(await shownSlugs(page)).toEqual([]);
      for (let i = 0; i < 4; i++) await page.keyboard.press('Backspace');
      await expectParam(page, 'q', null);
      // From the name box, Tab moves through the selects to the first checkbox.
      let name: string | null = null;
      for (let step = 0; step < 10 && name !== 'accepting'; step++) {
        await page.keyboard.press('Tab');
        name = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? null);
      }
      expect(name).toBe('accepting');
      await page.keyboard.press(' ');
      await expectParam(page, 'accepting', 'yes');
      await page.keyboard.press(' ');
      await expectParam(page, 'accepting', null);
      await page.focus('[data-finder-load-more]');
      await page.keyboard.press('Enter');
      await expectParam(page, 'page', '2');
      expect(await page.evaluate(() => document.activeElement?.closest('[data-finder-list]') !== null)).toBe(true);
    });
  });
});

describe('/es/doctors/: the finder in Spanish', () => {
  const spanish = dictionary('es');
  const spanishSlugs = (page: Page) =>
    page.$$eval('[data-finder-group]:not([hidden]) [data-finder-list] > li h3 a', (links) => links.map((link) => link.getAttribute('href')!));

  it('speaks Spanish, links the Spanish profiles, and has no axe violations', async () => {
    await withPage(async (page) => {
      await openFinder(page, '/es/doctors/');
      expect(await page.getAttribute('html', 'lang')).toBe(spanish.htmlLang);
      const total = physicians().length;
      expect(await statusText(page)).toBe(`${spanish.finder.showing(Math.min(PAGE_SIZE, total), total)}.`);
      for (const href of await spanishSlugs(page)) expect(href).toMatch(/^\/es\/doctors\/[a-z0-9-]+\/$/);
      expect(await axeViolations(page)).toBe('');
    });
  });

  it('filters by language (the doctors who speak Spanish) and by location, each exactly its doctors', async () => {
    const speakSpanish = slugsWhere((physician) => physician.languages.some((entry: Entry) => entry.language === 'Spanish'));
    expect(speakSpanish.length).toBeGreaterThan(0);
    const location = narrowing(locations().map((entry: Entry) => entry.slug as string), (physician, slug) => hasLink(physician.locations, slug));
    const atLocation = slugsWhere((physician) => hasLink(physician.locations, location));
    await withPage(async (page) => {
      await openFinder(page, '/es/doctors/');
      // The languages are named in Spanish.
      expect(await page.locator('select[name="language"] option[value="spanish"]').getAttribute('data-label')).toBe(spanish.languageNames.Spanish);
      await page.selectOption('select[name="language"]', 'spanish');
      await showAll(page);
      await expectParam(page, 'language', 'spanish');
      expect((await spanishSlugs(page)).map((href) => href.replace(/^\/es\/doctors\/|\/$/g, '')).sort()).toEqual(speakSpanish);
      expect(await statusText(page)).toBe(`${spanish.finder.showing(speakSpanish.length, speakSpanish.length)}.`);
      await page.click('[data-finder-controls] [data-finder-clear]');
      await page.selectOption('select[name="location"]', location);
      await showAll(page);
      await expectParam(page, 'location', location);
      expect((await spanishSlugs(page)).map((href) => href.replace(/^\/es\/doctors\/|\/$/g, '')).sort()).toEqual(atLocation);
      expect(await axeViolations(page)).toBe('');
    });
  });

  it('sorts by a ZIP code, and says in Spanish when it cannot', async () => {
    await withPage(async (page) => {
      await openFinder(page, '/es/doctors/');
      await page.fill('input[name="zip"]', '27-5');
      await page.click('[data-near-you] button[type="submit"]');
      expect(await page.locator('[data-near-you-message]').innerText()).toBe(spanish.nearYou.zipFormat);
      await page.fill('input[name="zip"]', '27514');
      await page.click('[data-near-you] button[type="submit"]');
      await expectParam(page, 'zip', '27514');
      expect(await page.locator('[data-near-you-message]').isVisible()).toBe(false);
      expect(await page.locator('[data-finder-list] > li').first().locator('[data-finder-distance]').innerText()).toMatch(/millas? · /);
      expect(await axeViolations(page)).toBe('');
    });
  });
});

describe('/locations/ "near you" and links into the finder', () => {
  it('without JavaScript: every clinic with phone, directions and its number of doctors linked to the finder', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${origin}/locations/`);
        for (const location of locations()) {
          const card = page.locator('[data-location-list] > li', { has: page.locator(`a[href="/locations/${location.slug}/"]`) });
          expect(await card.locator('a[href^="tel:"]').count(), location.slug).toBe(1);
          expect(await card.locator('a', { hasText: 'Get directions' }).count(), location.slug).toBe(1);
          const doctors = physicians().filter((physician) => hasLink(physician.locations, location.slug)).length;
          if (doctors > 0) {
            const link = card.locator(`a[href="/doctors/?location=${location.slug}"]`);
            expect(await link.innerText(), location.slug).toContain(`${doctors} doctor`);
          }
        }
        expect(await page.locator('[data-location-controls]').isVisible()).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });

  it('sorts the clinics nearest first from a ZIP code, shows each distance, and keeps it in the address', async () => {
    await withPage(async (page) => {
      await openFinder(page, '/locations/');
      const alphabetical = await page.$$eval('[data-location-list] > li', (items) => items.map((item) => item.getAttribute('data-name')));
      await page.fill('input[name="zip"]', '27278');
      await page.press('input[name="zip"]', 'Enter');
      await expectParam(page, 'zip', '27278');
      const html = await (await fetch(`${origin}/doctors/`)).text();
      const from = zipPosition(html, '27278');
      const expected = [...locations()].sort((a, b) => distanceMiles(from, place(a)) - distanceMiles(from, place(b)));
      const shown = await page.$$eval('[data-location-list] > li', (items) =>
        items.map((item) => ({ name: item.getAttribute('data-name'), distance: (item.querySelector('[data-location-distance]') as HTMLElement).innerText })),
      );
      expect(shown.map((entry) => entry.name)).toEqual(expected.map((location) => location.name));
      expect(shown[0]!.distance).toBe(`${formatMiles(distanceMiles(from, place(expected[0])), dictionary('en'))} away`);
      expect(await page.locator('[data-location-status]').innerText()).toContain(`Nearest: ${expected[0].name}`);
      expect(await axeViolations(page), 'axe, locations sorted').toBe('');
      await page.goBack();
      await expect
        .poll(() => page.$$eval('[data-location-list] > li', (items) => items.map((item) => item.getAttribute('data-name'))), { message: 'the clinics after Back' })
        .toEqual(alphabetical);
    });
  });

  it('a location page links to the finder filtered to it, and the finder opens that way', async () => {
    const location = locations().find((entry) => physicians().some((physician) => hasLink(physician.locations, entry.slug)));
    await withPage(async (page) => {
      await page.goto(`${origin}/locations/${location.slug}/`);
      await page.click(`a[href="/doctors/?location=${location.slug}"]`);
      await page.waitForSelector('[data-finder-state="ready"]');
      expect(await page.inputValue('select[name="location"]')).toBe(location.slug);
      await showAll(page);
      expect((await shownSlugs(page)).sort()).toEqual(slugsWhere((physician) => hasLink(physician.locations, location.slug)));
    });
  });

  it('a subtype page links to "Find a doctor for …", pre-filtered', async () => {
    const subtype = cmsContent().subtype.find((entry: Entry) => physicians().some((physician) => hasLink(physician.subtypes, entry.slug)));
    await withPage(async (page) => {
      await page.goto(`${origin}/subtypes/${subtype.slug}/`);
      const link = page.locator(`a[href="/doctors/?subtype=${subtype.slug}"]`);
      expect(await link.innerText()).toContain(`Find a doctor for ${subtype.name}`);
      await link.click();
      await page.waitForSelector('[data-finder-state="ready"]');
      await showAll(page);
      expect((await shownSlugs(page)).sort()).toEqual(slugsWhere((physician) => hasLink(physician.subtypes, subtype.slug)));
    });
  });
});

// ------------------------------------------------------------ screen readers

/**
 * What a screen reader is told without moving the focus: the text of every live region on the
 * page (role=status, role=alert, aria-live), logged each time one changes from now on.
 */
async function recordLiveRegions(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { liveLog: string[] }).liveLog = log;
    const regions = [...document.querySelectorAll<HTMLElement>('[role="status"], [role="alert"], [aria-live]:not([aria-live="off"])')];
    const observer = new MutationObserver(() => {
      for (const region of regions) {
        const text = region.innerText.replace(/\s+/g, ' ').trim();
        if (text && log[log.length - 1] !== text) log.push(text);
      }
    });
    for (const region of regions) observer.observe(region, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });
  });
  return () => page.evaluate(() => [...(window as unknown as { liveLog: string[] }).liveLog]);
}

/** Whether the message is read out where the focus is: it sits in a live region, or it has the focus itself. */
function isAnnounced(page: Page, selector: string): Promise<{ announced: boolean; how: string }> {
  return page.locator(selector).evaluate((element) => {
    if (document.activeElement === element) return { announced: true, how: 'focused' };
    const region = element.closest('[role="status"], [role="alert"], [aria-live]');
    if (!region || region.getAttribute('aria-live') === 'off') return { announced: false, how: 'in no live region' };
    return { announced: true, how: region.getAttribute('role') ?? `aria-live=${region.getAttribute('aria-live')}` };
  });
}

/** What has the focus, for the failure message: "body" when the focus was lost. */
const focusedElement = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()}${element.hasAttribute('data-near-you-locate') ? '[data-near-you-locate]' : ''}${(element as HTMLInputElement).name ? `[name=${(element as HTMLInputElement).name}]` : ''}`;
  });

describe('screen readers on the finders', () => {
  it.each(['/doctors/', '/locations/'])('%s: a ZIP code error after Enter in the ZIP box is read out (live region), the focus staying in the box', async (route) => {
    await withPage(async (page) => {
      await openFinder(page, route);
      for (const [zip, message] of [['99999', /could not find ZIP code 99999/], ['27-5', /has 5 digits/]] as const) {
        await page.fill('input[name="zip"]', zip);
        await page.press('input[name="zip"]', 'Enter');
        await expect.poll(() => page.locator('[data-near-you-message]').innerText()).toMatch(message);
        const { announced, how } = await isAnnounced(page, '[data-near-you-message]');
        expect(announced, `the ZIP code message for ${zip} is ${how}`).toBe(true);
        expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('zip');
        expect(await page.getAttribute('input[name="zip"]', 'aria-invalid')).toBe('true');
      }
    });
  });

  it.each(['/doctors/', '/locations/'])('%s: "Use my current location" keeps the focus on the button (never disabled) and announces "Finding your location…", then the outcome', async (route) => {
    await withPage(
      async (page) => {
        await openFinder(page, route);
        const heard = await recordLiveRegions(page);
        const locate = page.locator('[data-near-you-locate]');
        await locate.focus();
        await page.keyboard.press('Enter');
        // The button is busy (aria-disabled), not disabled, so the focus stays on it.
        expect(await locate.evaluate((button) => (button as HTMLButtonElement).disabled)).toBe(false);
        // Until the outcome is read out: the page's status line, nearest first from the visitor's location.
        const outcomeHeard = (log: string[]) => log.some((text) => text.includes('nearest first') && text.includes('your location'));
        await expect.poll(async () => outcomeHeard(await heard()), { message: 'the outcome in a live region', timeout: 10_000 }).toBe(true);
        expect(await focusedElement(page)).toBe('button[data-near-you-locate]');
        const log = await heard();
        const finding = log.findIndex((text) => text.includes('Finding your location…'));
        expect(finding, `live regions said: ${JSON.stringify(log)}`).toBeGreaterThanOrEqual(0);
        // The outcome: the page's status line, nearest first from the visitor's location.
        expect(
          log.slice(finding + 1).some((text) => text.includes('nearest first') && text.includes('your location')),
          `after "Finding your location…" the live regions said: ${JSON.stringify(log.slice(finding + 1))}`,
        ).toBe(true);
        expect(await page.getAttribute('[data-near-you-locate]', 'aria-disabled')).toBeNull();
      },
      { geolocation: HILLSBOROUGH, permissions: ['geolocation'] },
    );
  });

  it('"Use my current location" refused: the reason is announced and the focus goes to the ZIP box, not the page', async () => {
    await withPage(async (page) => {
      await openFinder(page);
      const heard = await recordLiveRegions(page);
      await page.click('[data-near-you-locate]');
      await page.waitForSelector('[data-near-you-message]:not([hidden])');
      await expect.poll(() => page.locator('[data-near-you-message]').innerText()).toMatch(/did not allow/);
      expect((await isAnnounced(page, '[data-near-you-message]')).announced).toBe(true);
      expect(await focusedElement(page)).toBe('input[name=zip]');
      const log = await heard();
      expect(log.some((text) => text.includes('Finding your location…')), JSON.stringify(log)).toBe(true);
      expect(log.some((text) => /did not allow this site to use your location/.test(text)), JSON.stringify(log)).toBe(true);
    });
  });

  it('doctor photos in the finder and in location pages\' lists are decorative (alt=""); the profile page keeps the photo\'s description', async () => {
    const withPhoto = physicians().filter((physician) => physician.photo);
    expect(withPhoto.length, 'the demo content has doctors with photos').toBeGreaterThan(0);
    const withDoctors = locations().find((entry) => physicians().some((physician) => physician.photo && hasLink(physician.locations, entry.slug)));
    await withPage(async (page) => {
      // Without JavaScript the directory's pages list every card.
      const cardAlts: (string | null)[] = [];
      for (let number = 1; number <= Math.ceil(physicians().length / DIRECTORY_PAGE_SIZE); number++) {
        await page.goto(`${origin}${number === 1 ? '/doctors/' : `/doctors/page/${number}/`}`);
        cardAlts.push(...(await page.$$eval('[data-directory-list] img', (images) => images.map((image) => image.getAttribute('alt')))));
      }
      expect(cardAlts).toHaveLength(withPhoto.length);
      expect(cardAlts.filter((alt) => alt !== '')).toEqual([]);

      await page.goto(`${origin}/locations/${withDoctors.slug}/`);
      const listAlts = await page.$$eval('main .physician-card img', (images) => images.map((image) => image.getAttribute('alt')));
      expect(listAlts.length).toBeGreaterThan(0);
      expect(listAlts.filter((alt) => alt !== '')).toEqual([]);

      const physician = withPhoto[0];
      await page.goto(`${origin}/doctors/${physician.slug}/`);
      const described = (physician.photoAlt || physician.photo.alternativeText || '').trim();
      expect(described, `${physician.slug} has a photo description`).not.toBe('');
      expect(await page.locator('main .profile__photo img').getAttribute('alt')).toBe(described);
    }, { javaScriptEnabled: false });
  });
});

// ------------------------------------------------------------ target size

describe('target size', () => {
  it('filter checkboxes are at least 24 × 24 CSS px at 320 px wide, with and without WCAG text spacing', async () => {
    await withPage(
      async (page) => {
        await openFinder(page);
        const sizes = () =>
          page.$$eval('[data-finder-filters] input[type="checkbox"]', (boxes) =>
            boxes.map((box) => {
              const rect = box.getBoundingClientRect();
              return { name: (box as HTMLInputElement).name, width: rect.width, height: rect.height };
            }),
          );
        const tooSmall = (measured: Awaited<ReturnType<typeof sizes>>) => measured.filter((box) => box.width < 24 || box.height < 24);
        const plain = await sizes();
        expect(plain).toHaveLength(3);
        expect(tooSmall(plain), JSON.stringify(plain)).toEqual([]);
        // WCAG 1.4.12's text spacing, as a reader's own style sheet would set it.
        await page.addStyleTag({
          content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
        });
        const spaced = await sizes();
        expect(tooSmall(spaced), JSON.stringify(spaced)).toEqual([]);
      },
      { viewport: { width: 320, height: 640 } },
    );
  });
});
