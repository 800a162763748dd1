import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, FORM_FIELDS } from '@mbc/shared';
import { VALID_REQUEST, fromPerson, postToIntake } from './appointment-fixtures';
import { startCms } from './strapi';

/** A stored appointment request row: the fields the tests compare. */
type StoredRequest = { id: number; documentId: string; submittedAt: string; [field: string]: unknown };

const UID = 'api::appointment-request.appointment-request';
// From SITE_URL (default http://127.0.0.1:4321), as the CMS read it at start.
let SITE_ORIGIN: string;
let SITE_URL: string;
let THANK_YOU: string;

let strapi: Core.Strapi;
let baseUrl: string;

/** Posts to the intake as the site's script (JSON) or as a plain HTML form (urlencoded). */
const post = (body: Record<string, unknown>, options: { kind?: 'json' | 'form'; headers?: Record<string, string> } = {}) =>
  postToIntake(baseUrl, body, options);

async function storedRequests(): Promise<StoredRequest[]> {
  return strapi.db.query(UID).findMany({ orderBy: { id: 'asc' } });
}

beforeAll(async () => {
  ({ strapi, baseUrl } = await startCms());
  ({ siteOrigin: SITE_ORIGIN, siteUrl: SITE_URL } = (strapi.service(UID)).settings);
  THANK_YOU = `${SITE_URL}/appointments/thank-you/`;
});

beforeEach(async () => {
  (strapi.service(UID)).rateLimit.clear();
  await strapi.db.query(UID).deleteMany({});
});

