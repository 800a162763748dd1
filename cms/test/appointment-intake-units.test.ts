import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { automatedSubmissionReason } from '../src/appointment-requests/bot-check';
import { corsOrigins, isIntakePath } from '../src/appointment-requests/cors';
import { SlidingWindowRateLimiter } from '../src/appointment-requests/rate-limit';
import { escapeHtml, formUrlFor, problemPageHtml, thankYouUrl } from '../src/appointment-requests/responses';
import { intakeSettings } from '../src/appointment-requests/settings';
import { FORM_FIELDS, validateAppointmentRequest, type FieldError } from '../src/appointment-requests/validate';
import { VALID_REQUEST } from './appointment-fixtures';

const schema = JSON.parse(
  readFileSync(path.resolve(__dirname, '../src/api/appointment-request/content-types/appointment-request/schema.json'), 'utf8'),
);
const LOCATIONS = ['durham', 'raleigh'];


function errorsFor(input: Record<string, unknown>): FieldError[] {
  const result = validateAppointmentRequest(input, { locations: LOCATIONS });
  return 'errors' in result ? result.errors : [];
}

function fieldsWithErrors(input: Record<string, unknown>): string[] {
  return errorsFor(input).map((error) => error.field);
}

describe('validateAppointmentRequest', () => {
  it('accepts a complete request and returns exactly the form fields', () => {
    const result = validateAppointmentRequest(VALID_REQUEST, { locations: LOCATIONS });
    expect(result).toEqual({ ok: true, data: VALID_REQUEST });
  });

  it('accepts the minimum: type, name, one way to reach the person, method, time and consent', () => {
    const result = validateAppointmentRequest(
      { requestType: 'new_diagnosis', fullName: 'Sam Lee', email: 'sam@example.org', preferredContactMethod: 'email', preferredContactTime: 'any_time', consentToContact: 'on' },
      { locations: LOCATIONS },
    );
    expect(result).toEqual({
      ok: true,
      data: {
        requestType: 'new_diagnosis',
        fullName: 'Sam Lee',
        phone: null,
        email: 'sam@example.org',
        preferredContactMethod: 'email',
        preferredContactTime: 'any_time',
        preferredLocation: null,
        message: null,
        consentToContact: true,
      },
    });
  });

  it('takes a plain HTML form post as sent: strings, empty optional fields, the honeypot and start time', () => {
    const form = { ...VALID_REQUEST, consentToContact: 'true', preferredLocation: '', message: '', website: '', startedAt: '1700000000000' };
    const result = validateAppointmentRequest(form, { locations: LOCATIONS });
    expect(result.ok).toBe(true);
    expect('data' in result && result.data).toMatchObject({ preferredLocation: null, message: null, consentToContact: true });
    expect('data' in result && Object.keys(result.data)).toEqual([...FORM_FIELDS]);
  });

  it.each([
    ['requestType', { requestType: undefined }],
    ['requestType', { requestType: 'urgent' }],
    ['fullName', { fullName: '   ' }],
    ['fullName', { fullName: 'x'.repeat(101) }],
    ['fullName', { fullName: 'Line one\nline two' }],
    ['fullName', { fullName: ['Maria', 'Lopez'] }],
    ['phone', { phone: '555-0142' }],
    ['phone', { phone: '(119) 555-0142' }],
    ['email', { email: 'maria at example.org' }],
    ['email', { email: 'maria@localhost' }],
    ['phone', { phone: '', email: '' }],
    ['preferredContactMethod', { preferredContactMethod: undefined }],
    ['preferredContactMethod', { preferredContactMethod: 'fax' }],
    ['preferredContactMethod', { preferredContactMethod: 'email', email: undefined }],
    ['preferredContactMethod', { preferredContactMethod: 'phone', phone: undefined }],
    ['preferredContactTime', { preferredContactTime: 'midnight' }],
    ['preferredLocation', { preferredLocation: 'paris' }],
    ['message', { message: 'x'.repeat(501) }],
    ['message', { message: 'bad\u0000byte' }],
    ['consentToContact', { consentToContact: undefined }],
    ['consentToContact', { consentToContact: false }],
    ['consentToContact', { consentToContact: 'false' }],
    ['status', { status: 'closed' }],
    ['requestStatus', { requestStatus: 'closed' }],
    ['staffNotes', { staffNotes: 'sneaky' }],
    ['dateOfBirth', { dateOfBirth: '1970-01-01' }],
  ])('names %s when it is wrong (%j)', (field, change) => {
    const errors = errorsFor({ ...VALID_REQUEST, ...change });
    expect(errors.map((error) => error.field)).toEqual([field]);
    expect(errors[0].message.length).toBeGreaterThan(10);
  });

  it('reports every wrong field at once, in the order of the form', () => {
    expect(fieldsWithErrors({ fullName: '', phone: 'nope', consentToContact: false })).toEqual([
      'requestType',
      'fullName',
      'phone',
      'preferredContactMethod',
      'preferredContactTime',
      'consentToContact',
    ]);
  });

  it('keeps a message at the cap and line breaks in it, and refuses one character more', () => {
    expect(fieldsWithErrors({ ...VALID_REQUEST, message: `${'x'.repeat(498)}\r\ny` })).toEqual([]);
    expect(fieldsWithErrors({ ...VALID_REQUEST, message: 'x'.repeat(500) })).toEqual([]);
    expect(errorsFor({ ...VALID_REQUEST, message: 'x'.repeat(501) })[0].message).toMatch(/500 characters or fewer \(it has 501\)/);
  });

  it('stores markup as the text it is', () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const result = validateAppointmentRequest({ ...VALID_REQUEST, fullName: payload, message: payload }, { locations: LOCATIONS });
    expect('data' in result && result.data.message).toBe(payload);
    expect('data' in result && result.data.fullName).toBe(payload);
  });

  it('refuses a body that is not an object', () => {
    expect(validateAppointmentRequest(['x'], { locations: LOCATIONS }).ok).toBe(false);
    expect(validateAppointmentRequest(null, { locations: LOCATIONS }).ok).toBe(false);
  });

  it('uses the enumerations and length caps of the content type', () => {
    expect(fieldsWithErrors({ ...VALID_REQUEST, requestType: schema.attributes.requestType.enum.at(-1) })).toEqual([]);
    expect(schema.attributes.message.maxLength).toBe(500);
    for (const field of FORM_FIELDS) expect(schema.attributes).toHaveProperty(field);
  });
});

