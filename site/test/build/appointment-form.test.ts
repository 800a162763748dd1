/**
 * The appointment request form in Chromium, end to end: the built pages served with the
 * production headers (CSP included), posting to a running, seeded CMS.
 *
 * The build's form posts to the CMS it was built from, which global-setup.ts stopped after the
 * build; a fresh test CMS is started on that same address, told (SITE_URL) that the site is the
 * static server here, so CORS and the redirect to the thank-you page are the real ones.
 *
 * Proves: without JavaScript the form posts and lands on the thank-you page (303), and a mistake
 * gets the CMS's page of errors; with JavaScript errors show inline and in a focused summary
 * (GOV.UK's pattern), then a corrected form is sent and stored; axe-core finds no WCAG A/AA
 * violation on the form, its error state, the thank-you page and the CMS's error page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentRequestMessages } from '@mbc/shared';
import { dictionary } from '../../src/i18n';
import { startTestCms, type TestCms } from '../../../scripts/test/support/test-cms';
import { byTag, textOf } from '../../../scripts/rebuild/html';
import { openSiteInBrowser, withCheckedPage, type SiteInBrowser } from './browser';
import { digitsOf, loadPage, siteSettings } from './site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const THANK_YOU = '/appointments/thank-you/';
/** The test CMS's minimum fill time (APPOINTMENT_MIN_FILL_SECONDS; 3 s by default): a faster post is stored but flagged. */
const MIN_FILL_SECONDS = 1;

let cms: TestCms;
let site: SiteInBrowser;
let siteUrl: string;
let adminToken: string;

/** The form's action in the built page: the CMS the build baked in. */
function builtFormAction(route: string): URL {
  const form = byTag(loadPage(route).document, 'form').find((element) => 'data-appointment-form' in element.attrs);
  if (!form?.attrs.action) throw new Error(`${route} has no appointment form with an action`);
  return new URL(form.attrs.action);
}

beforeAll(async () => {
  const action = builtFormAction('/appointments/');
  expect(builtFormAction('/second-opinion/').href).toBe(action.href);
  expect(action.pathname).toBe('/api/appointment-requests');
  // The build's CMS (global-setup.ts) ran on 127.0.0.1 at a port of its own; this test takes that address over.
  expect(action.hostname, `the form posts to ${action.href}, not to the local test CMS`).toBe('127.0.0.1');
  const cmsPort = Number(action.port);
  expect(cmsPort, `no port in the form's action ${action.href}`).toBeGreaterThan(0);

  site = await openSiteInBrowser({ cmsOrigin: action.origin });
  siteUrl = site.origin;

  // The CMS suite tests the rate limit; here several submissions come from one address on purpose.
  cms = await startTestCms({
    port: cmsPort,
    env: { SITE_URL: siteUrl, APPOINTMENT_RATE_LIMIT_PER_HOUR: '50', APPOINTMENT_MIN_FILL_SECONDS: String(MIN_FILL_SECONDS) },
  });
  expect(cms.url).toBe(action.origin);
  const login = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(cms.admin),
  });
  adminToken = ((await login.json()) as { data: { token: string } }).data.token;
});

afterAll(async () => {
  await site?.close();
  await cms?.stop();
});

/**
 * A fresh page; the test fails on any CSP violation, console error or page error in it (browser.ts).
 * `onCmsErrorPage`: the test sends a mistake on purpose and lands on the CMS's page of errors.
 * Chromium reports the CMS's 400 answer (the page of errors itself), so that one is let through here.
 */
