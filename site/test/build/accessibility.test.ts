/**
 * Accessibility in a real browser (Debian's Chromium via playwright-core): axe-core finds no WCAG
 * 2.0/2.1/2.2 A and AA violations on any page template, no page scrolls sideways at 320 px
 * (WCAG 1.4.10 reflow), and a keyboard-only visitor can skip to the content, reach every header
 * link and the physician page's links, always seeing where the focus is. Pages are served with the
 * production headers, and any Content-Security-Policy violation or console error fails (browser.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_CODES, localeOfPath, localePath } from '@mbc/shared';
import { dictionary } from '../../src/i18n';
import { PAGE_TEMPLATES, type PageTemplate } from '../../../scripts/rebuild/site-pages';
import { openSiteInBrowser, withCheckedPage, type SiteInBrowser } from './browser';
import { cmsContent, pagesOf, siteSettings } from './site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** One page per template in each locale; the 404 page is reached the way visitors reach it, by a missing URL. */
function templatePages(): [PageTemplate, string][] {
  return LOCALE_CODES.flatMap((locale) => {
    const firstOf = (template: PageTemplate) => {
      const page = pagesOf(template, locale)[0];
      if (!page) throw new Error(`The build has no ${locale} ${template} page`);
      return page.route;
    };
    // Every template but these two: the 404 page is added below, other pages one by one.
    const templates = PAGE_TEMPLATES.filter((template) => template !== 'not-found' && template !== 'other');
    // Pages outside the known templates (e.g. a form's confirmation page) are checked one by one.
    const others = pagesOf('other', locale).map((page) => ['other', page.route] as [PageTemplate, string]);
    return [...templates.map((template) => [template, firstOf(template)] as [PageTemplate, string]), ...others, ['not-found', localePath(locale, '/no-such-page/')] as [PageTemplate, string]];
  });
}

let site: SiteInBrowser;

beforeAll(async () => {
  site = await openSiteInBrowser();
});

afterAll(async () => {
  await site?.close();
});

/** The 404 page is reached by a missing URL, which Chromium reports in the console; nothing else may be. */
const NOT_FOUND_ANSWER = /^console error \(http:\/\/127\.0\.0\.1:\d+\/(?:[a-z]{2}\/)?no-such-page\/\): Failed to load resource: the server responded with a status of 404/;

/** A page at this viewport, failing the test on any CSP violation, console error or page error (browser.ts). */
function withPage<T>(options: { width: number; height: number; notFound?: boolean }, run: (page: Page) => Promise<T>): Promise<T> {
  const { notFound = false, ...viewport } = options;
  return withCheckedPage(site.browser, run, { viewport, expectedConsoleErrors: notFound ? [NOT_FOUND_ANSWER] : [] });
}

async function open(page: Page, route: string): Promise<void> {
  const response = await page.goto(`${site.origin}${route}`, { waitUntil: 'load' });
  expect(response, `no response for ${route}`).not.toBeNull();
  if (route.startsWith('/search/')) await page.waitForLoadState('networkidle');
}

/** Elements reaching past the right edge of a 320 px viewport, for the failure message. */
function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > 321)
      .slice(0, 8)
      .map((element) => {
        const classes = typeof element.className === 'string' && element.className.trim() ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
        return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} (right edge ${Math.round(element.getBoundingClientRect().right)} px)`;
      }),
  );
}

// One visit per template: axe at a desktop width, then the same page narrowed to 320 px.
describe('every page template', () => {
  it.each(templatePages())('%s page (%s): zero axe violations (wcag2a, wcag2aa, wcag21aa, wcag22aa); at 320 px no sideways scroll, demo notice, phone and request action on screen; form controls in the page’s type; no CSP violation or console error', async (template, route) => {
    await withPage({ width: 1280, height: 900, notFound: template === 'not-found' }, async (page) => {
      await open(page, route);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).options({ resultTypes: ['violations'] }).analyze();
      const report = violations
        .map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.help}\n` +
            violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
        )
        .join('\n');
      expect.soft(violations.length, `axe on ${route}:\n${report}`).toBe(0);

      // Buttons, inputs and lists in the type of the text around them, not the browser's smaller default.
      const smallControls = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea')]
          .filter((control) => control.getClientRects().length > 0 && control.parentElement)
          .filter((control) => {
            const own = getComputedStyle(control);
            const around = getComputedStyle(control.parentElement!);
            return own.fontSize !== around.fontSize || own.fontFamily !== around.fontFamily;
          })
          .map((control) => `<${control.tagName.toLowerCase()} ${control.getAttribute('name') ?? control.textContent?.trim().slice(0, 30)}>: ${getComputedStyle(control).fontSize} in ${getComputedStyle(control.parentElement!).fontSize} text`),
      );
      expect.soft(smallControls, `${route}: form controls in another type than their surroundings`).toEqual([]);

      // WCAG 1.4.10 reflow: content fits 320 CSS pixels without scrolling sideways.
      await page.setViewportSize({ width: 320, height: 640 });
      const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      const wide = scrollWidth > 320 ? await widestElements(page) : [];
      expect.soft(scrollWidth, `${route} is ${scrollWidth} px wide at a 320 px viewport; widest elements: ${wide.join(', ')}`).toBeLessThanOrEqual(320);

      // On a phone too: the demo notice, the appointment phone and the request action are on screen, not hidden.
      // In the page's language: the site settings' version in it, the dictionary's words.
      const { locale } = localeOfPath(route);
      const settings = siteSettings();
      const notice = String(settings.localizations?.[locale]?.demoNotice ?? settings.demoNotice).replace(/\s+/g, ' ').trim();
      const { requestAppointment } = dictionary(locale).header;
      expect.soft(await page.getByText(notice).first().isVisible(), `${route}: demo notice visible at 320 px`).toBe(true);
      expect.soft(await page.locator('header a[href^="tel:"]').first().isVisible(), `${route}: header tel: link visible at 320 px`).toBe(true);
      expect.soft(await page.locator('header a', { hasText: requestAppointment }).first().isVisible(), `${route}: "${requestAppointment}" visible at 320 px`).toBe(true);
    });
  });
});

