/**
 * What an editor sees in the real admin panel, in Chromium: a refused save keeps the editor's
 * work and shows the rule under its field; the home page and each entry say whether the site
 * build has the change live.
 *
 * The admin panel is built once per change of src/admin/ (test/admin-panel.ts) and served by the
 * one in-process test CMS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/test/support/chromium';
import { silentLogger } from '../../scripts/rebuild/log';
import type { BuildOutcome } from '../../scripts/rebuild/builder';
import { createRebuildService } from '../../scripts/rebuild/service';
import { REBUILD_WEBHOOK_NAME, ensureRebuildWebhook } from '../src/bootstrap/webhooks';
import { ensureAdminBuild, serveAdminPanel, signInToAdmin } from './admin-panel';
import { ROLE_TEST_PASSWORD, removeTestAdmins, signInWithRole } from './admin-users';
import { daysFromToday, treatmentDueOn, TREATMENT } from './review-fixtures';
import { startCms } from './strapi';
import { documents } from './fixtures';

const SUBTYPE = 'api::subtype.subtype';
const SITE_SETTINGS = 'api::site-setting.site-setting';

let strapi: Core.Strapi;
let baseUrl: string;
let browser: Browser;
let page: Page;
const createdSubtypes: string[] = [];
const createdTreatments: string[] = [];

beforeAll(async () => {
  ({ strapi, baseUrl } = await startCms());
  await ensureAdminBuild();
  serveAdminPanel(strapi);
  browser = await launchChromium();
  // The admin formats dates in the browser's locale; the test types them as en-US shows them.
  page = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1440, height: 1000 } });
  await signInToAdmin(page, baseUrl, process.env.LOCAL_ADMIN_EMAIL!, process.env.LOCAL_ADMIN_PASSWORD!);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  for (const documentId of createdSubtypes) await documents(strapi, SUBTYPE).delete({ documentId });
  for (const documentId of createdTreatments) await documents(strapi, TREATMENT).delete({ documentId });
  await removeTestAdmins(strapi);
});

/** An existing draft subtype of its own (a copy of a seeded one), so the test never changes the seed. */
async function existingSubtype(suffix: string): Promise<{ documentId: string }> {
  const seeded = await documents(strapi, SUBTYPE).findFirst({ status: 'draft', populate: { medicalReview: true, reviewedBy: true } });
  const { id: _id, documentId: _documentId, createdAt: _c, updatedAt: _u, publishedAt: _p, locale: _l, reviewedBy, ...fields } = seeded;
  const { id: _reviewId, ...medicalReview } = seeded.medicalReview;
  const created = await documents(strapi, SUBTYPE).create({
    // Its reviewer too, so it may be published.
    data: { ...fields, name: `Browser test subtype ${suffix}`, slug: `browser-test-subtype-${suffix}`, medicalReview, reviewedBy: reviewedBy?.documentId },
  });
  createdSubtypes.push(created.documentId);
  return created;
}

/**
 * Opens an edit view once its requests have settled (the entry, its locales, the locale picked in
 * the address): the blocks editor remounts when the entry's value changes under it, which wiped
 * text typed while those answers were still arriving.
 */
async function openSettled(url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
}

