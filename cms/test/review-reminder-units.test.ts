import { describe, expect, it } from 'vitest';
import { emailPluginConfig, emailSettings } from '../src/medical-reviews/email-settings';
import { adminEntryUrl, dueText, reminderMessage, reminderSubject, type ReminderReview } from '../src/medical-reviews/reminder-message';

const NOW = new Date('2026-12-01T07:00:00.000Z');
const ADMIN = 'https://cms.example.org/admin';

function review(overrides: Partial<ReminderReview>): ReminderReview {
  return {
    type: 'treatment',
    uid: 'api::treatment.treatment',
    documentId: 'doc-treatment',
    slug: 'tamoxifen',
    title: 'Tamoxifen',
    reviewer: { documentId: 'doc-okafor', fullName: 'Amara Okafor' },
    nextReviewDue: '2026-12-20',
    overdue: false,
    typeName: 'Treatment',
    ...overrides,
  };
}

describe('the review reminder message', () => {
  it('counts the reviews and the overdue ones in its subject', () => {
    expect(reminderSubject([{ overdue: true }, { overdue: false }, { overdue: false }], 30)).toBe('3 medical reviews due: 1 overdue');
    expect(reminderSubject([{ overdue: true }, { overdue: true }], 30)).toBe('2 medical reviews due: 2 overdue');
    expect(reminderSubject([{ overdue: false }], 30)).toBe('1 medical review due within 30 days');
  });

  it('says how overdue a review is, or how many days are left', () => {
    expect(dueText('2026-11-30', NOW)).toBe('overdue since November 30, 2026 (1 day)');
    expect(dueText('2026-03-10', NOW)).toBe('overdue since March 10, 2026 (266 days)');
    expect(dueText('2026-12-01', NOW)).toBe('due today, December 1, 2026');
    expect(dueText('2026-12-02', NOW)).toBe('due December 2, 2026 (1 day left)');
    expect(dueText('2026-12-31', NOW)).toBe('due December 31, 2026 (30 days left)');
    // Late in the UTC day is still the same day.
    expect(dueText('2026-12-02', new Date('2026-12-01T23:59:00.000Z'))).toBe('due December 2, 2026 (1 day left)');
  });

  it('links each entry to its page in the admin content manager', () => {
    expect(adminEntryUrl(ADMIN, review({}))).toBe('https://cms.example.org/admin/content-manager/collection-types/api::treatment.treatment/doc-treatment');
    expect(adminEntryUrl(`${ADMIN}/`, review({}))).toBe('https://cms.example.org/admin/content-manager/collection-types/api::treatment.treatment/doc-treatment');
    // The overview page is a single type: the admin opens it by its type alone.
    expect(adminEntryUrl(ADMIN, review({ type: 'conditionPage', uid: 'api::condition-page.condition-page', documentId: 'doc-page', slug: null }))).toBe(
      'https://cms.example.org/admin/content-manager/single-types/api::condition-page.condition-page',
    );
  });

  it('greets the reviewer and lists each entry with its type, title, due date and link, in the given order', () => {
    const reviews = [
      review({ type: 'diagnosticTest', uid: 'api::diagnostic-test.diagnostic-test', documentId: 'doc-pet', title: 'PET-CT scan', typeName: 'Diagnostic test', nextReviewDue: '2026-11-01', overdue: true }),
      review({}),
    ];
    const message = reminderMessage({ reviewerName: 'Amara Okafor', reviews, now: NOW, withinDays: 30, adminUrl: ADMIN });

    expect(message.subject).toBe('2 medical reviews due: 1 overdue');
    expect(message.text).toContain('Hello Amara Okafor,');
    expect(message.text).toContain('overdue for review or due within 30 days');
    expect(message.text).toContain(
      [
        '1. Diagnostic test "PET-CT scan": overdue since November 1, 2026 (30 days)',
        '   https://cms.example.org/admin/content-manager/collection-types/api::diagnostic-test.diagnostic-test/doc-pet',
        '',
        '2. Treatment "Tamoxifen": due December 20, 2026 (19 days left)',
        '   https://cms.example.org/admin/content-manager/collection-types/api::treatment.treatment/doc-treatment',
      ].join('\n'),
    );
    expect(message.html).toContain(
      '<li>Diagnostic test <a href="https://cms.example.org/admin/content-manager/collection-types/api::diagnostic-test.diagnostic-test/doc-pet">PET-CT scan</a>: overdue since November 1, 2026 (30 days)</li>',
    );
  });

  it('escapes titles and names in the HTML part', () => {
    const message = reminderMessage({
      reviewerName: 'Dr <b>Bold</b>',
      reviews: [review({ title: 'Tamoxifen <script>alert(1)</script> & "co"' })],
      now: NOW,
      withinDays: 30,
      adminUrl: ADMIN,
    });
    expect(message.html).not.toContain('<script>');
    expect(message.html).not.toContain('<b>');
    expect(message.html).toContain('Tamoxifen &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;co&#34;');
    expect(message.text).toContain('Treatment "Tamoxifen <script>alert(1)</script> & "co"": due');
  });
});

