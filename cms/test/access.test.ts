import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { COLLECTION_ENDPOINTS, SINGLE_ENDPOINTS } from './content-api';
import { STRAPI_DEFAULT_TOKENS, removeStrapiDefaultTokens } from '../src/bootstrap/api-token';
import { SITE_TOKEN, rest, startCms } from './strapi';
import { documents } from './fixtures';

let strapi: Core.Strapi;
let somePhysician: { documentId: string; slug: string };

beforeAll(async () => {
  ({ strapi } = await startCms());
  somePhysician = await documents(strapi, 'api::physician.physician').findFirst({ status: 'published' });
});

describe('anonymous visitors', () => {
  it.each(COLLECTION_ENDPOINTS)('get 403 from every action on /api/%s', async (endpoint) => {
    const calls = [
      rest(`/api/${endpoint}`),
      rest(`/api/${endpoint}/${somePhysician.documentId}`),
      rest(`/api/${endpoint}`, { method: 'POST', body: { data: { name: 'x' } } }),
      rest(`/api/${endpoint}/${somePhysician.documentId}`, { method: 'PUT', body: { data: { name: 'x' } } }),
      rest(`/api/${endpoint}/${somePhysician.documentId}`, { method: 'DELETE' }),
    ];
    for (const response of await Promise.all(calls)) expect(response.status).toBe(403);
  });

  it.each(SINGLE_ENDPOINTS)('get 403 from every action on /api/%s', async (endpoint) => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await rest(`/api/${endpoint}`, { method, body: method === 'PUT' ? { data: {} } : undefined });
      expect(response.status, method).toBe(403);
    }
  });

  it('cannot register an account to get the authenticated role', async () => {
    const response = await rest('/api/auth/local/register', {
      method: 'POST',
      body: { username: 'visitor', email: 'visitor@example.org', password: 'Visitor123' },
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await strapi.db.query('plugin::users-permissions.user').count()).toBe(0);
  });
});

describe('the site-build token', () => {
  it.each([...COLLECTION_ENDPOINTS, ...SINGLE_ENDPOINTS])('reads /api/%s', async (endpoint) => {
    const response = await rest(`/api/${endpoint}`, { token: SITE_TOKEN });
    expect(response.status).toBe(200);
    expect(response.body.data).toBeTruthy();
  });

  it('cannot create, update or delete', async () => {
    for (const endpoint of COLLECTION_ENDPOINTS) {
      const create = await rest(`/api/${endpoint}`, { token: SITE_TOKEN, method: 'POST', body: { data: { name: 'x' } } });
      const update = await rest(`/api/${endpoint}/${somePhysician.documentId}`, { token: SITE_TOKEN, method: 'PUT', body: { data: { name: 'x' } } });
      const remove = await rest(`/api/${endpoint}/${somePhysician.documentId}`, { token: SITE_TOKEN, method: 'DELETE' });
      for (const response of [create, update, remove]) expect([403, 405]).toContain(response.status);
    }
    for (const endpoint of SINGLE_ENDPOINTS) {
      const update = await rest(`/api/${endpoint}`, { token: SITE_TOKEN, method: 'PUT', body: { data: {} } });
      const remove = await rest(`/api/${endpoint}`, { token: SITE_TOKEN, method: 'DELETE' });
      for (const response of [update, remove]) expect([403, 405]).toContain(response.status);
    }
    const stillThere = await documents(strapi, 'api::physician.physician').findOne({ documentId: somePhysician.documentId, status: 'published' });
    expect(stillThere).toBeTruthy();
  });

  it('cannot read users or anything outside the site content', async () => {
    expect((await rest('/api/users', { token: SITE_TOKEN })).status).toBe(403);
  });

  it('reads published entries only, never drafts', async () => {
    const physicians = documents(strapi, 'api::physician.physician');
    const template = await physicians.findOne({
      documentId: somePhysician.documentId,
      status: 'published',
      populate: { locations: true, specialty: true },
    });
    const draft = await physicians.create({
      data: {
        fullName: 'Unpublished Draft',
        slug: 'unpublished-draft',
        credentials: 'MD',
        title: 'Draft only',
        npi: '9900000990',
        languages: [{ language: 'English' }],
        bio: template.bio,
        specialty: template.specialty.documentId,
        locations: template.locations.map((location: { documentId: string }) => location.documentId),
      },
    });
    expect(draft.publishedAt).toBeNull();

    const list = await rest('/api/physicians?filters[slug][$eq]=unpublished-draft', { token: SITE_TOKEN });
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([]);
    expect((await rest(`/api/physicians/${draft.documentId}`, { token: SITE_TOKEN })).status).toBe(404);
    // Every other way of asking: test/draft-access.test.ts.
    const asked = await rest('/api/physicians?status=draft', { token: SITE_TOKEN });
    expect(asked.status).toBe(403);
    expect(asked.body.error.message).toMatch(/only published content/);

    // An unpublished edit of a published entry stays invisible too.
    await physicians.update({ documentId: somePhysician.documentId, data: { title: 'Edited but not published' } });
    const published = await rest(`/api/physicians/${somePhysician.documentId}`, { token: SITE_TOKEN });
    expect(published.body.data.title).not.toBe('Edited but not published');
    await physicians.discardDraft({ documentId: somePhysician.documentId });
    await physicians.delete({ documentId: draft.documentId });
  });
});

describe("Strapi's default API tokens", () => {
  it('are not left behind: no "Full Access" or "Read Only" token exists after start', async () => {
    const names = (await strapi.db.query('admin::api-token').findMany({ select: ['name'] })).map((token: { name: string }) => token.name);
    expect(names).not.toContain('Full Access');
    expect(names).not.toContain('Read Only');
  });

  it('are removed at start when they come back; a token an administrator named the same on purpose stays', async () => {
    const tokens = strapi.service('admin::api-token-content-api');
    for (const token of STRAPI_DEFAULT_TOKENS) {
      await tokens.create({ ...token, kind: 'content-api', type: 'full-access', lifespan: null });
    }
    const deliberate = await tokens.create({ name: 'Full Access (nightly export)', description: 'Made on purpose', kind: 'content-api', type: 'read-only', lifespan: null });
    await removeStrapiDefaultTokens(strapi);
    const names = (await strapi.db.query('admin::api-token').findMany({ select: ['name'] })).map((token: { name: string }) => token.name);
    expect(names).not.toContain('Full Access');
    expect(names).not.toContain('Read Only');
    expect(names).toContain('Full Access (nightly export)');
    await tokens.revoke(deliberate.id);
  });
});