/** MM/DD/YYYY, as the admin's date input shows a date in en-US. */
function usDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()}`;
}

async function typeDate(input: Locator, date: Date): Promise<void> {
  await input.click();
  await input.press('Control+a');
  await input.pressSequentially(usDate(date));
  await input.press('Tab');
}

/** The text of what the input is described by: its hint and, after a refused save, its error. */
async function fieldError(input: Locator): Promise<string> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(ids.map((id) => input.page().locator(`[id="${id}"][data-strapi-field-error]`).allTextContents()));
  return texts.flat().join(' ');
}

/** Presses Save and waits for the CMS's answer. */
async function save(): Promise<number> {
  const answer = page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes('/content-manager/'));
  await page.getByRole('button', { name: 'Save' }).click();
  return (await answer).status();
}

/**
 * Call before Save: resolves once, after the CMS's answer to the save, the edit view's refetch of
 * the entry (`entryPath` under /content-manager/) has landed (it used to put the last saved
 * version back over a refused save's edits) and the page has painted twice since.
 */
async function refetchAfterSave(entryPath: string): Promise<void> {
  await page.waitForResponse((response) => response.request().method() === 'PUT' && response.url().includes('/content-manager/'));
  await page.waitForResponse((response) => response.request().method() === 'GET' && new URL(response.url()).pathname === `/content-manager/${entryPath}`, { timeout: 15_000 });
  // Two paints (a string: this project's test types have no DOM).
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))');
}

describe('a save the content rules refuse', () => {
  it('keeps the unsaved body edit and shows the review-date rule under the date field', async () => {
    const subtype = await existingSubtype('refused-save');
    await openSettled(`${baseUrl}/admin/content-manager/collection-types/${SUBTYPE}/${subtype.documentId}`);
    const body = page.locator('[data-slate-editor="true"]').first();
    await body.locator('p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' An edit the editor must not lose.');
    const lastReviewed = page.locator('input[name="medicalReview.lastReviewed"]');
    const future = new Date(Date.now() + 400 * 86_400_000);
    await typeDate(lastReviewed, future);
    // Leaving the body hands its text to the form: it is there before the save, so a loss below is the save's.
    expect(await body.textContent()).toContain('An edit the editor must not lose.');

    const refetched = refetchAfterSave(`collection-types/${SUBTYPE}/${subtype.documentId}`);
    expect(await save()).toBe(400);
    await expect.poll(() => fieldError(lastReviewed), { timeout: 15_000 }).toMatch(/^Cannot be in the future \(it is [A-Z][a-z]+ \d{1,2}, \d{4}; today is /);
    // Past the rollback and refetch that used to put the last saved version back.
    await refetched;
    expect(await body.textContent()).toContain('An edit the editor must not lose.');
    expect(await lastReviewed.inputValue()).toBe(usDate(future));
    // Still dirty, so the editor can save again (the button comes back once the refused save has settled).
    await expect.poll(() => page.getByRole('button', { name: 'Save' }).isEnabled(), { timeout: 15_000 }).toBe(true);

    // Once the date is fixed, the same edit saves.
    await typeDate(lastReviewed, new Date());
    expect(await save()).toBe(200);
    const stored = await documents(strapi, SUBTYPE).findOne({ documentId: subtype.documentId, status: 'draft' });
    expect(JSON.stringify(stored.body)).toContain('An edit the editor must not lose.');
  });

  it('keeps the unsaved footer edit in site settings and shows the phone rule under the phone field', async () => {
    const before = await documents(strapi, SITE_SETTINGS).findFirst({ status: 'draft' });
    try {
      await openSettled(`${baseUrl}/admin/content-manager/single-types/${SITE_SETTINGS}`);
      const footer = page.locator('textarea[name="footerText"]');
      await footer.fill(`${before.footerText} An edit the editor must not lose.`);
      const phone = page.locator('input[name="appointmentPhone"]');
      await phone.fill('call us');

      const refetched = refetchAfterSave(`single-types/${SITE_SETTINGS}`);
      expect(await save()).toBe(400);
      await expect.poll(() => fieldError(phone), { timeout: 15_000 }).toMatch(/^Must be a US phone number with area code/);
      // Past the rollback and refetch that used to put the last saved version back.
      await refetched;
      expect(await footer.inputValue()).toBe(`${before.footerText} An edit the editor must not lose.`);
      expect(await phone.inputValue()).toBe('call us');
    } finally {
      await documents(strapi, SITE_SETTINGS).update({
        documentId: before.documentId,
        data: { footerText: before.footerText, appointmentPhone: before.appointmentPhone },
      });
    }
  });
});

describe('lists an editor can work with', () => {
  // Column headers are upper-cased by CSS only.
  const headers = async () => (await page.locator('thead th').allTextContents()).map((header) => header.toLowerCase());

  it('opens the Content Manager on subtypes, sorts and filters them by their review dates', async () => {
    await page.goto(`${baseUrl}/admin/content-manager`);
    await page.waitForURL(/\/content-manager\/collection-types\/api::subtype\.subtype/);
    await expect.poll(headers, { timeout: 15_000 }).toEqual(expect.arrayContaining(['name', 'short name', 'last reviewed', 'next review due', 'reviewed by']));
    await page.getByRole('button', { name: 'Filters' }).click();
    // The filter's field list, not the list's locale picker (Strapi's i18n puts one beside the filters).
    await page.getByRole('combobox', { name: 'Select field' }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual(expect.arrayContaining(['Last reviewed', 'Next review due', 'Reviewed by']));
    await page.keyboard.press('Escape');

    const subtypes = await documents(strapi, SUBTYPE).findMany({ status: 'draft', populate: { medicalReview: true } });
    const dues = subtypes.map((subtype) => subtype.medicalReview.nextReviewDue as string).sort();
    // Sorting by the column: the rows come back in due order.
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/${SUBTYPE}?page=1&pageSize=10&sort=sortOrder:ASC`);
    const sorted = page.waitForResponse((response) => response.url().includes('sort=nextReviewDue') && response.request().method() === 'GET');
    const header = page.locator('thead th').filter({ hasText: /^next review due$/i });
    await header.click();
    const rows = ((await (await sorted).json()) as { results: { nextReviewDue: string }[] }).results.map((row) => row.nextReviewDue);
    expect(rows).toEqual(dues.slice(0, 10));
    expect(await header.getAttribute('aria-sort')).toBe('ascending');

    // The filter the popover writes into the address, on the date column.
    const until = dues[1];
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/${SUBTYPE}?page=1&pageSize=10&sort=sortOrder:ASC&filters[$and][0][nextReviewDue][$lte]=${until}`);
    await expect.poll(() => page.getByRole('button', { name: /^Next review due is lower than or equal to/ }).count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.locator('tbody tr').count(), { timeout: 15_000 }).toBe(dues.filter((due) => due <= until).length);
  });

  it('lists physicians with specialty, locations and new patients, and trials with their recruitment status', async () => {
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::physician.physician`);
    await expect.poll(headers, { timeout: 15_000 }).toEqual(expect.arrayContaining(['full name', 'specialty', 'locations', 'accepting new patients']));
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::clinical-trial.clinical-trial`);
    await expect.poll(headers, { timeout: 15_000 }).toEqual(expect.arrayContaining(['recruitment status', 'status']));
  });

  it('titles each collapsed row of opening hours with its day', async () => {
    const location = await documents(strapi, 'api::location.location').findFirst({ status: 'draft', populate: { hours: true } });
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/api::location.location/${location.documentId}`);
    await expect.poll(() => page.getByRole('button', { name: location.hours[0].day, exact: true }).count(), { timeout: 15_000 }).toBeGreaterThan(0);
  });
});