function withPage<T>(options: { javaScript: boolean; onCmsErrorPage?: boolean }, run: (page: Page) => Promise<T>): Promise<T> {
  const cmsAnswer = (pathname: string, status: number) =>
    new RegExp(`^console error \\(${escapeRegExp(cms.url)}${escapeRegExp(pathname)}\\): Failed to load resource: the server responded with a status of ${status}\\b`);
  return withCheckedPage(site.browser, run, {
    javaScriptEnabled: options.javaScript,
    expectedConsoleErrors: options.onCmsErrorPage ? [cmsAnswer('/api/appointment-requests', 400)] : [],
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(report, label).toEqual([]);
}

/** Requests the CMS stored, as the care team sees them in the admin. */
async function storedRequests(): Promise<Record<string, unknown>[]> {
  const response = await fetch(
    `${cms.url}/content-manager/collection-types/api::appointment-request.appointment-request?pageSize=100`,
    { headers: { Authorization: `Bearer ${adminToken}` } },
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { results: Record<string, unknown>[] }).results;
}

/**
 * Waits until the form has been open for the CMS's minimum fill time, by the start time the form's
 * own script wrote into it ("startedAt"), as a person's would have been.
 */
async function waitForMinimumFillTime(page: Page): Promise<void> {
  await page.waitForFunction((ms) => {
    const startedAt = document.querySelector<HTMLInputElement>('[data-started-at]')?.value;
    return !!startedAt && Date.now() - Number(startedAt) >= ms;
  }, MIN_FILL_SECONDS * 1000);
}

async function fillValidForm(page: Page, fullName: string, options: { chooseType: boolean }): Promise<void> {
  if (options.chooseType) await page.check('#appointment-requestType-new-diagnosis');
  await page.fill('#appointment-fullName', fullName);
  await page.fill('#appointment-phone', '(919) 555-0199');
  await page.check('#appointment-preferredContactMethod-phone');
  await page.check('#appointment-preferredContactTime-morning');
  await page.selectOption('#appointment-preferredLocation', { index: 1 });
  await page.fill('#appointment-message', 'Newly diagnosed, would like to see a specialist <b>soon</b>.');
  await page.check('#appointment-consentToContact');
}

describe('without JavaScript', () => {
  it('the form posts to the CMS, which answers 303 to the thank-you page, and the request is stored', async () => {
    await withPage({ javaScript: false }, async (page) => {
      await page.goto(`${siteUrl}/appointments/`);
      // The phone number comes before the form.
      const phoneFirst = await page.evaluate(() => {
        const phone = document.querySelector('main .phone-panel a[href^="tel:"]');
        const form = document.querySelector('main form[data-appointment-form]');
        return Boolean(phone && form && phone.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(phoneFirst).toBe(true);

      await fillValidForm(page, 'No Script Person', { chooseType: true });
      const redirect = page.waitForResponse((response) => response.url().startsWith(cms.url) && response.request().method() === 'POST');
      await page.click('button[type="submit"]');
      expect((await redirect).status()).toBe(303);
      await page.waitForURL(`${siteUrl}${THANK_YOU}`);
      expect(await page.textContent('h1')).toContain('Thank you');
      expect(await page.textContent('main')).toMatch(/within one business day/);
    });
    const stored = (await storedRequests()).find((request) => request.fullName === 'No Script Person');
    expect(stored).toMatchObject({
      requestType: 'new_diagnosis',
      phone: '(919) 555-0199',
      preferredContactMethod: 'phone',
      preferredContactTime: 'morning',
      message: 'Newly diagnosed, would like to see a specialist <b>soon</b>.',
      consentToContact: true,
      requestStatus: 'new',
    });
  });

  it('a mistake gets the CMS’s page listing it (accessible), and Back returns to the filled-in form', async () => {
    await withPage({ javaScript: false, onCmsErrorPage: true }, async (page) => {
      await page.goto(`${siteUrl}/second-opinion/`);
      await fillValidForm(page, 'Typo Person', { chooseType: false });
      await page.fill('#appointment-phone', '555-0199');
      const answer = page.waitForResponse((response) => response.url().startsWith(cms.url) && response.request().method() === 'POST');
      await page.click('button[type="submit"]');
      expect((await answer).status()).toBe(400);
      await page.waitForLoadState('load');
      expect(await page.textContent('h1')).toBe('There is a problem with your request');
      expect(await page.textContent('main')).toMatch(/Phone number must be a US phone number/);
      expect(await page.getAttribute('a[href$="/second-opinion/"]', 'href')).toBe(`${siteUrl}/second-opinion/`);

      await page.goBack();
      await page.waitForURL(`${siteUrl}/second-opinion/`);
      expect(await page.inputValue('#appointment-fullName')).toBe('Typo Person');
    });
    expect((await storedRequests()).some((request) => request.fullName === 'Typo Person')).toBe(false);
  });

  it('the CMS’s error page has no axe-core violations', async () => {
    // axe runs as a script, so this page needs JavaScript; the form is posted natively, as without it.
    await withPage({ javaScript: true, onCmsErrorPage: true }, async (page) => {
      await page.goto(`${siteUrl}/appointments/`);
      await fillValidForm(page, 'Axe Person', { chooseType: true });
      await page.fill('#appointment-email', 'not an address');
      const answer = page.waitForResponse((response) => response.url().startsWith(cms.url) && response.request().method() === 'POST');
      await page.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>('form[data-appointment-form]')!;
        form.querySelector<HTMLInputElement>('[data-started-at]')!.value = '';
        HTMLFormElement.prototype.submit.call(form);
      });
      expect((await answer).status()).toBe(400);
      await page.waitForLoadState('load');
      expect(await page.textContent('main')).toMatch(/Enter an email address in the correct format/);
      await expectNoAxeViolations(page, 'the CMS’s error page');
    });
  });
});

describe('with JavaScript', () => {
  it('shows inline errors and a focused error summary, then sends the corrected form and goes to the thank-you page', async () => {
    await withPage({ javaScript: true }, async (page) => {
      await page.goto(`${siteUrl}/appointments/`);
      const title = await page.title();
      await page.fill('#appointment-phone', '12345');
      await page.click('button[type="submit"]');

      const summary = page.locator('[data-error-summary]');
      await expect.poll(() => summary.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
      expect(await page.title()).toBe(`Error: ${title}`);
      const links = await summary.locator('a').evaluateAll((anchors) => anchors.map((anchor) => ({ href: anchor.getAttribute('href'), text: anchor.textContent })));
      expect(links.map((link) => link.href)).toEqual([
        '#appointment-requestType-new-diagnosis',
        '#appointment-fullName',
        '#appointment-phone',
        '#appointment-preferredContactMethod-phone',
        '#appointment-consentToContact',
      ]);
      for (const link of links) expect(await page.locator(link.href!).count(), link.href!).toBe(1);

      // Each field's message sits next to it, announced with it (aria-describedby), starting "Error:".
      const phoneError = page.locator('#appointment-phone-error');
      expect(await phoneError.isVisible()).toBe(true);
      expect(await phoneError.textContent()).toMatch(/^Error: Phone number must be a US phone number/);
      expect((await page.getAttribute('#appointment-phone', 'aria-describedby'))?.split(' ')).toContain('appointment-phone-error');
      expect(await page.getAttribute('#appointment-phone', 'aria-invalid')).toBe('true');
      expect(await page.getAttribute('[data-field="requestType"] fieldset', 'aria-describedby')).toContain('appointment-requestType-error');
      await expectNoAxeViolations(page, 'the form with errors');

      // A summary link takes the keyboard to the field.
      await summary.locator('a[href="#appointment-fullName"]').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('appointment-fullName');

      await fillValidForm(page, 'Script Person', { chooseType: true });
      // A person takes longer than the CMS's minimum fill time; make sure this one did too.
      await waitForMinimumFillTime(page);
      const sent = page.waitForResponse((response) => response.url().startsWith(cms.url) && response.request().method() === 'POST');
      await page.click('button[type="submit"]');
      const response = await sent;
      expect(response.status()).toBe(201);
      expect(response.request().headers()['content-type']).toBe('application/json');
      await page.waitForURL(`${siteUrl}${THANK_YOU}`);
      expect(await page.title()).not.toMatch(/^Error/);
    });
    const stored = (await storedRequests()).find((request) => request.fullName === 'Script Person');
    // Not flagged as sent unusually fast: the wait above is the one the CMS judges.
    expect(stored).toMatchObject({ requestType: 'new_diagnosis', phone: '(919) 555-0199', preferredContactMethod: 'phone', consentToContact: true, sentUnusuallyFast: false });
  });

  it('neither phone nor email: both boxes are marked invalid, with the error styling, and the one message describes both', async () => {
    await withPage({ javaScript: true }, async (page) => {
      await page.goto(`${siteUrl}/second-opinion/`);
      await page.fill('#appointment-fullName', 'Nobody Reachable');
      await page.click('button[type="submit"]');
      await expect.poll(() => page.locator('[data-error-summary]').isVisible()).toBe(true);
      const message = page.locator('#appointment-phone-error');
      expect(await message.textContent()).toMatch(/^Error: Enter a phone number or an email address/);
      for (const field of ['phone', 'email']) {
        const box = `#appointment-${field}`;
        expect(await page.getAttribute(box, 'aria-invalid'), field).toBe('true');
        expect((await page.getAttribute(box, 'aria-describedby'))?.split(' '), field).toContain('appointment-phone-error');
        expect(await page.locator(`[data-field="${field}"]`).evaluate((group) => group.classList.contains('form-group--error')), field).toBe(true);
      }
      const border = (box: string) => page.locator(box).evaluate((element) => getComputedStyle(element).borderTopColor);
      expect(await border('#appointment-email'), 'the email box has the error border the phone box has').toBe(await border('#appointment-phone'));
      expect(await border('#appointment-email'), 'and it differs from a box without an error').not.toBe(await border('#appointment-fullName'));

      // Giving an email address clears both.
      await page.fill('#appointment-email', 'reachable@example.org');
      await page.check('#appointment-preferredContactMethod-email');
      await page.click('button[type="submit"]');
      expect(await page.getAttribute('#appointment-email', 'aria-invalid')).toBeNull();
      expect(await page.getAttribute('#appointment-phone', 'aria-invalid')).toBeNull();
      expect(await page.getAttribute('#appointment-email', 'aria-describedby')).not.toContain('appointment-phone-error');
    });
  });

  it('the second-opinion form sends a second-opinion request', async () => {
    await withPage({ javaScript: true }, async (page) => {
      await page.goto(`${siteUrl}/second-opinion/`);
      await fillValidForm(page, 'Second Opinion Person', { chooseType: false });
      await waitForMinimumFillTime(page);
      await page.click('button[type="submit"]');
      await page.waitForURL(`${siteUrl}${THANK_YOU}`);
    });
    const stored = (await storedRequests()).find((request) => request.fullName === 'Second Opinion Person');
    expect(stored).toMatchObject({ requestType: 'second_opinion', sentUnusuallyFast: false });
  });
});

describe('the phone number example', () => {
  it.each(['/appointments/', '/second-opinion/'])('%s: the hint gives a fictional 555-01xx number, never the center’s own appointment number', (route) => {
    const hint = byTag(loadPage(route).document, 'p').find((element) => element.attrs.id === 'appointment-phone-hint');
    const text = hint ? textOf(hint) : '';
    const example = /\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}/.exec(text)?.[0];
    expect(example, `the phone hint "${text}" gives an example number`).toBeDefined();
    expect(digitsOf(example!)).toMatch(/^\d{3}55501\d\d$/);
    expect(digitsOf(example!), `the example in "${text}"`).not.toBe(digitsOf(siteSettings().appointmentPhone));
  });
});

describe('in Spanish', () => {
  it('shows the CMS’s own messages in Spanish, then sends the request marked Spanish and goes to the Spanish thank-you page', async () => {
    const spanish = dictionary('es');
    await withPage({ javaScript: true }, async (page) => {
      await page.goto(`${siteUrl}/es/appointments/`);
      expect(await page.getAttribute('html', 'lang')).toBe(spanish.htmlLang);
      expect(await page.locator('label[for="appointment-requestType-new-diagnosis"]').textContent()).toContain(spanish.form.options.requestType.new_diagnosis);
      await page.fill('#appointment-phone', '12345');
      await page.click('button[type="submit"]');
      const summary = page.locator('[data-error-summary]');
      await expect.poll(() => summary.isVisible()).toBe(true);
      const messages = appointmentRequestMessages('es');
      expect(await page.locator('#appointment-fullName-error').textContent()).toBe(`${spanish.form.errorPrefix}${messages.enterFullName}`);
      expect(await page.locator('#appointment-phone-error').textContent()).toBe(`${spanish.form.errorPrefix}${messages.phoneFormat}`);
      await expectNoAxeViolations(page, 'the Spanish form with errors');

      await fillValidForm(page, 'Persona en Español', { chooseType: true });
      await waitForMinimumFillTime(page);
      const sent = page.waitForResponse((response) => response.url().startsWith(cms.url) && response.request().method() === 'POST');
      await page.click('button[type="submit"]');
      expect((await sent).status()).toBe(201);
      await page.waitForURL(`${siteUrl}/es${THANK_YOU}`);
      await expectNoAxeViolations(page, 'the Spanish thank-you page');
    });
    const stored = (await storedRequests()).find((request) => request.fullName === 'Persona en Español');
    expect(stored).toMatchObject({ requestType: 'new_diagnosis', language: 'es' });
  });
});

describe('axe-core (wcag2a, wcag2aa, wcag21aa, wcag22aa)', () => {
  it.each(['/appointments/', '/second-opinion/', THANK_YOU, '/es/appointments/', '/es/second-opinion/'])('%s: zero violations', async (route) => {
    await withPage({ javaScript: true }, async (page) => {
      await page.goto(`${siteUrl}${route}`);
      await expectNoAxeViolations(page, route);
    });
  });
});
