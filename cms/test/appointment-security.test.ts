/**
 * The appointment intake against someone trying to get around its defences: a spoofed
 * X-Forwarded-For, a compressed body, malformed JSON, invisible characters that make staff read
 * something else, and a webhook listening for every entry event.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { CARE_COORDINATOR } from '../src/bootstrap/roles';
import { adminApi, removeTestAdmins, signInWithRole } from './admin-users';
import { VALID_REQUEST, fromPerson, postToIntake, readAnswer } from './appointment-fixtures';
import { startCms } from './strapi';
import { documents } from './fixtures';

/** A stored appointment request row: the fields the tests compare. */
type StoredRequest = { id: number; documentId: string; submittedAt: string; [field: string]: unknown };

const UID = 'api::appointment-request.appointment-request';
const INTAKE = '/api/appointment-requests';

let strapi: Core.Strapi;
let baseUrl: string;

const intake = () => strapi.service(UID);
const storedRequests = async (): Promise<StoredRequest[]> => strapi.db.query(UID).findMany({ orderBy: { id: 'asc' } });

beforeAll(async () => {
  ({ strapi, baseUrl } = await startCms());
});

beforeEach(async () => {
  intake().rateLimit.clear();
  await strapi.db.query(UID).deleteMany({});
});

/**
 * Runs `check` as a CMS started with IS_PROXIED=true (TRUSTED_PROXY_HOPS unset) would: Koa
 * trusts X-Forwarded-For, and the intake reads one trusted hop.
 */
async function behindOneProxy(check: () => Promise<void>): Promise<void> {
  const app = strapi.server.app;
  const settings = intake().settings;
  const before = { proxy: app.proxy, hops: settings.trustedProxyHops };
  app.proxy = true;
  settings.trustedProxyHops = 1;
  try {
    await check();
  } finally {
    app.proxy = before.proxy;
    settings.trustedProxyHops = before.hops;
  }
}

describe('the rate limit behind a proxy', () => {
  it('holds against a spoofed X-Forwarded-For: it counts the address the proxy appended', async () => {
    await behindOneProxy(async () => {
      // The proxy appends the address it saw (203.0.113.7); the client writes whatever it likes in front.
      const viaProxy = (spoofed: string) => ({ headers: { 'X-Forwarded-For': `${spoofed}, 203.0.113.7` } });
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        expect((await postToIntake(baseUrl, fromPerson(), viaProxy(`198.51.100.${attempt}`))).status, `attempt ${attempt}`).toBe(201);
      }
      const sixth = await postToIntake(baseUrl, fromPerson(), viaProxy('198.51.100.99'));
      expect(sixth.status).toBe(429);
      expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(3000);
      // Another person behind the same proxy is not held back.
      expect((await postToIntake(baseUrl, fromPerson(), { headers: { 'X-Forwarded-For': '198.51.100.99, 203.0.113.8' } })).status).toBe(201);
    });
    expect(await storedRequests()).toHaveLength(6);
  });
});

describe('the rate limit for a person making mistakes', () => {
  it('lets a patient who was refused five times fix the form and still send it', async () => {
    for (let mistake = 1; mistake <= 5; mistake += 1) {
      const refused = await postToIntake(baseUrl, fromPerson({ phone: `555-01${mistake}` }));
      expect(refused.status, `mistake ${mistake}`).toBe(400);
      expect(refused.json.errors.map((error: { field: string }) => error.field)).toEqual(['phone']);
    }
    const fixed = await postToIntake(baseUrl, fromPerson());
    expect(fixed.status).toBe(201);
    expect(await storedRequests()).toHaveLength(1);
  });

  it('still stops a client after 50 refused requests in the hour, with Retry-After, as JSON and as a page', async () => {
    for (let attempt = 1; attempt <= 50; attempt += 1) {
      expect((await postToIntake(baseUrl, { fullName: '' })).status, `attempt ${attempt}`).toBe(400);
    }
    const json = await postToIntake(baseUrl, fromPerson());
    expect(json.status).toBe(429);
    expect(Number(json.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(json.json.errors[0].message).toMatch(/call us/);
    const form = await postToIntake(baseUrl, fromPerson(), { kind: 'form' });
    expect(form.status).toBe(429);
    expect(form.text).toContain('<h1>Too many requests</h1>');
    expect(await storedRequests()).toEqual([]);
  });

  it('does not let a burst of parallel requests past the limit of accepted ones', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, n) => postToIntake(baseUrl, fromPerson({ fullName: `Person ${n}` }))));
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(5);
    expect(await storedRequests()).toHaveLength(5);
  });
});

