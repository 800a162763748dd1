import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeSubmission } from '../src/appointment-requests/bot-check';
import { corsOrigins, corsSettings } from '../src/access/cors';
import { isIntakePath } from '../src/appointment-requests/cors';
import { clientAddress } from '../src/appointment-requests/client-address';
import { isAppointmentRequestEvent } from '../src/appointment-requests/private-events';
import { IntakeRateLimit, SlidingWindowRateLimiter } from '../src/appointment-requests/rate-limit';
import { escapeHtml, formUrlFor, problemPageHtml, thankYouUrl } from '../src/appointment-requests/responses';
import { intakeSettings, proxySettings } from '../src/appointment-requests/settings';
import { DEFAULT_LOCALE, FORM_FIELDS, LANGUAGE_FIELD, LOCALE_CODES, validateAppointmentRequest, withoutInvisibleControls, type FieldError } from '@mbc/shared';
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
    expect(result).toEqual({ ok: true, data: { ...VALID_REQUEST, language: DEFAULT_LOCALE } });
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
        language: DEFAULT_LOCALE,
      },
    });
  });

  it('takes a plain HTML form post as sent: strings, empty optional fields, the honeypot and start time', () => {
    const form = { ...VALID_REQUEST, consentToContact: 'true', preferredLocation: '', message: '', website: '', startedAt: '1700000000000' };
    const result = validateAppointmentRequest(form, { locations: LOCATIONS });
    expect(result.ok).toBe(true);
    expect('data' in result && result.data).toMatchObject({ preferredLocation: null, message: null, consentToContact: true });
    expect('data' in result && Object.keys(result.data)).toEqual([...FORM_FIELDS, LANGUAGE_FIELD]);
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

  it('drops bidirectional and C1 controls from every text field, so staff read what is shown', () => {
    const result = validateAppointmentRequest(
      {
        ...VALID_REQUEST,
        requestType: '\u200esecond_opinion',
        // "Maria Lopez" that would display as "Maria zepoL" followed by anything reversed.
        fullName: '\u202eMaria\u202c Lopez\u2066\u2069\u0085',
        phone: '(919) \u202d555-0142\u202c',
        email: 'maria@example.org\u200f',
        preferredLocation: 'dur\u061cham',
        message: 'Line one\u2067 reversed\u2069\nline two\u009b with C1\u0080.\u202a\u202b',
      },
      { locations: LOCATIONS },
    );
    expect(result).toEqual({
      ok: true,
      data: {
        ...VALID_REQUEST,
        fullName: 'Maria Lopez',
        phone: '(919) 555-0142',
        email: 'maria@example.org',
        preferredLocation: 'durham',
        message: 'Line one reversed\nline two with C1.',
        language: DEFAULT_LOCALE,
      },
    });
  });

  it('keeps every other character, accents and right-to-left letters included', () => {
    const names = ['José Núñez-O’Brien', 'محمد علي', 'יעל כהן', '李小龙', 'Zoë 👩🏽‍⚕️'];
    for (const name of names) expect(withoutInvisibleControls(name)).toBe(name);
    expect(withoutInvisibleControls('\u00a0\u00ff\u007e')).toBe('\u00a0\u00ff\u007e');
  });

  it('still refuses C0 controls and DEL, except tab and line breaks in the message', () => {
    expect(fieldsWithErrors({ ...VALID_REQUEST, fullName: 'Maria\u0007 Lopez' })).toEqual(['fullName']);
    expect(fieldsWithErrors({ ...VALID_REQUEST, fullName: 'Maria\u007f Lopez' })).toEqual(['fullName']);
    expect(fieldsWithErrors({ ...VALID_REQUEST, message: 'bell\u0007' })).toEqual(['message']);
    expect(fieldsWithErrors({ ...VALID_REQUEST, message: 'del\u007f' })).toEqual(['message']);
    expect(fieldsWithErrors({ ...VALID_REQUEST, message: 'tab\tand\nlines\r\n' })).toEqual([]);
  });

  it('counts a field as empty when only invisible controls were sent', () => {
    expect(fieldsWithErrors({ ...VALID_REQUEST, fullName: '\u202e\u202c' })).toEqual(['fullName']);
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

  it('stores the language as one of the site\'s locales, the default locale by default', () => {
    expect(schema.attributes[LANGUAGE_FIELD]).toMatchObject({ type: 'enumeration', enum: [...LOCALE_CODES], default: DEFAULT_LOCALE, required: true });
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
      [...FORM_FIELDS, LANGUAGE_FIELD, 'submittedAt', 'requestStatus', 'staffNotes', 'sentUnusuallyFast'].sort(),
    );
    expect(schema.attributes.requestStatus.enum).toEqual(['new', 'contacted', 'scheduled', 'closed']);
  });
});

describe('judgeSubmission', () => {
  const now = 1_800_000_000_000;
  const person = { kind: 'person' };
  it('lets a person through: honeypot empty, form open long enough, or no start time (no JavaScript)', () => {
    expect(judgeSubmission({ website: '', startedAt: String(now - 60_000) }, now, 3)).toEqual(person);
    expect(judgeSubmission({}, now, 3)).toEqual(person);
    expect(judgeSubmission({ website: '  ', startedAt: '' }, now, 3)).toEqual(person);
    expect(judgeSubmission({ startedAt: now - 3000 }, now, 3)).toEqual(person);
  });
  it('does not judge a start time in the future (the visitor’s clock runs ahead)', () => {
    expect(judgeSubmission({ startedAt: String(now + 120_000) }, now, 3)).toEqual(person);
  });
  it('drops a filled honeypot and a start time that is not a number: only a script does that', () => {
    expect(judgeSubmission({ website: 'http://spam.example' }, now, 3)).toEqual({ kind: 'automated', reason: expect.stringMatching(/honeypot/) });
    expect(judgeSubmission({ website: ['x'] }, now, 3)).toEqual({ kind: 'automated', reason: expect.stringMatching(/honeypot/) });
    expect(judgeSubmission({ startedAt: 'yesterday' }, now, 3)).toEqual({ kind: 'automated', reason: expect.stringMatching(/not a number/) });
    expect(judgeSubmission({ startedAt: { $gt: 1 } }, now, 3)).toEqual({ kind: 'automated', reason: expect.stringMatching(/not a number/) });
  });
  it('only flags a form sent too fast: autofill and assistive technology are that fast too', () => {
    expect(judgeSubmission({ startedAt: String(now - 1200) }, now, 3)).toEqual({ kind: 'unusually-fast', reason: expect.stringMatching(/1200 ms/) });
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

describe('SlidingWindowRateLimiter: check, record and release', () => {
  const hour = 60 * 60 * 1000;
  it('checks without counting, counts on record whatever the limit, and gives an attempt back on release', () => {
    const limiter = new SlidingWindowRateLimiter(2, hour);
    for (let i = 0; i < 5; i += 1) expect(limiter.check('a', i).allowed).toBe(true);
    limiter.record('a', 10);
    limiter.record('a', 20);
    expect(limiter.check('a', 30)).toEqual({ allowed: false, retryAfterSeconds: 3600 });
    limiter.record('a', 30);
    limiter.release('a', 20);
    limiter.release('a', 30);
    expect(limiter.check('a', 40)).toEqual({ allowed: true, remaining: 0 });
    limiter.release('a', 999);
    limiter.release('nobody', 10);
    expect(limiter.check('a', 40).allowed).toBe(true);
  });
});

describe('IntakeRateLimit', () => {
  const hour = 60 * 60 * 1000;
  const limits = () => new IntakeRateLimit({ acceptedPerHour: 5, refusedPerHour: 50 }, hour);
  const attempt = (limit: IntakeRateLimit, client: string, at: number, outcome: 'accepted' | 'refused') => {
    const admission = limit.admit(client, at);
    if ('settle' in admission) admission.settle(outcome);
    return admission;
  };

  it('lets a person who made five mistakes still send their request, five times', () => {
    const limit = limits();
    for (let i = 0; i < 5; i += 1) expect(attempt(limit, 'patient', i, 'refused').allowed).toBe(true);
    for (let i = 5; i < 10; i += 1) expect(attempt(limit, 'patient', i, 'accepted').allowed).toBe(true);
    expect(limit.admit('patient', 10)).toEqual({ allowed: false, limit: 'accepted', retryAfterSeconds: 3600 });
  });

  it('stops a client after the refused limit, even one that never sent a valid request', () => {
    const limit = limits();
    for (let i = 0; i < 50; i += 1) expect(attempt(limit, 'script', i * 1000, 'refused').allowed, `attempt ${i + 1}`).toBe(true);
    expect(limit.admit('script', 60_000)).toEqual({ allowed: false, limit: 'refused', retryAfterSeconds: 3600 - 60 });
    expect(limit.admit('someone else', 60_000).allowed).toBe(true);
    // The oldest refusal leaves the window after an hour.
    expect(limit.admit('script', hour + 1).allowed).toBe(true);
  });

  it('holds a place among the accepted for a request still being answered, so a burst cannot all pass', () => {
    const limit = limits();
    const inFlight = Array.from({ length: 5 }, (_, i) => limit.admit('burst', i));
    expect(inFlight.every((admission) => admission.allowed)).toBe(true);
    expect(limit.admit('burst', 5)).toMatchObject({ allowed: false, limit: 'accepted' });
    // One turns out to need a correction: its place is free again.
    const first = inFlight[0];
    if ('settle' in first) {
      first.settle('refused');
      first.settle('refused');
    }
    expect(limit.admit('burst', 6).allowed).toBe(true);
    expect(limit.admit('burst', 7).allowed).toBe(false);
  });
});

describe('clientAddress', () => {
  const socketAddress = '10.0.0.2';
  it('is the connection’s address when the CMS is not behind a proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress({ forwardedFor: '198.51.100.7', socketAddress }, 0)).toBe(socketAddress);
    expect(clientAddress({ forwardedFor: undefined, socketAddress: '203.0.113.9' }, 0)).toBe('203.0.113.9');
  });

  it('behind one proxy, is the address that proxy appended, not one the client put in front of it', () => {
    expect(clientAddress({ forwardedFor: '203.0.113.9', socketAddress }, 1)).toBe('203.0.113.9');
    expect(clientAddress({ forwardedFor: '198.51.100.1, 198.51.100.2,203.0.113.9', socketAddress }, 1)).toBe('203.0.113.9');
  });

  it('behind two proxies, is the second entry from the right', () => {
    expect(clientAddress({ forwardedFor: 'spoofed, 203.0.113.9, 192.0.2.10', socketAddress }, 2)).toBe('203.0.113.9');
    // A proxy that did not append: the leftmost entry, as Koa's ctx.ip does.
    expect(clientAddress({ forwardedFor: '203.0.113.9', socketAddress }, 2)).toBe('203.0.113.9');
  });

  it('falls back to the connection’s address when the header is missing or empty', () => {
    expect(clientAddress({ forwardedFor: undefined, socketAddress }, 1)).toBe(socketAddress);
    expect(clientAddress({ forwardedFor: '', socketAddress }, 1)).toBe(socketAddress);
    expect(clientAddress({ forwardedFor: ' , ', socketAddress }, 1)).toBe(socketAddress);
    expect(clientAddress({ forwardedFor: undefined, socketAddress: undefined }, 1)).toBe('');
  });

  it('cannot be moved by empty entries a client adds on the left', () => {
    expect(clientAddress({ forwardedFor: ',,, , 203.0.113.9', socketAddress }, 1)).toBe('203.0.113.9');
  });
});

describe('proxySettings', () => {
  it('trusts no proxy unless IS_PROXIED is exactly "true"', () => {
    expect(proxySettings({})).toEqual({ proxied: false, trustedProxyHops: 0 });
    expect(proxySettings({ IS_PROXIED: 'false', TRUSTED_PROXY_HOPS: '3' })).toEqual({ proxied: false, trustedProxyHops: 0 });
    expect(proxySettings({ IS_PROXIED: '1' })).toEqual({ proxied: false, trustedProxyHops: 0 });
  });

  it('behind a proxy, trusts one hop unless told more, and refuses nonsense naming the variable', () => {
    expect(proxySettings({ IS_PROXIED: 'true' })).toEqual({ proxied: true, trustedProxyHops: 1 });
    expect(proxySettings({ IS_PROXIED: 'true', TRUSTED_PROXY_HOPS: '2' })).toEqual({ proxied: true, trustedProxyHops: 2 });
    expect(() => proxySettings({ IS_PROXIED: 'true', TRUSTED_PROXY_HOPS: '0' })).toThrow(/TRUSTED_PROXY_HOPS must be a whole number of at least 1, got "0"/);
    expect(() => proxySettings({ IS_PROXIED: 'true', TRUSTED_PROXY_HOPS: 'one' })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(intakeSettings({ IS_PROXIED: 'true', TRUSTED_PROXY_HOPS: '2' }).trustedProxyHops).toBe(2);
    expect(() => intakeSettings({ IS_PROXIED: 'true', TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});

describe('isAppointmentRequestEvent', () => {
  it('recognises the document service’s events about a request, and no other', () => {
    const request = { model: 'appointment-request', uid: 'api::appointment-request.appointment-request', entry: { id: 1 } };
    expect(isAppointmentRequestEvent(request)).toBe(true);
    expect(isAppointmentRequestEvent({ model: 'appointment-request', entry: { id: 1 } })).toBe(true);
    expect(isAppointmentRequestEvent({ model: 'treatment', uid: 'api::treatment.treatment', entry: { id: 1 } })).toBe(false);
    expect(isAppointmentRequestEvent({ model: 'appointment-request', uid: 'plugin::other.appointment-request' })).toBe(false);
    expect(isAppointmentRequestEvent({ media: { id: 1 } })).toBe(false);
    expect(isAppointmentRequestEvent(undefined)).toBe(false);
  });
});

describe('intakeSettings', () => {
  it('has safe defaults', () => {
    expect(intakeSettings({})).toEqual({
      rateLimitPerHour: 5,
      refusedLimitPerHour: 50,
      trustedProxyHops: 0,
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
      APPOINTMENT_REFUSED_LIMIT_PER_HOUR: '100',
      APPOINTMENT_MIN_FILL_SECONDS: '0',
      APPOINTMENT_RETENTION_DAYS: '30',
      SITE_URL: 'https://www.example.org/breast-cancer/',
    });
    expect(settings).toMatchObject({ rateLimitPerHour: 20, refusedLimitPerHour: 100, minFillSeconds: 0, retentionDays: 30, siteUrl: 'https://www.example.org/breast-cancer', siteOrigin: 'https://www.example.org' });
    expect(() => intakeSettings({ APPOINTMENT_RATE_LIMIT_PER_HOUR: '0' })).toThrow(/APPOINTMENT_RATE_LIMIT_PER_HOUR/);
    expect(() => intakeSettings({ APPOINTMENT_REFUSED_LIMIT_PER_HOUR: 'lots' })).toThrow(/APPOINTMENT_REFUSED_LIMIT_PER_HOUR/);
    expect(() => intakeSettings({ APPOINTMENT_RETENTION_DAYS: 'ninety' })).toThrow(/APPOINTMENT_RETENTION_DAYS/);
    expect(() => intakeSettings({ SITE_URL: 'www.example.org' })).toThrow(/SITE_URL/);
  });
});

describe('CORS and answers', () => {
  it('allows only the site origin on the intake path, however the path is spelled', () => {
    const origins = corsOrigins(corsSettings({ SITE_URL: 'https://www.example.org', PUBLIC_URL: 'https://cms.example.org' }));
    expect(origins({ path: '/api/appointment-requests' })).toEqual(['https://www.example.org']);
    expect(origins({ path: '/API/Appointment-Requests/' })).toEqual(['https://www.example.org']);
    expect(origins({ path: '/api/physicians' })).not.toContain('*');
    expect(isIntakePath('/api/appointment-requests/x')).toBe(false);
  });

  it('sends people to the right pages under SITE_URL', () => {
    expect(thankYouUrl('https://www.example.org/mbc')).toBe('https://www.example.org/mbc/appointments/thank-you/');
    expect(thankYouUrl('https://www.example.org/mbc', 'es')).toBe('https://www.example.org/mbc/es/appointments/thank-you/');
    expect(formUrlFor('https://www.example.org', 'second_opinion', 'es')).toBe('https://www.example.org/es/second-opinion/');
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

  it('renders the problem page in the request\'s language', () => {
    const html = problemPageHtml({ title: 'Hay un problema con su solicitud', intro: 'Corrija esto:', formUrl: 'https://www.example.org/es/appointments/', phone: '(919) 555-0100', language: 'es' });
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('empiece el formulario de nuevo</a>');
    expect(html).toContain('También puede llamarnos al <a href="tel:+19195550100">');
    expect(html).toContain('En una emergencia, llame al 911.');
    expect(html).not.toMatch(/Back button|call us/);
  });
});