describe('whether a publish is live on the site', () => {
  const secret = 'browser-test-rebuild-secret';
  let closeService: () => Promise<void>;
  /** The fake build waits for this before it ends. */
  let gate: Promise<void> = Promise.resolve();
  /** The next build fails with this reason (the site build's own wording), or succeeds. */
  let failWith: string | null = null;
  let liveId: string | null = null;
  let builds = 0;

  beforeAll(async () => {
    const service = createRebuildService({
      secret,
      maxBodyBytes: 256 * 1024,
      debounceMs: 200,
      maxWaitMs: 5_000,
      logger: silentLogger,
      liveRelease: () => liveId,
      build: async (): Promise<BuildOutcome> => {
        builds += 1;
        const startedAt = new Date().toISOString();
        await gate;
        const finishedAt = new Date().toISOString();
        if (failWith) return { ok: false, id: `r${builds}`, startedAt, finishedAt, durationMs: 1, reason: failWith };
        liveId = `r${builds}`;
        return { ok: true, id: liveId, startedAt, finishedAt, durationMs: 1, pages: 1 };
      },
    });
    await new Promise<void>((resolve) => service.server.listen(0, '127.0.0.1', resolve));
    const serviceUrl = `http://127.0.0.1:${(service.server.address() as AddressInfo).port}`;
    closeService = () => new Promise((resolve) => service.server.close(() => resolve()));
    process.env.REBUILD_STATUS_URL = `${serviceUrl}/status`;
    await ensureRebuildWebhook(strapi, { REBUILD_WEBHOOK_URL: `${serviceUrl}/hooks/strapi`, REBUILD_WEBHOOK_SECRET: secret });
  });

  afterAll(async () => {
    const store = strapi.get('webhookStore');
    for (const webhook of (await store.findWebhooks()).filter((hook: { name: string }) => hook.name === REBUILD_WEBHOOK_NAME)) {
      await store.deleteWebhook(webhook.id);
      strapi.get('webhookRunner').remove(webhook);
    }
    delete process.env.REBUILD_STATUS_URL;
    await closeService?.();
  });

  const notice = () => page.getByTestId('site-build-notice').innerText();
  const widget = () => page.getByTestId('site-build-widget').innerText();

  async function publish(): Promise<void> {
    const answer = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/actions/publish'));
    await page.getByRole('button', { name: 'Publish' }).click();
    expect((await answer).status()).toBe(200);
  }

  it('shows "Live on the site since …" on the entry and the home page once the build after the publish is live', async () => {
    const subtype = await existingSubtype('site-build');
    let release!: () => void;
    gate = new Promise((resolve) => (release = resolve));
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/${SUBTYPE}/${subtype.documentId}`);
    await expect.poll(notice, { timeout: 15_000 }).toBe('Not on the site: drafts stay private until you publish.');

    await publish();
    await expect.poll(notice, { timeout: 15_000 }).toBe('Waiting for the site build…');
    release();
    await expect.poll(notice, { timeout: 15_000 }).toMatch(/^Live on the site since \d{1,2}:\d{2}/);

    await page.goto(`${baseUrl}/admin`);
    await expect.poll(widget, { timeout: 15_000 }).toMatch(/^Live since \d{1,2}:\d{2}/);
  });

  it('names the entry to fix on the entry and the home page after a failed build', async () => {
    const trial = await documents(strapi, 'api::clinical-trial.clinical-trial').findFirst({
      status: 'published',
      filters: { principalInvestigator: { $notNull: true } },
      populate: { principalInvestigator: true },
    });
    const investigator = trial.principalInvestigator;
    // The site build names the trial it was reading; the slug it refused is its principal investigator's.
    failWith = [
      'clinicalTrials: 1 of 3 entries does not match the content contract, so the site was not built.',
      `1. clinical trial '${trial.slug}' (documentId ${trial.documentId}) does not match the content contract (shared/src/schemas), so the site cannot show it. Fix the entry in the CMS, or update the contract if the CMS changed on purpose:`,
      '✖ must be a slug: lowercase letters and digits joined by single hyphens, e.g. maya-okafor',
      '→ at principalInvestigator.slug',
    ].join('\n');
    gate = Promise.resolve();
    const subtype = createdSubtypes.at(-1)!;
    await page.goto(`${baseUrl}/admin/content-manager/collection-types/${SUBTYPE}/${subtype}`);
    await page.locator('textarea[name="summary"]').fill('A summary changed so the entry is published again.');
    await publish();

    const expected = `physician '${investigator.slug}' (${investigator.fullName}), field slug: must be a slug`;
    await expect.poll(notice, { timeout: 15_000 }).toContain(`The site build failed: ${expected}`);
    expect(await page.getByRole('link', { name: `Open physician '${investigator.slug}'` }).getAttribute('href')).toContain(investigator.documentId);

    await page.goto(`${baseUrl}/admin`);
    await expect.poll(widget, { timeout: 15_000 }).toContain(`The last build failed: ${expected}`);
  });
});

describe('medical reviews due, on the admin home page', () => {
  it('shows a medical content editor the overdue entry first, with its reviewer and date, linked to its edit view', async () => {
    const overdue = await treatmentDueOn(strapi, 'browser-review-overdue', daysFromToday(-5));
    const later = await treatmentDueOn(strapi, 'browser-review-later', daysFromToday(200));
    createdTreatments.push(overdue.documentId, later.documentId);
    const email = 'browser-medical-editor@tests.local';
    await signInWithRole(strapi, 'Medical content editor', email);
    const editorPage = await browser.newPage({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1440, height: 1000 } });
    try {
      await signInToAdmin(editorPage, baseUrl, email, ROLE_TEST_PASSWORD);
      await editorPage.goto(`${baseUrl}/admin`);
      const widget = editorPage.getByTestId('medical-reviews-due-widget');
      await expect.poll(() => widget.count(), { timeout: 30_000 }).toBe(1);
      const entries = widget.getByTestId('medical-review-due');
      // Overdue first: the first row of the list is overdue, whichever seeded pages are too.
      await expect.poll(() => entries.first().textContent(), { timeout: 15_000 }).toMatch(/Overdue since/);
      const row = entries.filter({ hasText: 'Review test browser-review-overdue' });
      expect(await row.count()).toBe(1);
      const text = await row.textContent();
      expect(text).toContain('Overdue');
      expect(text).toContain(`Overdue since ${new Intl.DateTimeFormat('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${daysFromToday(-5)}T00:00:00Z`))}`);
      expect(text).toContain(`Treatment · reviewed by ${overdue.reviewedBy.fullName}`);
      expect(await widget.getByText('Review test browser-review-later').count()).toBe(0);

      const editPath = `/admin/content-manager/collection-types/${TREATMENT}/${overdue.documentId}`;
      const link = row.getByRole('link', { name: 'Review test browser-review-overdue' });
      expect(await link.getAttribute('href')).toBe(editPath);
      await link.click();
      await editorPage.waitForURL((url) => url.pathname === editPath, { timeout: 15_000 });
      await expect.poll(() => editorPage.locator('input[name="name"]').inputValue(), { timeout: 15_000 }).toBe('Review test browser-review-overdue');
    } finally {
      await editorPage.close();
    }
  });
});
