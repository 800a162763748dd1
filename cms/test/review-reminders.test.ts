import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CONTENT_TYPES, restQueryString } from '@mbc/shared';
import { REVIEW_REMINDER_TASK } from '../config/cron-tasks';
import { sendReviewReminders } from '../src/medical-reviews/review-reminders';
import { documents, validPhysicianData, validTrialData, type StoredEntry } from './fixtures';
import { EMAIL_SETTINGS, SITE_TOKEN, rest, restartCms, startCms } from './strapi';

/**
 * The daily review reminder, end to end: which pages each reviewer hears about, in the log without
 * SMTP (the first part, on the CMS every file shares), then through a real SMTP server on a free
 * port (the second part restarts the CMS once with SMTP_* pointing there).
 */

const PHYSICIAN = 'api::physician.physician';
const DIAGNOSTIC_TEST = 'api::diagnostic-test.diagnostic-test';
const TRIAL = 'api::clinical-trial.clinical-trial';
/** A fixed "today" long before the seeded reviews fall due, so only this file's pages are due. */
const NOW = new Date('2025-01-15T07:00:00.000Z');

let strapi: Core.Strapi;

type Reviewer = { documentId: string; fullName: string; email: string | null };
let withAddress: Reviewer;
let secondReviewer: Reviewer;
let withoutAddress: Reviewer;

async function reviewer(label: string, email: string | null): Promise<Reviewer> {
  const data = { ...(await validPhysicianData(strapi, `reminder-${label}`)), fullName: `Reminder Reviewer ${label}`, ...(email ? { email } : {}) };
  const created = await documents(strapi, PHYSICIAN).create({ data, status: 'published' });
  return { documentId: created.documentId, fullName: data.fullName, email };
}

/** A draft diagnostic test (dueReviews reads drafts) reviewed by `reviewedBy`, next due on `nextReviewDue`. */
async function testPage(name: string, nextReviewDue: string, reviewedBy: Reviewer | null): Promise<StoredEntry> {
  const template = await documents(strapi, DIAGNOSTIC_TEST).findFirst({ status: 'draft' });
  return documents(strapi, DIAGNOSTIC_TEST).create({
    data: {
      name,
      slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
      category: 'imaging',
      sortOrder: 900,
      summary: 'A test page of the review reminders.',
      body: template.body,
      medicalReview: { lastReviewed: '2024-01-01', nextReviewDue },
      ...(reviewedBy ? { reviewedBy: reviewedBy.documentId } : {}),
    },
  });
}

const pages: Record<string, StoredEntry> = {};

/** What every webhook hears about physicians while this file creates its reviewers (Strapi sends webhooks from these events). */
const physicianEvents: { event: string; entry: Record<string, unknown> }[] = [];
let unsubscribe: () => void;

beforeAll(async () => {
  ({ strapi } = await startCms());
  unsubscribe = strapi.eventHub.subscribe(async (event, payload: { uid?: string; entry: Record<string, unknown> }) => {
    if (payload?.uid === PHYSICIAN) physicianEvents.push({ event, entry: payload.entry });
  });
  withAddress = await reviewer('one', 'reminder.one@example.org');
  secondReviewer = await reviewer('two', 'reminder.two@example.org');
  withoutAddress = await reviewer('three', null);
  pages.overdue = await testPage('Reminder overdue scan', '2025-01-10', withAddress);
  pages.dueToday = await testPage('Reminder scan due today', '2025-01-15', withAddress);
  pages.lastDay = await testPage('Reminder scan due in 30 days', '2025-02-14', withAddress);
  pages.tooFar = await testPage('Reminder scan due in 31 days', '2025-02-15', withAddress);
  pages.farAway = await testPage('Reminder scan due in June', '2025-06-01', withAddress);
  pages.second = await testPage('Reminder second reviewer scan', '2025-01-20', secondReviewer);
  pages.noAddress = await testPage('Reminder scan of a reviewer without e-mail', '2025-01-01', withoutAddress);
  pages.noReviewer = await testPage('Reminder scan without a reviewer', '2025-01-12', null);
  const trial = await validTrialData(strapi, 'reminder', 'NCT99000313');
  pages.trial = await documents(strapi, TRIAL).create({
    data: { ...trial, title: 'Reminder trial', medicalReview: { lastReviewed: '2024-02-01', nextReviewDue: '2025-02-01' }, reviewedBy: withAddress.documentId },
  });
});

