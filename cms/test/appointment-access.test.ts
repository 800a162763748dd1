import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { siteTokenActions } from '../src/bootstrap/api-token';
import { SITE_CONTENT_TYPES } from '../src/bootstrap/content-types';
import { CARE_COORDINATOR, MEDICAL_CONTENT_EDITOR, ensureAdminRoles } from '../src/bootstrap/roles';
import { VALID_REQUEST } from './appointment-fixtures';
import { adminApi, removeTestAdmins, signInAsLocalAdmin, signInWithRole } from './admin-users';
import { SITE_TOKEN, rest, startCms } from './strapi';
import { documents } from './fixtures';

const UID = 'api::appointment-request.appointment-request';
const LIST = `/content-manager/collection-types/${UID}`;
const PAYLOAD = '<script>alert(1)</script><img src=x onerror=alert(1)>';

let strapi: Core.Strapi;
let request: { documentId: string };
let fullAccessToken: string;
let fullAccessTokenId: number;
let adminTokenId: number | undefined;

beforeAll(async () => {
  ({ strapi } = await startCms());
  request = await documents(strapi, UID).create({
    data: { ...VALID_REQUEST, fullName: PAYLOAD, message: `Before ${PAYLOAD} after`, submittedAt: new Date().toISOString(), requestStatus: 'new' },
  });
  const created = await (strapi.service('admin::api-token')).create({
    name: `full access ${randomBytes(4).toString('hex')}`,
    type: 'full-access',
    lifespan: null,
  });
  fullAccessToken = created.accessKey;
  fullAccessTokenId = created.id;
});

afterAll(async () => {
  await removeTestAdmins(strapi);
  await (strapi.service('admin::api-token')).revoke(fullAccessTokenId);
  if (adminTokenId) await (strapi.service('admin::api-token-admin')).revoke(adminTokenId);
  await strapi.db.query(UID).deleteMany({});
});

describe('reading requests through the content API', () => {
  const reads = () => [
    '/api/appointment-requests',
    `/api/appointment-requests/${request.documentId}`,
    '/api/appointment-requests?populate=*',
    `/api/appointment-requests/${request.documentId}?fields[0]=fullName`,
  ];

  it('is impossible for anonymous visitors (403/404) and nothing leaks', async () => {
    for (const path of reads()) {
      const response = await rest(path);
      expect([403, 404], path).toContain(response.status);
      expect(JSON.stringify(response.body)).not.toContain('alert(1)');
    }
  });

  it('is impossible with the site-build token (403/404)', async () => {
    for (const path of reads()) {
      const response = await rest(path, { token: SITE_TOKEN });
      expect([403, 404], path).toContain(response.status);
      expect(JSON.stringify(response.body)).not.toContain('alert(1)');
    }
  });

  it('is impossible even with a full-access API token: there is no read route at all', async () => {
    for (const path of reads()) {
      const response = await rest(path, { token: fullAccessToken });
      expect([403, 404], path).toContain(response.status);
      expect(JSON.stringify(response.body)).not.toContain('alert(1)');
    }
    for (const method of ['PUT', 'DELETE']) {
      const response = await rest(`/api/appointment-requests/${request.documentId}`, { token: fullAccessToken, method, body: method === 'PUT' ? { data: { requestStatus: 'closed' } } : undefined });
      expect([403, 404, 405], method).toContain(response.status);
    }
    expect((await documents(strapi, UID).findOne({ documentId: request.documentId }))?.requestStatus).toBe('new');
  });

  it('is refused to an admin token, even one a super admin gave read permission on requests', async () => {
    const superAdmin = await signInAsLocalAdmin();
    const attributes = Object.keys(strapi.contentType(UID).attributes).filter((name) => (strapi.contentType(UID).attributes as Record<string, { description?: string }>)[name].description);
    const minted = await adminApi(superAdmin, '/admin/admin-tokens', {
      method: 'POST',
      body: {
        name: `requests reader ${randomBytes(4).toString('hex')}`,
        lifespan: null,
        adminPermissions: [{ action: 'plugin::content-manager.explorer.read', subject: UID, properties: { fields: attributes }, conditions: [] }],
      },
    });
    expect(minted.status, JSON.stringify(minted.body)).toBe(201);
    adminTokenId = minted.body.data.id;
    const asToken = await adminApi(minted.body.data.accessKey, LIST);
    expect(asToken.status).toBe(403);
    expect(JSON.stringify(asToken.body)).not.toContain('alert(1)');
    // The same super admin, signed in, still sees them.
    expect((await adminApi(superAdmin, LIST)).status).toBe(200);
  });

  it('cannot be pulled with a transfer token: remote data transfer is off', async () => {
    expect(strapi.config.get('server.transfer.remote.enabled')).toBe(false);
    const superAdmin = await signInAsLocalAdmin();
    const minted = await adminApi(superAdmin, '/admin/transfer/tokens', {
      method: 'POST',
      body: { name: `pull ${randomBytes(4).toString('hex')}`, permissions: ['pull'], lifespan: null },
    });
    // The transfer routes are not even there.
    expect(minted.status, JSON.stringify(minted.body)).toBe(404);
  });

  it('is not among the site token’s content types or permissions', () => {
    expect(SITE_CONTENT_TYPES as readonly string[]).not.toContain(UID);
    expect(siteTokenActions(strapi).filter((action) => action.includes('appointment'))).toEqual([]);
  });
});

/** What an event hub event carries, as far as this test reads it (entry events name their model). */
type EventPayload = { uid?: string; model?: string } | undefined;