describe('the content type', () => {
  it('keeps the minimum, as plain text: no rich text, no date of birth, no draft/publish, every field private to the API', () => {
    expect(schema.options.draftAndPublish).toBe(false);
    expect(schema.collectionName).toBe('appointment_requests');
    const types = Object.values<{ type: string; private?: boolean }>(schema.attributes);
    for (const attribute of types) {
      expect(['string', 'text', 'enumeration', 'boolean', 'datetime']).toContain(attribute.type);
      expect(attribute.private).toBe(true);
    }
    expect(Object.keys(schema.attributes).sort()).toEqual(
      [...FORM_FIELDS, 'submittedAt', 'requestStatus', 'staffNotes'].sort(),
    );
    expect(schema.attributes.requestStatus.enum).toEqual(['new', 'contacted', 'scheduled', 'closed']);
  });
});

describe('automatedSubmissionReason', () => {
  const now = 1_800_000_000_000;
  it('lets a person through: honeypot empty, form open long enough, or no start time (no JavaScript)', () => {
    expect(automatedSubmissionReason({ website: '', startedAt: String(now - 60_000) }, now, 3)).toBeNull();
    expect(automatedSubmissionReason({}, now, 3)).toBeNull();
    expect(automatedSubmissionReason({ website: '  ', startedAt: '' }, now, 3)).toBeNull();
    expect(automatedSubmissionReason({ startedAt: now - 3000 }, now, 3)).toBeNull();
  });
  it('does not judge a start time in the future (the visitor’s clock runs ahead)', () => {
    expect(automatedSubmissionReason({ startedAt: String(now + 120_000) }, now, 3)).toBeNull();
  });
  it('flags a filled honeypot, a too-fast submission and a start time that is not a number', () => {
    expect(automatedSubmissionReason({ website: 'http://spam.example' }, now, 3)).toMatch(/honeypot/);
    expect(automatedSubmissionReason({ website: ['x'] }, now, 3)).toMatch(/honeypot/);
    expect(automatedSubmissionReason({ startedAt: String(now - 1200) }, now, 3)).toMatch(/1200 ms/);
    expect(automatedSubmissionReason({ startedAt: 'yesterday' }, now, 3)).toMatch(/not a number/);
    expect(automatedSubmissionReason({ startedAt: { $gt: 1 } }, now, 3)).toMatch(/not a number/);
  });
});

