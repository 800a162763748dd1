import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { entryToFix, pathSegments, populateAlong, throughRelation, type SchemaLookup } from '../src/api/site-build/entry-to-fix';
import { rebuildStatusUrl, summarizeStatus, type RebuildServiceStatus, type ReportedFailure } from '../src/api/site-build/status';
import { adminApi, signInAsLocalAdmin } from './admin-users';
import { SITE_TOKEN, startCms } from './strapi';
import { documents } from './fixtures';

let strapi: Core.Strapi;
let baseUrl: string;
let fakeStatus: http.Server;
let fakeStatusUrl: string;
/** What the fake rebuild service answers on /status; `hang` never answers. */
let answer: { status: number; body: unknown } | 'hang' = { status: 200, body: {} };
let adminTokenId: number | undefined;

const built = (id: string, startedAt: string, finishedAt: string) => ({ ok: true, id, startedAt, finishedAt, durationMs: 1, pages: 1 });
const failedBuild = (startedAt: string, finishedAt: string, failedEntry: ReportedFailure) => ({
  ok: false,
  id: 'r9',
  startedAt,
  finishedAt,
  durationMs: 1,
  reason: 'subtypes: 1 of 4 entries does not match the content contract',
  failedEntry,
});
const idle = { phase: 'idle', queued: false, pendingEvents: 0, buildsStarted: 1 };