describe('a valid request', () => {
  it('from a script is stored with exactly the submitted fields, status new and the time received (201)', async () => {
    const before = Date.now();
    const answer = await post(fromPerson(), { headers: { Origin: SITE_ORIGIN } });
    expect(answer.status).toBe(201);
    expect(answer.json).toEqual({ ok: true });
    expect(answer.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    expect(answer.headers.get('cache-control')).toBe('no-store');

    const [stored, ...others] = await storedRequests();
    expect(others).toEqual([]);
    const submitted = Object.fromEntries(FORM_FIELDS.map((field) => [field, stored[field]]));
    expect(submitted).toEqual(VALID_REQUEST);
    expect(stored.requestStatus).toBe('new');
    expect(stored.staffNotes).toBeNull();
    const submittedAt = new Date(stored.submittedAt).getTime();
    expect(submittedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(submittedAt).toBeLessThanOrEqual(Date.now() + 1000);
    // Nothing else was kept: no honeypot, no start time, no extra columns with data.
    expect(Object.keys(stored)).not.toContain('website');
    expect(Object.keys(stored)).not.toContain('startedAt');
  });

  it('from a plain HTML form (no JavaScript) is stored and answered with a 303 to the thank-you page', async () => {
    const answer = await post({ ...VALID_REQUEST, consentToContact: 'true', startedAt: '', website: '' }, { kind: 'form' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe(THANK_YOU);
    const [stored] = await storedRequests();
    expect(Object.fromEntries(FORM_FIELDS.map((field) => [field, stored[field]]))).toEqual(VALID_REQUEST);
  });
});

describe('an invalid request', () => {
  it.each([
    ['requestType', { requestType: 'urgent' }],
    ['fullName', { fullName: '' }],
    ['phone', { phone: '12345' }],
    ['email', { email: 'not-an-email' }],
    ['phone', { phone: '', email: '' }],
    ['preferredContactMethod', { preferredContactMethod: 'email', email: '' }],
    ['preferredContactTime', { preferredContactTime: 'night' }],
    ['preferredLocation', { preferredLocation: 'nowhere' }],
    ['message', { message: 'x'.repeat(501) }],
    ['consentToContact', { consentToContact: false }],
    ['requestStatus', { requestStatus: 'closed' }],
    ['staffNotes', { staffNotes: 'set from outside' }],
  ])('is refused with 400 naming %s, and nothing is stored', async (field, change) => {
    const answer = await post(fromPerson(change));
    expect(answer.status).toBe(400);
    expect(answer.json.ok).toBe(false);
    expect(answer.json.errors.map((error: { field: string }) => error.field)).toEqual([field]);
    expect(answer.json.errors[0].message).toEqual(expect.any(String));
    expect(await storedRequests()).toEqual([]);
  });

  it('from a plain HTML form gets an accessible page listing each problem, linking back to the form, echoing nothing', async () => {
    const payload = '<script>alert(1)</script>';
    const answer = await post(
      { ...VALID_REQUEST, requestType: 'second_opinion', fullName: payload, phone: 'call me', email: '', consentToContact: undefined },
      { kind: 'form' },
    );
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('<html lang="en">');
    expect(answer.text).toMatch(/<h1>There is a problem with your request<\/h1>/);
    expect(answer.text).toMatch(/<li>Phone number must be a US phone number/);
    expect(answer.text).toMatch(/<li>Tick the box to agree/);
    expect(answer.text).toContain(`href="${SITE_URL}/second-opinion/"`);
    expect(answer.text).toMatch(/href="tel:\+1\d{10}"/);
    expect(answer.text).not.toContain(payload);
    expect(await storedRequests()).toEqual([]);
  });
});

describe('the visitor\'s language', () => {
  it('is recorded with the request: the default locale when the form sends none, Spanish when it says es', async () => {
    expect((await post(fromPerson())).status).toBe(201);
    expect((await post(fromPerson({ language: 'es', fullName: 'Ana García' }))).status).toBe(201);
    expect((await storedRequests()).map((stored) => [stored.fullName, stored.language])).toEqual([
      [VALID_REQUEST.fullName, DEFAULT_LOCALE],
      ['Ana García', 'es'],
    ]);
  });

  it('answers a Spanish request\'s mistakes in Spanish, in the same shape', async () => {
    const answer = await post(fromPerson({ language: 'es', fullName: '', consentToContact: false }));
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({
      ok: false,
      errors: [
        { field: 'fullName', message: 'Escriba su nombre completo.' },
        { field: 'consentToContact', message: 'Marque la casilla para aceptar que le contactemos sobre esta solicitud.' },
      ],
    });
    expect(await storedRequests()).toEqual([]);
  });

  it('refuses a language that is not one of the site\'s with 400 and the reason', async () => {
    const answer = await post(fromPerson({ language: 'fr' }));
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([{ field: 'language', message: expect.stringMatching(/The language "fr" is not one of this site's/) }]);
    expect(await storedRequests()).toEqual([]);
  });

  it('sends a Spanish form post to the Spanish pages: its thank-you page, or a problem page in Spanish linking to the Spanish form', async () => {
    const accepted = await post({ ...VALID_REQUEST, language: 'es', consentToContact: 'true', startedAt: '', website: '' }, { kind: 'form' });
    expect(accepted.status).toBe(303);
    expect(accepted.headers.get('location')).toBe(`${SITE_URL}/es/appointments/thank-you/`);
    const refused = await post({ ...VALID_REQUEST, language: 'es', requestType: 'second_opinion', phone: 'llámeme', email: '', consentToContact: undefined }, { kind: 'form' });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain('<html lang="es">');
    expect(refused.text).toContain('<h1>Hay un problema con su solicitud</h1>');
    expect(refused.text).toMatch(/<li>Escriba un número de teléfono de EE\. UU\./);
    expect(refused.text).toContain(`href="${SITE_URL}/es/second-opinion/"`);
    const spanishSettings = await strapi.documents('api::site-setting.site-setting').findFirst({ locale: 'es', status: 'published' });
    if (spanishSettings) expect(refused.text).toContain(spanishSettings.emergencyNote.slice(0, 40));
  });
});

describe('abuse protection', () => {
  it('refuses the sixth request from one address within the hour with 429 and Retry-After', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await post(fromPerson({ fullName: `Person ${attempt}` }))).status, `attempt ${attempt}`).toBe(201);
    }
    const sixth = await post(fromPerson({ fullName: 'Person 6' }));
    expect(sixth.status).toBe(429);
    const retryAfter = Number(sixth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(sixth.json.errors[0].message).toMatch(/call us/);
    const asForm = await post(fromPerson(), { kind: 'form' });
    expect(asForm.status).toBe(429);
    expect(asForm.text).toContain('<h1>Too many requests</h1>');
    expect(await storedRequests()).toHaveLength(5);
  });

  it('does not trust X-Forwarded-For unless the CMS is configured to sit behind a proxy', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await post(fromPerson(), { headers: { 'X-Forwarded-For': `198.51.100.${attempt}` } });
    }
    expect((await post(fromPerson(), { headers: { 'X-Forwarded-For': '198.51.100.99' } })).status).toBe(429);
  });

  it('drops a filled-in honeypot with the same answer as a success, storing nothing', async () => {
    const json = await post(fromPerson({ website: 'https://cheap-pills.example' }));
    expect(json.status).toBe(201);
    expect(json.json).toEqual({ ok: true });
    const form = await post({ ...fromPerson({ website: 'https://cheap-pills.example' }), consentToContact: 'on' }, { kind: 'form' });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe(THANK_YOU);
    expect(await storedRequests()).toEqual([]);
  });

  it('keeps a form sent within seconds of being shown (autofill, assistive technology), flagged for the care team to check', async () => {
    const tooFast = await post(fromPerson({ startedAt: String(Date.now() - 500) }));
    expect(tooFast.status).toBe(201);
    expect(tooFast.json).toEqual({ ok: true });
    const stored = await storedRequests();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ fullName: VALID_REQUEST.fullName, sentUnusuallyFast: true, requestStatus: 'new' });
    // A fast form with mistakes is shown its mistakes, like anyone's: a person may be there.
    const invalidAndFast = await post({ ...fromPerson({ startedAt: String(Date.now() - 100) }), fullName: '' });
    expect(invalidAndFast.status).toBe(400);
    expect(invalidAndFast.json.errors.map((error: { field: string }) => error.field)).toContain('fullName');
    // A request sent at a person's pace is not flagged.
    await post(fromPerson());
    expect((await storedRequests()).map((request) => request.sentUnusuallyFast)).toEqual([true, false]);
  });

  it('refuses a body over 16 KB (413), one without a length (411) and other formats (415)', async () => {
    const big = await post(fromPerson({ message: 'x'.repeat(17 * 1024) }));
    expect(big.status).toBe(413);
    expect(big.json.errors[0].message).toMatch(/larger than we accept/);

    const chunked = await fetch(`${baseUrl}/api/appointment-requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(JSON.stringify(fromPerson())));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(411);

    const text = await fetch(`${baseUrl}/api/appointment-requests`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
    expect(await storedRequests()).toEqual([]);
  });
});

describe('CORS', () => {
  it('answers a preflight from the site’s origin and from no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${baseUrl}/api/appointment-requests`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
    const fromSite = await preflight(SITE_ORIGIN);
    expect(fromSite.status).toBe(204);
    expect(fromSite.headers.get('access-control-allow-origin')).toBe(SITE_ORIGIN);
    expect(fromSite.headers.get('access-control-allow-methods')).toContain('POST');
    const fromElsewhere = await preflight('https://evil.example');
    expect(fromElsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('does not let another origin read the answer', async () => {
    const answer = await post(fromPerson({ requestType: 'nonsense' }), { headers: { Origin: 'https://evil.example' } });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });
});