afterAll(async () => {
  unsubscribe();
  // Leave the shared database as the seed made it (test/seed.test.ts counts the entries).
  for (const [name, page] of Object.entries(pages)) await documents(strapi, name === 'trial' ? TRIAL : DIAGNOSTIC_TEST).delete({ documentId: page.documentId });
  for (const physician of [withAddress, secondReviewer, withoutAddress]) await documents(strapi, PHYSICIAN).delete({ documentId: physician.documentId });
});

/** Spies on the CMS log while `run` runs; returns the lines logged at each level. */
async function logged(run: () => Promise<unknown>): Promise<{ info: string[]; warn: string[]; error: string[] }> {
  const spies = { info: vi.spyOn(strapi.log, 'info'), warn: vi.spyOn(strapi.log, 'warn'), error: vi.spyOn(strapi.log, 'error') };
  try {
    await run();
    const lines = (spy: (typeof spies)['info']) => spy.mock.calls.map((call) => String(call[0]));
    return { info: lines(spies.info), warn: lines(spies.warn), error: lines(spies.error) };
  } finally {
    for (const spy of Object.values(spies)) spy.mockRestore();
  }
}

/** The numbered entry lines of a digest, in order (each is followed by its admin link). */
const entryLines = (text: string) => text.split('\n').filter((line) => /^\d+\. /.test(line));

const adminLink = (uid: string, page: StoredEntry) => `${strapi.config.get('admin.absoluteUrl')}/content-manager/collection-types/${uid}/${page.documentId}`;

/** Reviewer one's pages due on NOW, most urgent first, as the reminder words them. */
const REVIEWER_ONE_LINES = [
  '1. Diagnostic test "Reminder overdue scan": overdue since January 10, 2025 (5 days)',
  '2. Diagnostic test "Reminder scan due today": due today, January 15, 2025',
  '3. Clinical trial "Reminder trial": due February 1, 2025 (17 days left)',
  '4. Diagnostic test "Reminder scan due in 30 days": due February 14, 2025 (30 days left)',
];