describe('SlidingWindowRateLimiter', () => {
  const hour = 60 * 60 * 1000;
  it('allows the limit per window, then refuses with the seconds until the oldest attempt expires', () => {
    const limiter = new SlidingWindowRateLimiter(5, hour);
    for (let i = 0; i < 5; i += 1) expect(limiter.hit('203.0.113.9', i * 60_000).allowed).toBe(true);
    expect(limiter.hit('203.0.113.9', 10 * 60_000)).toEqual({ allowed: false, retryAfterSeconds: 50 * 60 });
    expect(limiter.hit('198.51.100.1', 10 * 60_000).allowed).toBe(true);
    // The first attempt leaves the window after an hour; a refused attempt did not count.
    expect(limiter.hit('203.0.113.9', hour + 1).allowed).toBe(true);
    expect(limiter.hit('203.0.113.9', hour + 2).allowed).toBe(false);
  });
  it('bounds its memory by forgetting the least recently seen addresses', () => {
    const limiter = new SlidingWindowRateLimiter(1, hour, 3);
    for (const client of ['a', 'b', 'c', 'd']) limiter.hit(client, 0);
    expect(limiter.size).toBe(3);
    expect(limiter.hit('a', 1).allowed).toBe(true);
    expect(limiter.hit('d', 1).allowed).toBe(false);
  });
});

describe('intakeSettings', () => {
  it('has safe defaults', () => {
    expect(intakeSettings({})).toEqual({
      rateLimitPerHour: 5,
      minFillSeconds: 3,
      retentionDays: 90,
      maxBodyBytes: 16384,
      siteUrl: 'http://127.0.0.1:4321',
      siteOrigin: 'http://127.0.0.1:4321',
    });
  });
  it('reads the environment and refuses nonsense, naming the variable', () => {
    const settings = intakeSettings({
      APPOINTMENT_RATE_LIMIT_PER_HOUR: '20',
      APPOINTMENT_MIN_FILL_SECONDS: '0',
      APPOINTMENT_RETENTION_DAYS: '30',
      SITE_URL: 'https://www.example.org/breast-cancer/',
    });
    expect(settings).toMatchObject({ rateLimitPerHour: 20, minFillSeconds: 0, retentionDays: 30, siteUrl: 'https://www.example.org/breast-cancer', siteOrigin: 'https://www.example.org' });
    expect(() => intakeSettings({ APPOINTMENT_RATE_LIMIT_PER_HOUR: '0' })).toThrow(/APPOINTMENT_RATE_LIMIT_PER_HOUR/);
    expect(() => intakeSettings({ APPOINTMENT_RETENTION_DAYS: 'ninety' })).toThrow(/APPOINTMENT_RETENTION_DAYS/);
    expect(() => intakeSettings({ SITE_URL: 'www.example.org' })).toThrow(/SITE_URL/);
  });
});

describe('CORS and answers', () => {
  it('allows only the site origin on the intake path, however the path is spelled', () => {
    const origins = corsOrigins('https://www.example.org');
    expect(origins({ path: '/api/appointment-requests' })).toEqual(['https://www.example.org']);
    expect(origins({ path: '/API/Appointment-Requests/' })).toEqual(['https://www.example.org']);
    expect(origins({ path: '/api/physicians' })).toBe('*');
    expect(isIntakePath('/api/appointment-requests/x')).toBe(false);
  });

  it('sends people to the right pages under SITE_URL', () => {
    expect(thankYouUrl('https://www.example.org/mbc')).toBe('https://www.example.org/mbc/appointments/thank-you/');
    expect(formUrlFor('https://www.example.org', 'second_opinion')).toBe('https://www.example.org/second-opinion/');
    expect(formUrlFor('https://www.example.org', 'new_diagnosis')).toBe('https://www.example.org/appointments/');
  });

  it('renders the problem page with every message escaped, a way back and the phone number', () => {
    const html = problemPageHtml({
      title: 'There is a problem with your request',
      intro: 'Please correct these:',
      errors: [{ field: '<b>', message: 'Enter <your> "name" & more' }],
      formUrl: 'https://www.example.org/appointments/',
      phone: '(919) 555-0100',
      organizationName: 'Piedmont & Co',
      emergencyNote: 'In an emergency, call 911.',
    });
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>There is a problem with your request – Piedmont &#38; Co</title>');
    expect(html).toContain('<li>Enter &#60;your&#62; &#34;name&#34; &#38; more</li>');
    expect(html).toContain('href="https://www.example.org/appointments/"');
    expect(html).toContain('<a href="tel:+19195550100">(919) 555-0100</a>');
    expect(html).not.toContain('<b>');
    expect(escapeHtml(`<>&"'`)).toBe('&#60;&#62;&#38;&#34;&#39;');
  });
});
