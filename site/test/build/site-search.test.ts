/**
 * The site search (/search/) in Chromium, on the built site served with the production headers:
 * its Content-Security-Policy allows same-origin scripts only (plus WebAssembly for Pagefind), so
 * an inline script starting the search would be refused here, and browser.ts fails the test on
 * that refusal. What is searched for comes from the CMS content the site was built from.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { mainNavigation } from '../../src/lib/navigation';
import { openSiteInBrowser, withCheckedPage, type CheckedPageOptions, type SiteInBrowser } from './browser';
import { cmsContent, loadAllPages } from './site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser();
});

afterAll(async () => {
  await site?.close();
});

const withPage = <T>(run: (page: Page) => Promise<T>, options: CheckedPageOptions = {}) => withCheckedPage(site.browser, run, options);

async function openSearch(page: Page, query = ''): Promise<void> {
  await page.goto(`${site.origin}/search/${query}`);
  await page.waitForSelector('[data-site-search][data-search-state="ready"]');
}

/** Types the words the way a visitor does and waits for the live region to give the count. */
async function search(page: Page, words: string): Promise<string> {
  await page.getByLabel('Search this site').fill(words);
  const status = page.locator('[data-site-search-status]');
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(new RegExp(`for '${escapeRegExp(words)}'`));
  return status.innerText();
}

/**
 * A word that no page of the build has, nor any word beginning like it: Pagefind also finds a
 * word it does not know by the longest start of one it does ("zzzqqqxxy" finds "zzz").
 */
function wordsNothingMatches(): string {
  const words = 'qxjvwkq';
  const start = new RegExp(`\\b${words.slice(0, 2)}`, 'i');
  const clash = loadAllPages().find((built) => start.test(built.text));
  expect(clash?.route, `${clash?.route} has a word starting with "${words.slice(0, 2)}": choose other words for this test`).toBeUndefined();
  return words;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The result links on screen: their addresses. */
const resultLinks = (page: Page) => page.$$eval('[data-site-search-results] > li a[href]', (links) => links.map((link) => link.getAttribute('href')!));

/** The count the live region announced: "3 results for 'tamoxifen'". */
function announcedCount(status: string, words: string): number {
  const match = new RegExp(`^([\\d,]+) results? for '${escapeRegExp(words)}'$`).exec(status.trim());
  expect(match, `the live region says "${status}"`).not.toBeNull();
  return Number(match![1].replace(/,/g, ''));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Entry = any;

describe('/search/ with JavaScript (production headers)', () => {
  it('finds a physician by name: the result links to the profile under its title, and the count is announced in a polite live region', async () => {
    const physician: Entry = cmsContent().physician[0];
    await withPage(async (page) => {
      await openSearch(page);
      const status = await search(page, physician.fullName);
      const links = await resultLinks(page);
      expect(links, `results for ${physician.fullName}`).toContain(`/doctors/${physician.slug}/`);
      const count = announcedCount(status, physician.fullName);
      expect(count).toBeGreaterThanOrEqual(links.length);
      if (count <= 10) expect(links).toHaveLength(count);

      // The count is in a live region that is polite (role=status), so it is read without moving focus.
      const live = await page.locator('[data-site-search-status]').evaluate((element) => {
        const region = element.closest('[aria-live], [role="status"], [role="alert"]');
        return region ? { role: region.getAttribute('role'), live: region.getAttribute('aria-live') } : null;
      });
      expect(live?.role === 'status' || live?.live === 'polite', `live region ${JSON.stringify(live)}`).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');

      // The result is titled as the profile's h1 (the physician's record is built from their data, not the page).
      const result = page.locator(`[data-site-search-results] a[href="/doctors/${physician.slug}/"]`);
      const title = (await result.innerText()).trim();
      await result.click();
      await page.waitForURL(`${site.origin}/doctors/${physician.slug}/`);
      expect(title).toContain(physician.fullName);
      expect((await page.locator('h1').innerText()).trim()).toBe(title);
    });
  });

  it('finds a treatment by name (Enter searches at once); the words stay in the address, so a reload shows the same results', async () => {
    const treatment: Entry = cmsContent().treatment[0];
    await withPage(async (page) => {
      await openSearch(page);
      const box = page.getByLabel('Search this site');
      await box.fill(treatment.name);
      await box.press('Enter');
      const status = page.locator('[data-site-search-status]');
      await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/ results? for /);
      announcedCount(await status.innerText(), treatment.name);
      expect(await resultLinks(page)).toContain(`/treatments/${treatment.slug}/`);
      expect(new URL(page.url()).searchParams.get('q')).toBe(treatment.name);

      await page.reload();
      await page.waitForSelector('[data-site-search][data-search-state="ready"]');
      await expect.poll(() => resultLinks(page), { timeout: 10_000 }).toContain(`/treatments/${treatment.slug}/`);
      expect(await box.inputValue()).toBe(treatment.name);
    });
  });

  it('says so when nothing matches', async () => {
    const words = wordsNothingMatches();
    await withPage(async (page) => {
      await openSearch(page);
      expect(await search(page, words)).toMatch(new RegExp(`^No results for '${words}'`));
      expect(await resultLinks(page)).toEqual([]);
    });
  });

  it('has a visible label on the search box, no invisible focusable control, the fallback hidden, and no axe violations with results on screen', async () => {
    await withPage(async (page) => {
      await openSearch(page);
      const label = page.locator('label[for="site-search-q"]');
      expect(await label.isVisible()).toBe(true);
      expect((await label.innerText()).trim()).toBe('Search this site');
      expect(await page.locator('[data-site-search-fallback]').isVisible()).toBe(false);
      await search(page, cmsContent().treatment[0].name);

      const invisibleFocusable = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main select, main textarea, main [tabindex]')]
          .filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled)
          .filter((element) => {
            const style = getComputedStyle(element);
            const rect = element.getBoundingClientRect();
            const rendered = element.getClientRects().length > 0;
            // Rendered (not display: none) but nobody can see it: the kind a keyboard user tabs onto blindly.
            return rendered && (rect.width < 1 || rect.height < 1 || style.visibility === 'hidden' || Number(style.opacity) === 0);
          })
          .map((element) => element.outerHTML.slice(0, 120)),
      );
      expect(invisibleFocusable).toEqual([]);

      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`)).toEqual([]);
    });
  });
});

describe('/search/ without JavaScript', () => {
  it('shows the fallback: a link to every section of the site, and no search box that could not work', async () => {
    await withPage(
      async (page) => {
        await page.goto(`${site.origin}/search/`);
        const fallback = page.locator('[data-site-search-fallback]');
        expect(await fallback.isVisible()).toBe(true);
        expect(await fallback.innerText()).toMatch(/Search needs JavaScript/);
        for (const section of mainNavigation(dictionary('en').nav).filter((item) => item.href !== '/search/')) {
          expect(await fallback.locator(`a[href="${section.href}"]`).isVisible(), section.href).toBe(true);
        }
        expect(await fallback.locator('a[href="/appointments/"]').isVisible()).toBe(true);
        expect(await page.getByLabel('Search this site').isVisible()).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });
});
