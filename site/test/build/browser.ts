/**
 * Chromium pages for the build tests. Every page is the built site served with the production
 * headers (scripts/rebuild/static-server.ts: the Content-Security-Policy included), and every test that
 * opens one fails on anything the browser refused or reported on any page it visited:
 * - a Content-Security-Policy violation (a `securitypolicyviolation` event, listened to in each
 *   page from before its first script, and reported out of the page so navigations lose none);
 * - a console error (Chromium's own messages too: a refused script, a resource that failed);
 * - an uncaught exception or unhandled rejection in the page.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from '../../../scripts/test/support/chromium';
import { serveSite, type ServedSite } from '../../../scripts/rebuild/static-server';
import { outDir } from './site';

export interface SiteInBrowser {
  browser: Browser;
  server: ServedSite;
  origin: string;
  close(): Promise<void>;
}

/** The built site on the local static server (production headers) and a Chromium to visit it. */
export async function openSiteInBrowser(options: { cmsOrigin?: string } = {}): Promise<SiteInBrowser> {
  const server = await serveSite({ liveDir: outDir(), ...(options.cmsOrigin ? { cmsOrigin: options.cmsOrigin } : {}) });
  const browser = await launchChromium();
  return {
    browser,
    server,
    origin: server.origin,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface CheckedPageOptions extends BrowserContextOptions {
  /**
   * Console errors a test causes on purpose (a page answered 404 or 400 by design), matched
   * against "console error (URL): MESSAGE". Each pattern should name the URL and the message it
   * expects; nothing else is let through.
   */
  expectedConsoleErrors?: RegExp[];
}

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  line: number;
  sample: string;
  page: string;
}

const REPORT_BINDING = '__reportSecurityPolicyViolation';

/**
 * Runs `run` with a fresh browser context and page (1280 × 900, reduced motion unless told
 * otherwise), then fails the test if any page of the context had a CSP violation, a console
 * error or a page error.
 */
export async function withCheckedPage<T>(
  browser: Browser,
  run: (page: Page, context: BrowserContext) => Promise<T>,
  options: CheckedPageOptions = {},
): Promise<T> {
  const { expectedConsoleErrors = [], ...contextOptions } = options;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', ...contextOptions });
  const problems: string[] = [];
  try {
    await context.exposeBinding(REPORT_BINDING, (_source, violation: Violation) => {
      problems.push(
        `Content-Security-Policy violation on ${violation.page}: ${violation.directive} blocked ${violation.blocked || '(inline)'}` +
          `${violation.source ? ` in ${violation.source}:${violation.line}` : ''}${violation.sample ? ` (${violation.sample})` : ''}`,
      );
    });
    await context.addInitScript((binding) => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as Record<string, (violation: unknown) => void>)[binding];
        report?.({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
          source: event.sourceFile,
          line: event.lineNumber,
          sample: event.sample,
          page: location.href,
        });
      });
    }, REPORT_BINDING);
    context.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      const problem = `console error${where ? ` (${where})` : ''}: ${message.text()}`;
      if (!expectedConsoleErrors.some((pattern) => pattern.test(problem))) problems.push(problem);
    });
    context.on('weberror', (error) => problems.push(`page error on ${error.page()?.url() ?? 'a page'}: ${error.error().message}`));

    const page = await context.newPage();
    const result = await run(page, context);
    // A violation event is dispatched in a task of its own: let the page run its queued tasks before looking.
    if (contextOptions.javaScriptEnabled !== false && !page.isClosed()) {
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))).catch(() => undefined);
    }
    expect(problems, 'CSP violations, console errors and page errors in the browser').toEqual([]);
    return result;
  } finally {
    await context.close();
  }
}