describe('the review reminder without SMTP (a local CMS)', () => {
  it('writes each reviewer’s digest to the log: overdue and near pages, not far ones', async () => {
    const log = await logged(() => sendReviewReminders(strapi, { now: NOW }));
    const forOne = log.info.filter((line) => line.startsWith('Review reminder for Reminder Reviewer one <reminder.one@example.org>'));
    expect(forOne).toHaveLength(1);
    const digest = forOne[0]!;
    expect(digest).toContain('4 medical reviews due: 1 overdue');
    expect(digest).toContain('no SMTP_HOST set');
    expect(entryLines(digest)).toEqual(REVIEWER_ONE_LINES);
    expect(digest).toContain(adminLink(DIAGNOSTIC_TEST, pages.overdue!));
    expect(digest).toContain(adminLink(TRIAL, pages.trial!));
    expect(digest).not.toContain('due in 31 days');
    expect(digest).not.toContain('due in June');
    expect(digest).not.toContain('second reviewer');

    const forTwo = log.info.filter((line) => line.startsWith('Review reminder for Reminder Reviewer two <reminder.two@example.org>'));
    expect(forTwo).toHaveLength(1);
    expect(forTwo[0]).toContain('1 medical review due within 30 days');
    expect(entryLines(forTwo[0]!)).toEqual(['1. Diagnostic test "Reminder second reviewer scan": due January 20, 2025 (5 days left)']);
    expect(forTwo[0]).not.toContain('Reminder overdue scan');
  });

  it('warns about a reviewer without an e-mail address, naming the physician and the pages, and about a due page without a reviewer', async () => {
    let outcomes: Awaited<ReturnType<typeof sendReviewReminders>> = [];
    const log = await logged(async () => {
      outcomes = await sendReviewReminders(strapi, { now: NOW });
    });
    const aboutThree = log.warn.filter((line) => line.includes('Reminder Reviewer three'));
    expect(aboutThree).toHaveLength(1);
    expect(aboutThree[0]).toContain(`Review reminder for Reminder Reviewer three (physician ${withoutAddress.documentId}) not sent: the physician has no e-mail address`);
    expect(aboutThree[0]).toContain('Diagnostic test "Reminder scan of a reviewer without e-mail": overdue since January 1, 2025 (14 days)');
    expect(log.info.some((line) => line.includes('Reminder Reviewer three'))).toBe(false);

    const unassigned = log.warn.filter((line) => line.includes('name no reviewer'));
    expect(unassigned).toHaveLength(1);
    expect(unassigned[0]).toContain('Diagnostic test "Reminder scan without a reviewer": overdue since January 12, 2025 (3 days)');

    expect(outcomes.filter((outcome) => outcome.reviewer.startsWith('Reminder Reviewer'))).toEqual([
      { reviewer: 'Reminder Reviewer three', email: null, subject: null, delivery: 'no-email' },
      { reviewer: 'Reminder Reviewer one', email: 'reminder.one@example.org', subject: '4 medical reviews due: 1 overdue', delivery: 'logged' },
      { reviewer: 'Reminder Reviewer two', email: 'reminder.two@example.org', subject: '1 medical review due within 30 days', delivery: 'logged' },
    ]);
  });

  it('never serves a physician’s e-mail address through the content API, whatever the query', async () => {
    const list = await rest(`/api/physicians?filters[documentId][$eq]=${withAddress.documentId}`, { token: SITE_TOKEN });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0].fullName).toBe('Reminder Reviewer one');
    expect(list.body.data[0]).not.toHaveProperty('email');

    // The site's own query for its doctor pages: every demo reviewer has an address, none comes back.
    const sitePhysicians = await rest(`/api/physicians?${restQueryString({ populate: CONTENT_TYPES.physician.populate, pageSize: 100 })}`, { token: SITE_TOKEN });
    expect(sitePhysicians.status).toBe(200);
    expect(sitePhysicians.body.data.length).toBeGreaterThanOrEqual(30);
    expect(JSON.stringify(sitePhysicians.body)).not.toContain('@example.org');

    // Asking for it by name, directly or through a page's reviewer, is refused.
    const asked = await rest(`/api/physicians?fields[0]=fullName&fields[1]=email&filters[documentId][$eq]=${withAddress.documentId}`, { token: SITE_TOKEN });
    expect([asked.status, JSON.stringify(asked.body)]).toEqual([400, expect.not.stringContaining('@example.org')]);
    const populated = await rest('/api/subtypes?populate[reviewedBy][fields][0]=email&populate[reviewedBy][fields][1]=fullName', { token: SITE_TOKEN });
    expect([populated.status, JSON.stringify(populated.body)]).toEqual([400, expect.not.stringContaining('@example.org')]);
    // Populated as the site reads reviewers, it is not there either.
    const pageWithReviewer = await rest('/api/subtypes?populate[reviewedBy]=true', { token: SITE_TOKEN });
    expect(pageWithReviewer.status).toBe(200);
    expect(pageWithReviewer.body.data[0].reviewedBy.fullName).toBeTruthy();
    expect(JSON.stringify(pageWithReviewer.body)).not.toContain('@example.org');

    // Nor do webhooks (the rebuild service's, or any an admin adds) carry it.
    const aboutOne = () => physicianEvents.filter(({ entry }) => entry.documentId === withAddress.documentId);
    // Strapi emits them once the transaction is committed.
    await vi.waitFor(() => expect(aboutOne().map(({ event }) => event).sort()).toEqual(['entry.create', 'entry.publish']));
    for (const { entry } of aboutOne()) {
      expect(entry.fullName).toBe('Reminder Reviewer one');
      expect(entry).not.toHaveProperty('email');
    }
    expect(await documents(strapi, PHYSICIAN).findOne({ documentId: withAddress.documentId, fields: ['email'] })).toMatchObject({ email: 'reminder.one@example.org' });

    // Nor can a filter on it tell, address by address, whether a guess is right.
    const guessed = await rest('/api/physicians?filters[email][$eq]=reminder.one@example.org', { token: SITE_TOKEN });
    expect(guessed.status).toBe(400);
  });
});