describe('a compressed body', () => {
  it('is refused with 415 in the intake’s answer format, and nothing is stored', async () => {
    const response = await fetch(`${baseUrl}${INTAKE}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: gzipSync(JSON.stringify(fromPerson())),
    });
    const answer = await readAnswer(response);
    expect(answer.status).toBe(415);
    expect(answer.json).toEqual({ ok: false, errors: [{ field: null, message: expect.stringMatching(/uncompressed/) }] });
    expect(await storedRequests()).toEqual([]);
  });
});

describe('malformed JSON', () => {
  it('gets 400 with the documented {"errors": [{field, message}]}, not Strapi’s error envelope', async () => {
    for (const body of ['{"fullName": "Maria', '{"__proto__": {"admin": true}}', 'not json at all']) {
      const response = await fetch(`${baseUrl}${INTAKE}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      const answer = await readAnswer(response);
      expect(answer.status, body).toBe(400);
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.json, body).toEqual({ ok: false, errors: [{ field: null, message: expect.stringMatching(/JSON/) }] });
      expect(answer.json).not.toHaveProperty('error');
    }
    expect(await storedRequests()).toEqual([]);
  });
});

describe('invisible characters', () => {
  it('are gone from the stored request: no bidirectional or C1 controls in any field', async () => {
    const answer = await postToIntake(
      baseUrl,
      fromPerson({
        fullName: '\u202eMaria\u202c Lopez\u2066\u2069\u200f',
        message: 'Please call\u0085 me\u2067 after 5\u2069 pm.\u202d',
      }),
    );
    expect(answer.status).toBe(201);
    const [stored] = await storedRequests();
    expect(stored).toMatchObject({ fullName: 'Maria Lopez', message: 'Please call me after 5 pm.' });
    for (const value of Object.values(stored)) {
      if (typeof value === 'string') expect(value).not.toMatch(/[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    }
  });
});

describe('webhooks', () => {
  type Delivery = { event: string; model?: string; uid?: string; body: string };
  const deliveries: Delivery[] = [];
  let catcher: Server;
  let webhook: { id: number };

  beforeAll(async () => {
    // A webhook an administrator might add: every entry event, to a local server that keeps what it gets.
    catcher = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const parsed = JSON.parse(body);
        deliveries.push({ event: parsed.event, model: parsed.model, uid: parsed.uid, body });
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', resolve));
    const { port } = catcher.address() as AddressInfo;
    webhook = await strapi.get('webhookStore').createWebhook({
      name: 'Test: every entry event',
      url: `http://127.0.0.1:${port}/hook`,
      headers: {},
      events: ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'],
      isEnabled: true,
    });
    strapi.get('webhookRunner').add(webhook);
  });

  afterAll(async () => {
    await strapi.get('webhookStore').deleteWebhook(webhook.id);
    strapi.get('webhookRunner').remove(webhook);
    await removeTestAdmins(strapi);
    await new Promise((resolve) => catcher.close(resolve));
  });

  it('hear nothing of a request sent, changed and deleted in the admin, while publishing a treatment is sent', async () => {
    expect((await postToIntake(baseUrl, fromPerson())).status).toBe(201);
    const [request] = await storedRequests();
    const coordinator = await signInWithRole(strapi, CARE_COORDINATOR.name, 'coordinator-webhooks@tests.local');
    const path = `/content-manager/collection-types/${UID}/${request.documentId}`;
    expect((await adminApi(coordinator, path, { method: 'PUT', body: { requestStatus: 'contacted' } })).status).toBe(200);
    expect((await adminApi(coordinator, path, { method: 'DELETE' })).status).toBe(200);
    expect(await storedRequests()).toEqual([]);

    // Afterwards, something that must reach the webhook: once it has, anything sent before it has too.
    const treatments = documents(strapi, 'api::treatment.treatment');
    // A seeded treatment by its slug: on PostgreSQL the first row may be one another test left without a reviewer.
    const treatment = await treatments.findFirst({ status: 'published', filters: { slug: 'chemotherapy' } });
    await treatments.publish({ documentId: treatment!.documentId });
    for (let wait = 0; wait < 100 && !deliveries.some((delivery) => delivery.model === 'treatment'); wait += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(deliveries.filter((delivery) => delivery.model === 'treatment').map((delivery) => delivery.event)).toContain('entry.publish');
    const aboutRequests = deliveries.filter(
      (delivery) => delivery.model === 'appointment-request' || delivery.uid === UID || delivery.body.includes(request.documentId) || delivery.body.includes(VALID_REQUEST.fullName),
    );
    expect(aboutRequests).toEqual([]);
  });
});