describe('events and webhooks', () => {
  it('never hear of a request: the event hub emits nothing about one being created, changed or deleted', async () => {
    const events: { name: string; payload: EventPayload }[] = [];
    const unsubscribe = strapi.eventHub.subscribe(async (name: string, payload: EventPayload) => {
      events.push({ name, payload });
    });
    try {
      const created = await documents(strapi, UID).create({
        data: { ...VALID_REQUEST, submittedAt: new Date().toISOString(), requestStatus: 'new' },
      });
      await documents(strapi, UID).update({ documentId: created.documentId, data: { requestStatus: 'closed' } });
      await documents(strapi, UID).delete({ documentId: created.documentId });
      // Then an event that must come through: once it has, the request's would have too.
      const treatment = await documents(strapi, 'api::treatment.treatment').findFirst({ status: 'published' });
      await documents(strapi, 'api::treatment.treatment').publish({ documentId: treatment!.documentId });
      for (let wait = 0; wait < 50 && !events.some((event) => event.payload?.uid === 'api::treatment.treatment'); wait += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      unsubscribe();
    }
    expect(events.map((event) => `${event.name} ${event.payload?.uid}`)).toContain('entry.publish api::treatment.treatment');
    expect(events.filter((event) => event.payload?.uid === UID || event.payload?.model === 'appointment-request')).toEqual([]);
    expect(JSON.stringify(events.map((event) => event.payload))).not.toContain(VALID_REQUEST.phone);
  });
});

describe('the admin', () => {
  it('lets a care coordinator list and open requests, with markup kept as exact, inert text', async () => {
    const token = await signInWithRole(strapi, CARE_COORDINATOR.name, 'coordinator@tests.local');
    const list = await adminApi(token, LIST);
    expect(list.status).toBe(200);
    const listed = list.body.results.find((entry: { documentId: string }) => entry.documentId === request.documentId);
    expect(listed).toBeTruthy();

    const opened = await adminApi(token, `${LIST}/${request.documentId}`);
    expect(opened.status).toBe(200);
    expect(opened.body.data.fullName).toBe(PAYLOAD);
    expect(opened.body.data.message).toBe(`Before ${PAYLOAD} after`);
    expect(opened.body.data.phone).toBe(VALID_REQUEST.phone);

    // The admin shows these as plain text inputs (string/text), which React renders escaped.
    const attributes = strapi.contentType(UID).attributes as Record<string, { type: string; description?: string }>;
    expect(attributes.fullName.type).toBe('string');
    expect(attributes.message.type).toBe('text');
    const configuration = await strapi.plugin('content-manager').service('content-types').findConfiguration(strapi.contentType(UID));
    expect(configuration.metadatas.message.edit.description).toBe(attributes.message.description);
    // Newest first, with what a coordinator scans for.
    expect(configuration.layouts.list).toEqual(['submittedAt', 'fullName', 'requestType', 'language', 'requestStatus']);
    expect(configuration.settings).toMatchObject({ mainField: 'fullName', defaultSortBy: 'submittedAt', defaultSortOrder: 'DESC' });
  });

  it('lets a care coordinator change the status and notes, but not what the person sent', async () => {
    const token = await signInWithRole(strapi, CARE_COORDINATOR.name, 'coordinator@tests.local');
    const updated = await adminApi(token, `${LIST}/${request.documentId}`, {
      method: 'PUT',
      body: { requestStatus: 'contacted', staffNotes: 'Called on Tuesday; call back Friday.', fullName: 'Someone else' },
    });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const stored = await documents(strapi, UID).findOne({ documentId: request.documentId });
    expect(stored.requestStatus).toBe('contacted');
    expect(stored.staffNotes).toBe('Called on Tuesday; call back Friday.');
    expect(stored.fullName).toBe(PAYLOAD);
  });

  it('gives a care coordinator nothing else: no medical content', async () => {
    const token = await signInWithRole(strapi, CARE_COORDINATOR.name, 'coordinator@tests.local');
    expect((await adminApi(token, '/content-manager/collection-types/api::physician.physician')).status).toBe(403);
  });

  it('does not let a medical content editor see requests, while they can edit medical content', async () => {
    const token = await signInWithRole(strapi, MEDICAL_CONTENT_EDITOR.name, 'editor@tests.local');
    expect((await adminApi(token, LIST)).status).toBe(403);
    expect((await adminApi(token, `${LIST}/${request.documentId}`)).status).toBe(403);
    const physicians = await adminApi(token, '/content-manager/collection-types/api::physician.physician');
    expect(physicians.status).toBe(200);
    expect(physicians.body.results.length).toBeGreaterThan(0);
  });

  it('does not let Strapi’s default Editor or Author roles see requests either', async () => {
    for (const [role, email] of [
      ['Editor', 'strapi-editor@tests.local'],
      ['Author', 'strapi-author@tests.local'],
    ]) {
      const token = await signInWithRole(strapi, role, email);
      expect((await adminApi(token, LIST)).status, role).toBe(403);
    }
    const permissions = await strapi.db.query('admin::permission').findMany({ where: { subject: UID }, populate: ['role'] });
    // Role permissions only (an admin token's permissions have no role).
    const roles = new Set(permissions.filter((permission: { role?: unknown }) => permission.role).map((permission: { role: { name: string } }) => permission.role.name));
    expect([...roles].sort()).toEqual(['Care coordinator', 'Super Admin'].sort());
  });

  it('keeps the roles as defined on every start (idempotent)', async () => {
    const count = async () => strapi.db.query('admin::permission').count({});
    const before = await count();
    await ensureAdminRoles(strapi);
    expect(await count()).toBe(before);
    expect(await strapi.db.query('admin::role').count({ where: { name: CARE_COORDINATOR.name } })).toBe(1);
    expect(await strapi.db.query('admin::role').count({ where: { name: MEDICAL_CONTENT_EDITOR.name } })).toBe(1);
  });
});