describe('the review reminder through SMTP', () => {
  const received: { envelopeTo: string[]; mail: ParsedMail }[] = [];
  const signIns: string[] = [];
  const smtpServer = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      signIns.push(`${auth.username}:${auth.password}`);
      if (auth.username === 'reminders' && auth.password === 'smtp-test-password') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address), mail });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });

  const mailsTo = (address: string) => received.filter(({ envelopeTo }) => envelopeTo.includes(address)).map(({ mail }) => mail);

  beforeAll(async () => {
    await new Promise<void>((resolve) => smtpServer.listen(0, '127.0.0.1', resolve));
    const { port } = smtpServer.server.address() as AddressInfo;
    ({ strapi } = await restartCms({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      SMTP_USER: 'reminders',
      SMTP_PASSWORD: 'smtp-test-password',
      EMAIL_FROM: 'Demo Cancer Center Web Team <web-team@example.org>',
      EMAIL_REPLY_TO: 'content-team@example.org',
    }));
  });

  afterAll(async () => {
    // The CMS keeps this configuration until the next restart; its mail goes nowhere once the server is closed.
    for (const name of EMAIL_SETTINGS) delete process.env[name];
    await new Promise<void>((resolve) => smtpServer.close(() => resolve()));
  });

  it('sends each reviewer one e-mail with their own pages, from EMAIL_FROM, signed in as SMTP_USER', async () => {
    received.length = 0;
    const log = await logged(() => sendReviewReminders(strapi, { now: NOW }));
    expect(signIns).toContain('reminders:smtp-test-password');
    expect(log.error).toEqual([]);

    const [toOne, ...moreToOne] = mailsTo('reminder.one@example.org');
    expect(moreToOne).toEqual([]);
    expect(toOne!.subject).toBe('4 medical reviews due: 1 overdue');
    expect(toOne!.from?.value).toEqual([{ name: 'Demo Cancer Center Web Team', address: 'web-team@example.org' }]);
    expect(toOne!.replyTo?.value).toEqual([{ name: '', address: 'content-team@example.org' }]);
    expect(toOne!.to && !Array.isArray(toOne!.to) ? toOne!.to.value : null).toEqual([{ name: 'Reminder Reviewer one', address: 'reminder.one@example.org' }]);
    expect(toOne!.text).toContain('Hello Reminder Reviewer one,');
    expect(entryLines(toOne!.text!)).toEqual(REVIEWER_ONE_LINES);
    expect(toOne!.text).toContain(adminLink(DIAGNOSTIC_TEST, pages.lastDay!));
    expect(toOne!.text).not.toContain('due in 31 days');
    expect(toOne!.text).not.toContain('second reviewer');
    expect(toOne!.html).toContain(`<a href="${adminLink(TRIAL, pages.trial!)}">Reminder trial</a>`);

    const [toTwo, ...moreToTwo] = mailsTo('reminder.two@example.org');
    expect(moreToTwo).toEqual([]);
    expect(toTwo!.subject).toBe('1 medical review due within 30 days');
    expect(entryLines(toTwo!.text!)).toEqual(['1. Diagnostic test "Reminder second reviewer scan": due January 20, 2025 (5 days left)']);
    expect(toTwo!.text).not.toContain('Reminder overdue scan');

    // No e-mail for the reviewer without an address, and the log says so; digests are no longer logged.
    expect(received.every(({ mail }) => !mail.text?.includes('Reminder Reviewer three'))).toBe(true);
    expect(log.warn.filter((line) => line.includes('Reminder Reviewer three') && line.includes('no e-mail address'))).toHaveLength(1);
    expect(log.info.some((line) => line.startsWith('Review reminder for Reminder Reviewer'))).toBe(false);
  });

  it('is scheduled daily in Strapi’s cron, and the scheduled job sends the reminders for today', async () => {
    const jobs = strapi.cron.jobs as { name: string | null; options: { rule: string }; job: { invoke: () => Promise<void> } }[];
    const reminders = jobs.find((job) => job.name === REVIEW_REMINDER_TASK);
    expect(reminders).toBeTruthy();
    expect(reminders!.options.rule).toMatch(/^\d+ \d+ \* \* \*$/);

    received.length = 0;
    await reminders!.job.invoke();
    // Today (after January 2025) every page of this file that has a reviewer is overdue.
    const [toOne, ...moreToOne] = mailsTo('reminder.one@example.org');
    expect(moreToOne).toEqual([]);
    expect(toOne!.subject).toBe('6 medical reviews due: 6 overdue');
    expect(toOne!.text).toContain('Diagnostic test "Reminder scan due in June": overdue since June 1, 2025');
    expect(mailsTo('reminder.two@example.org')).toHaveLength(1);
  });
});