describe('the e-mail settings', () => {
  const SMTP = { SMTP_HOST: 'smtp.example.org', EMAIL_FROM: 'Web Team <web-team@example.org>' };

  it('are off without SMTP_HOST: the reminders then go to the log', () => {
    expect(emailSettings({})).toBeNull();
    expect(emailSettings({ SMTP_HOST: '  ', EMAIL_FROM: 'x@example.org' })).toBeNull();
    expect(emailPluginConfig(null)).toBeUndefined();
  });

  it('use port 587 with STARTTLS by default, 465 with TLS from the start, and sign in only with a user and password', () => {
    expect(emailSettings(SMTP)).toEqual({ smtp: { host: 'smtp.example.org', port: 587, secure: false }, from: 'Web Team <web-team@example.org>' });
    expect(emailSettings({ ...SMTP, SMTP_PORT: '465' })?.smtp).toEqual({ host: 'smtp.example.org', port: 465, secure: true });
    expect(emailSettings({ ...SMTP, SMTP_SECURE: 'true' })?.smtp).toEqual({ host: 'smtp.example.org', port: 465, secure: true });
    expect(emailSettings({ ...SMTP, SMTP_PORT: '2525', SMTP_SECURE: 'false' })?.smtp).toEqual({ host: 'smtp.example.org', port: 2525, secure: false });
    expect(emailSettings({ ...SMTP, SMTP_USER: 'reminders', SMTP_PASSWORD: 'secret', EMAIL_REPLY_TO: 'content@example.org' })).toEqual({
      smtp: { host: 'smtp.example.org', port: 587, secure: false, auth: { user: 'reminders', pass: 'secret' } },
      from: 'Web Team <web-team@example.org>',
      replyTo: 'content@example.org',
    });
  });

  it('configure Strapi’s e-mail plugin with the nodemailer provider', () => {
    expect(emailPluginConfig(emailSettings({ ...SMTP, EMAIL_REPLY_TO: 'content@example.org' }))).toEqual({
      provider: 'nodemailer',
      providerOptions: { host: 'smtp.example.org', port: 587, secure: false },
      settings: { defaultFrom: 'Web Team <web-team@example.org>', defaultReplyTo: 'content@example.org' },
    });
  });

  it('stop the CMS with a message naming the setting to fix', () => {
    expect(() => emailSettings({ SMTP_HOST: 'smtp.example.org' })).toThrow(/EMAIL_FROM must be set with SMTP_HOST/);
    expect(() => emailSettings({ ...SMTP, SMTP_PORT: 'smtp' })).toThrow('SMTP_PORT must be a port number (1–65535), got "smtp".');
    expect(() => emailSettings({ ...SMTP, SMTP_PORT: '70000' })).toThrow(/SMTP_PORT must be a port number/);
    expect(() => emailSettings({ ...SMTP, SMTP_SECURE: 'yes' })).toThrow('SMTP_SECURE must be true or false, got "yes".');
    expect(() => emailSettings({ ...SMTP, SMTP_USER: 'reminders' })).toThrow(/SMTP_USER and SMTP_PASSWORD go together/);
    expect(() => emailSettings({ ...SMTP, SMTP_PASSWORD: 'secret' })).toThrow(/SMTP_USER and SMTP_PASSWORD go together/);
  });
});