interface Focused {
  tag: string;
  href: string | null;
  text: string;
  inMain: boolean;
  inHeader: boolean;
  visible: boolean;
  indicator: boolean;
  outline: string;
  boxShadow: string;
}

/** What has the keyboard focus now, and whether a sighted keyboard user can see it. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body || element === document.documentElement) return null;
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    const visible =
      rect.width > 1 &&
      rect.height > 1 &&
      style.visibility !== 'hidden' &&
      Number(style.opacity) > 0 &&
      rect.bottom > 0 &&
      rect.right > 0 &&
      rect.top < window.innerHeight &&
      rect.left < window.innerWidth;
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = !!style.boxShadow && style.boxShadow !== 'none';
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute('href'),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      inMain: !!element.closest('main'),
      inHeader: !!element.closest('header') && !element.closest('main'),
      visible,
      indicator: outlined || shadowed,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow,
    };
  });
}

const describeFocus = (focus: Focused | null) => (focus ? `<${focus.tag}${focus.href ? ` href="${focus.href}"` : ''}> "${focus.text.slice(0, 60)}"` : '(nothing)');

describe('keyboard only, on a physician page', () => {
  const physician = () => {
    const withLocation = cmsContent().physician.find((candidate) => candidate.locations.length > 0);
    if (!withLocation) throw new Error('No published physician with a location');
    return withLocation;
  };
  const route = () => `/doctors/${physician().slug}/`;

  it('the first Tab reaches a visible skip link; activating it moves on to the main content', async () => {
    await withPage({ width: 1280, height: 900 }, async (page) => {
      await open(page, route());
      await page.keyboard.press('Tab');
      const skip = await focused(page);
      expect(skip?.tag, `first focus: ${describeFocus(skip)}`).toBe('a');
      expect(skip!.href ?? '', 'the skip link points at an id on the page').toMatch(/^#./);
      expect(skip!.visible, 'the focused skip link is visible').toBe(true);
      expect(skip!.indicator, `the skip link shows focus (outline ${skip!.outline}, box-shadow ${skip!.boxShadow})`).toBe(true);
      const targetIsMain = await page.evaluate((id) => {
        const target = document.getElementById(decodeURIComponent(id));
        return !!target && (target.tagName === 'MAIN' || !!target.closest('main') || !!target.querySelector('main'));
      }, skip!.href!.slice(1));
      expect(targetIsMain, `${skip!.href} is the main content`).toBe(true);

      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe(skip!.href);
      const afterSkip = await focused(page);
      if (!afterSkip?.inMain) {
        // Focus stays on the link in some browsers, but the next Tab must start from the target.
        await page.keyboard.press('Tab');
        const next = await focused(page);
        expect(next?.inMain, `after the skip link, Tab goes to ${describeFocus(next)}, not into <main>`).toBe(true);
      }
      const mainTop = await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().top);
      expect(mainTop, 'main is scrolled into view').toBeLessThan(900);
    });
  });

  it('Tab goes through the header (tel: link, "Request an appointment", every nav link) and on to the page\'s links, always with a visible focus indicator', async () => {
    await withPage({ width: 1280, height: 900 }, async (page) => {
      await open(page, route());
      const headerLinks = await page.evaluate(() =>
        [...document.querySelectorAll('header a[href]')]
          .filter((link) => !link.closest('main') && (link as HTMLElement).offsetParent !== null)
          .map((link) => link.getAttribute('href')!),
      );
      const navLinks = await page.evaluate(() =>
        [...document.querySelectorAll('header nav a[href]')]
          .filter((link) => !link.closest('main') && (link as HTMLElement).offsetParent !== null)
          .map((link) => link.getAttribute('href')!),
      );
      expect(navLinks.length, 'the header has a navigation with links').toBeGreaterThan(0);

      const stops: Focused[] = [];
      const problems: string[] = [];
      const locationHref = `/locations/${physician().locations[0].slug}/`;
      for (let step = 0; step < 200; step++) {
        await page.keyboard.press('Tab');
        const focus = await focused(page);
        if (!focus) break; // wrapped past the end of the page
        stops.push(focus);
        if (!focus.visible) problems.push(`${describeFocus(focus)} is focused but not visible`);
        if (!focus.indicator) problems.push(`${describeFocus(focus)} has no focus indicator (outline ${focus.outline}, box-shadow ${focus.boxShadow})`);
        if (focus.inMain && focus.href === locationHref) break;
      }

      const reached = new Set(stops.filter((stop) => !stop.inMain).map((stop) => stop.href));
      expect(stops[0]?.href ?? '', 'the skip link comes first').toMatch(/^#/);
      expect(stops.some((stop) => stop.inHeader && stop.href?.startsWith('tel:')), 'the header\'s tel: link is reachable').toBe(true);
      expect(
        stops.some((stop) => stop.inHeader && /request an appointment/i.test(stop.text)),
        '"Request an appointment" is reachable',
      ).toBe(true);
      expect(headerLinks.filter((href) => !reached.has(href)), 'header links never focused').toEqual([]);
      expect(
        stops.some((stop) => stop.inMain && stop.href === locationHref),
        `the physician's location link ${locationHref} in <main> is reachable (stops: ${stops.map(describeFocus).join(', ')})`,
      ).toBe(true);
      expect(problems).toEqual([]);
    });
  });
});