beforeAll(async () => {
  ({ strapi, baseUrl } = await startCms());
  fakeStatus = http.createServer((request, response) => {
    if (answer === 'hang') return;
    response.writeHead(answer.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => fakeStatus.listen(0, '127.0.0.1', resolve));
  fakeStatusUrl = `http://127.0.0.1:${(fakeStatus.address() as AddressInfo).port}/status`;
  process.env.REBUILD_STATUS_URL = fakeStatusUrl;
});

afterAll(async () => {
  delete process.env.REBUILD_STATUS_URL;
  fakeStatus.closeAllConnections();
  await new Promise((resolve) => fakeStatus.close(resolve));
  if (adminTokenId) await (strapi.service('admin::api-token-admin')).revoke(adminTokenId);
});

describe('where the rebuild service\'s status is', () => {
  it('is REBUILD_STATUS_URL, else beside the webhook, else nowhere', () => {
    expect(rebuildStatusUrl({ REBUILD_STATUS_URL: 'http://rebuild:4322/status', REBUILD_WEBHOOK_URL: 'http://other/hooks/strapi' })).toBe('http://rebuild:4322/status');
    expect(rebuildStatusUrl({ REBUILD_WEBHOOK_URL: 'http://rebuild:4322/hooks/strapi' })).toBe('http://rebuild:4322/status');
    expect(rebuildStatusUrl({})).toBeNull();
    expect(rebuildStatusUrl({ REBUILD_WEBHOOK_URL: 'not a url' })).toBeNull();
  });
});

describe('what the admin is told', () => {
  const status = (fields: Partial<RebuildServiceStatus>): RebuildServiceStatus => ({
    live: { id: 'r1', builtAt: '2026-12-01T10:42:00.000Z' },
    lastSuccess: built('r1', '2026-12-01T10:41:30.000Z', '2026-12-01T10:42:00.000Z'),
    lastFailure: null,
    queue: idle as RebuildServiceStatus['queue'],
    ...fields,
  });

  it('the live build with when it started reading the CMS, and whether another is on its way', () => {
    expect(summarizeStatus(status({ queue: { phase: 'waiting', queued: false } })).summary).toEqual({
      state: 'known',
      live: { builtAt: '2026-12-01T10:42:00.000Z', startedAt: '2026-12-01T10:41:30.000Z' },
      building: true,
      failure: null,
    });
    // After the rebuild service restarted, the live build is known but not when it started.
    expect(summarizeStatus(status({ lastSuccess: null, live: { id: 'r0', builtAt: null } })).summary.live).toEqual({ builtAt: null, startedAt: null });
  });

  it('a failure only while it is the latest outcome', () => {
    const failure = failedBuild('2026-12-01T10:50:00.000Z', '2026-12-01T10:50:20.000Z', { type: 'subtype', slug: 'x', documentId: 'd', field: 'slug', message: 'm' });
    const failing = summarizeStatus(status({ lastFailure: failure }));
    expect(failing.summary.failure).toMatchObject({ finishedAt: '2026-12-01T10:50:20.000Z', reason: expect.stringContaining('content contract') });
    expect(failing.reported).toMatchObject({ type: 'subtype', field: 'slug' });
    const fixed = summarizeStatus(status({ lastFailure: failure, lastSuccess: built('r2', '2026-12-01T11:00:00.000Z', '2026-12-01T11:00:30.000Z') }));
    expect(fixed.summary.failure).toBeNull();
  });
});

describe('following a refused field to the entry it belongs to', () => {
  const schemas: Record<string, ReturnType<SchemaLookup> & object> = {
    'api::subtype.subtype': { slug: { type: 'uid' }, physicians: { type: 'relation', target: 'api::physician.physician' }, medicalReview: { type: 'component', component: 'shared.medical-review' } },
    'api::location.location': { hours: { type: 'component', component: 'location.opening-hours', repeatable: true } },
    'shared.medical-review': { reviewer: { type: 'relation', target: 'api::physician.physician' }, lastReviewed: { type: 'date' } },
    'location.opening-hours': { closes: { type: 'string' } },
  };
  const schemaOf: SchemaLookup = (uid) => schemas[uid];

  it('reads the loader\'s paths', () => {
    expect(pathSegments('physicians[0].slug')).toEqual(['physicians', 0, 'slug']);
    expect(pathSegments('hours[2].closes')).toEqual(['hours', 2, 'closes']);
    expect(pathSegments('npi')).toEqual(['npi']);
  });

  it('leaves the entry at a relation, through components', () => {
    expect(throughRelation(schemaOf, 'api::subtype.subtype', ['physicians', 0, 'slug'])).toEqual({
      relationPath: ['physicians'],
      index: 0,
      targetUid: 'api::physician.physician',
      field: 'slug',
    });
    expect(throughRelation(schemaOf, 'api::subtype.subtype', ['medicalReview', 'reviewer', 'slug'])).toEqual({
      relationPath: ['medicalReview', 'reviewer'],
      index: null,
      targetUid: 'api::physician.physician',
      field: 'slug',
    });
    expect(populateAlong(['medicalReview', 'reviewer'], ['slug'])).toEqual({ medicalReview: { populate: { reviewer: { fields: ['slug'] } } } });
  });

  it('stays on the entry for its own fields and components', () => {
    expect(throughRelation(schemaOf, 'api::subtype.subtype', ['slug'])).toBeNull();
    expect(throughRelation(schemaOf, 'api::location.location', ['hours', 0, 'closes'])).toBeNull();
    expect(throughRelation(schemaOf, 'api::subtype.subtype', ['medicalReview', 'lastReviewed'])).toBeNull();
  });

  it('names the physician a trial links to as its principal investigator, and a page its reviewer', async () => {
    const trial = await documents(strapi, 'api::clinical-trial.clinical-trial').findFirst({
      status: 'published',
      filters: { principalInvestigator: { $notNull: true } },
      populate: { principalInvestigator: true },
    });
    const pi = trial.principalInvestigator;
    const fix = await entryToFix(strapi, { type: 'clinical trial', slug: trial.slug, documentId: trial.documentId, field: 'principalInvestigator.slug', message: 'must be a slug' });
    expect(fix).toEqual({
      uid: 'api::physician.physician',
      type: 'physician',
      documentId: pi.documentId,
      slug: pi.slug,
      name: pi.fullName,
      field: 'slug',
      message: 'must be a slug',
      linkedFrom: { type: 'clinical trial', slug: trial.slug, field: 'principalInvestigator.slug' },
    });

    const subtype = await documents(strapi, 'api::subtype.subtype').findFirst({ status: 'published', populate: { reviewedBy: true } });
    const reviewer = await entryToFix(strapi, { type: 'subtype', slug: subtype.slug, documentId: subtype.documentId, field: 'reviewedBy.slug', message: 'm' });
    expect(reviewer).toMatchObject({ uid: 'api::physician.physician', documentId: subtype.reviewedBy.documentId, slug: subtype.reviewedBy.slug });
  });

  it('names the entry itself for its own field, with its title', async () => {
    const location = await documents(strapi, 'api::location.location').findFirst({ status: 'published' });
    expect(await entryToFix(strapi, { type: 'location', slug: location.slug, documentId: location.documentId, field: 'hours[0].closes', message: 'm' })).toEqual({
      uid: 'api::location.location',
      type: 'location',
      documentId: location.documentId,
      slug: location.slug,
      name: location.name,
      field: 'hours[0].closes',
      message: 'm',
      linkedFrom: null,
    });
    expect(await entryToFix(strapi, { type: 'site settings', slug: null, documentId: null, field: 'appointmentPhone', message: 'm' })).toMatchObject({
      uid: 'api::site-setting.site-setting',
      field: 'appointmentPhone',
    });
  });
});

describe('GET /site-build/status', () => {
  it('answers a signed-in admin with the build status and the entry to fix', async () => {
    const physician = await documents(strapi, 'api::physician.physician').findFirst({ status: 'published' });
    answer = {
      status: 200,
      body: {
        live: { id: 'r1', builtAt: '2026-12-01T10:42:00.000Z' },
        lastSuccess: built('r1', '2026-12-01T10:41:30.000Z', '2026-12-01T10:42:00.000Z'),
        lastFailure: failedBuild('2026-12-01T10:50:00.000Z', '2026-12-01T10:50:20.000Z', {
          type: 'physician',
          slug: physician.slug,
          documentId: physician.documentId,
          field: 'npi',
          message: 'must be exactly 10 digits (the NPI)',
        }),
        queue: idle,
        builds: { succeeded: 1, failed: 1 },
      },
    };
    const response = await adminApi(await signInAsLocalAdmin(), '/site-build/status');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      state: 'known',
      live: { builtAt: '2026-12-01T10:42:00.000Z' },
      building: false,
      failure: { entry: { uid: 'api::physician.physician', documentId: physician.documentId, name: physician.fullName, field: 'npi' } },
    });
    // Only what the admin needs: not the service's release ids or counters.
    expect(JSON.stringify(response.body)).not.toContain('buildsStarted');
    expect(JSON.stringify(response.body)).not.toContain('"r1"');
  });

  it('answers "unknown" at once when the rebuild service is down, and within seconds when it hangs', async () => {
    const admin = await signInAsLocalAdmin();
    process.env.REBUILD_STATUS_URL = 'http://127.0.0.1:9/status';
    try {
      expect((await adminApi(admin, '/site-build/status')).body).toEqual({ state: 'unknown', reason: 'the rebuild service is not reachable' });
    } finally {
      process.env.REBUILD_STATUS_URL = fakeStatusUrl;
    }
    answer = 'hang';
    const started = Date.now();
    const hung = await adminApi(admin, '/site-build/status');
    expect(hung.body).toEqual({ state: 'unknown', reason: 'the rebuild service did not answer within 2 s' });
    expect(Date.now() - started).toBeLessThan(10_000);
    answer = { status: 500, body: {} };
    expect((await adminApi(admin, '/site-build/status')).body).toEqual({ state: 'unknown', reason: 'the rebuild service answered 500' });
  });

  it('refuses anyone not signed in to the admin, API tokens included', async () => {
    answer = { status: 200, body: { live: { id: null, builtAt: null }, lastSuccess: null, lastFailure: null, queue: idle } };
    expect((await fetch(`${baseUrl}/site-build/status`)).status).toBe(401);
    expect((await fetch(`${baseUrl}/site-build/status`, { headers: { Authorization: `Bearer ${SITE_TOKEN}` } })).status).toBe(401);
    const minted = await adminApi(await signInAsLocalAdmin(), '/admin/admin-tokens', {
      method: 'POST',
      body: { name: `site build ${randomBytes(4).toString('hex')}`, lifespan: null, adminPermissions: [] },
    });
    expect(minted.status, JSON.stringify(minted.body)).toBe(201);
    adminTokenId = minted.body.data.id;
    const asAdminToken = await adminApi(minted.body.data.accessKey, '/site-build/status');
    expect(asAdminToken.status).toBe(403);
    expect(JSON.stringify(asAdminToken.body)).not.toContain('state');
  });
});
