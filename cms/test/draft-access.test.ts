/**
 * Unreviewed drafts never reach an API token: "published only" is enforced in the document layer
 * (src/access/published-only.ts), so no path, query parameter, encoding or letter case gets past it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { DRAFTS_REFUSED_MESSAGE, readStatusFor } from '../src/access/published-only';
import { signInAsLocalAdmin, adminApi } from './admin-users';
import { validPhysicianData, documents } from './fixtures';
import { restQueryString } from '@mbc/shared';
import { PREVIEW_TOKEN, SITE_TOKEN, rest, startCms } from './strapi';

/** Text that exists only in drafts: if it shows in an answer, a draft leaked. */
const DRAFT_MARKER = 'UNREVIEWED-DRAFT-TEXT-7f3a';

let strapi: Core.Strapi;
let draftOnly: { documentId: string; slug: string };
let editedPublished: { documentId: string; slug: string };
let fullAccessToken: string;

beforeAll(async () => {
  ({ strapi } = await startCms());
  const physicians = documents(strapi, 'api::physician.physician');
  // A physician who exists only as a draft…
  const data = await validPhysicianData(strapi, 'draft-access');
  draftOnly = await physicians.create({ data: { ...data, title: DRAFT_MARKER } });
  // …and a published one with an unpublished edit.
  editedPublished = await physicians.findFirst({ status: 'published' });
  await physicians.update({ documentId: editedPublished.documentId, data: { title: DRAFT_MARKER } });
  // The overview page (a single type) with an unpublished edit.
  const overview = await documents(strapi, 'api::condition-page.condition-page').findFirst({ status: 'published' });
  await documents(strapi, 'api::condition-page.condition-page').update({ documentId: overview.documentId, data: { title: DRAFT_MARKER } });
  // A token an administrator might make with every permission: still no drafts.
  const tokens = strapi.service('admin::api-token-content-api');
  fullAccessToken = (await tokens.create({ name: 'draft-access tests (full access)', type: 'full-access', lifespan: null, description: '' })).accessKey;
});

afterAll(async () => {
  const physicians = documents(strapi, 'api::physician.physician');
  await physicians.delete({ documentId: draftOnly.documentId });
  await physicians.discardDraft({ documentId: editedPublished.documentId });
  const overview = await documents(strapi, 'api::condition-page.condition-page').findFirst({ status: 'published' });
  await documents(strapi, 'api::condition-page.condition-page').discardDraft({ documentId: overview.documentId });
});

/** Every way we could think of to ask the content API for a draft. */
function draftRequests(): string[] {
  const paths = ['/api/physicians', '/API/physicians', '/Api/Physicians', '/api/PHYSICIANS', '/api/physicians/', '/API/PHYSICIANS/'];
  const one = [`/api/physicians/${draftOnly.documentId}`, `/API/physicians/${draftOnly.documentId}`, `/api/Physicians/${editedPublished.documentId}`];
  const singles = ['/api/condition-page', '/API/condition-page', '/api/Condition-Page'];
  const queries = [
    'status=draft',
    'status=DRAFT',
    'Status=draft',
    '%73tatus=draft',
    'status=%64raft',
    'status[]=draft',
    'status[0]=draft',
    'status=draft&status=published',
    'status=published&status=draft',
    'publicationState=preview',
    `filters[slug][$eq]=${draftOnly.slug}&status=draft`,
    `filters[title][$eq]=${DRAFT_MARKER}&status=draft`,
    'populate=*&status=draft',
    '',
  ];
  return [...paths, ...one, ...singles].flatMap((path) => queries.map((query) => (query ? `${path}?${query}` : path)));
}

describe('API tokens read published content only', () => {
  it.each([
    ['the site-build token', () => SITE_TOKEN],
    ['a full-access token', () => fullAccessToken],
  ])('%s never gets a draft, whatever the path, query or letter case', async (_name, token) => {
    const leaks: string[] = [];
    for (const request of draftRequests()) {
      const answer = await rest(request, { token: token() });
      if (JSON.stringify(answer.body).includes(DRAFT_MARKER)) leaks.push(`${request} → ${answer.status}`);
      expect([200, 400, 403, 404], request).toContain(answer.status);
    }
    expect(leaks).toEqual([]);
  });

  it('asking for drafts is refused with 403 and a reason, in any letter case of the path', async () => {
    for (const path of ['/api/physicians?status=draft', '/API/physicians?status=draft', '/api/Physicians?status=draft', '/API/condition-page?status=draft']) {
      const answer = await rest(path, { token: SITE_TOKEN });
      expect(answer.status, path).toBe(403);
      expect(answer.body.error.message, path).toBe(DRAFTS_REFUSED_MESSAGE);
    }
  });

  it('still reads published entries (the site build keeps working)', async () => {
    const list = await rest('/API/physicians?pagination[pageSize]=100', { token: SITE_TOKEN });
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThan(0);
    expect(list.body.data.map((physician: { documentId: string }) => physician.documentId)).toContain(editedPublished.documentId);
    expect(list.body.data.map((physician: { documentId: string }) => physician.documentId)).not.toContain(draftOnly.documentId);
  });

  it('an editor signed in to the admin still sees the draft', async () => {
    const token = await signInAsLocalAdmin();
    const answer = await adminApi(token, `/content-manager/collection-types/api::physician.physician/${draftOnly.documentId}`);
    expect(answer.status).toBe(200);
    expect(answer.body.data.title).toBe(DRAFT_MARKER);
  });
});

describe("the draft preview server's token reads drafts and nothing else", () => {
  it('reads a draft-only entry and the unpublished edit when it asks for drafts', async () => {
    const one = await rest(`/api/physicians/${draftOnly.documentId}?status=draft`, { token: PREVIEW_TOKEN });
    expect(one.status).toBe(200);
    expect(one.body.data.title).toBe(DRAFT_MARKER);
    const list = await rest(`/api/physicians?status=draft&filters[documentId][$eq]=${editedPublished.documentId}`, { token: PREVIEW_TOKEN });
    expect(list.body.data.map((physician: { title: string }) => physician.title)).toEqual([DRAFT_MARKER]);
    const overview = await rest('/api/condition-page?status=draft', { token: PREVIEW_TOKEN });
    expect(overview.body.data.title).toBe(DRAFT_MARKER);
  });

  it('reads the published versions when it does not ask for drafts', async () => {
    const list = await rest(`/api/physicians?filters[documentId][$eq]=${editedPublished.documentId}`, { token: PREVIEW_TOKEN });
    expect(list.status).toBe(200);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0].title).not.toBe(DRAFT_MARKER);
  });

  it("answers the questions the preview asks to keep up (newest update, newest row, changes since, by documentId)", async () => {
    const ask = (query: Parameters<typeof restQueryString>[0]) => rest(`/api/physicians?${restQueryString({ status: 'draft', ...query })}`, { token: PREVIEW_TOKEN });
    const newestUpdate = await ask({ fields: ['updatedAt'], sort: 'updatedAt:desc', page: 1, pageSize: 1 });
    const newestRow = await ask({ fields: ['updatedAt'], sort: 'id:desc', page: 1, pageSize: 1 });
    expect(newestUpdate.status).toBe(200);
    expect(newestRow.status).toBe(200);
    const total = newestUpdate.body.meta.pagination.total as number;
    expect(typeof newestRow.body.data[0].id).toBe('number');
    const latest = newestUpdate.body.data[0] as { updatedAt: string; documentId: string };
    const since = await ask({ filters: { $or: [{ updatedAt: { $gte: latest.updatedAt } }, { id: { $gt: newestRow.body.data[0].id } }] }, pageSize: 500 });
    expect(since.status).toBe(200);
    expect(since.body.data.map((physician: { documentId: string }) => physician.documentId)).toContain(latest.documentId);
    expect(since.body.data.length).toBeLessThan(total);
    const everySince = await ask({ filters: { $or: [{ updatedAt: { $gte: '2000-01-01T00:00:00.000Z' } }, { id: { $gt: 0 } }] }, pageSize: 500 });
    expect(everySince.body.meta.pagination.total).toBe(total);
    const byId = await ask({ filters: { documentId: { $in: [draftOnly.documentId, editedPublished.documentId] } } });
    expect(byId.body.data.map((physician: { documentId: string }) => physician.documentId).sort()).toEqual([draftOnly.documentId, editedPublished.documentId].sort());
  });

  it('cannot read appointment requests, users or tokens, nor write anything', async () => {
    for (const path of ['/api/appointment-requests', '/api/appointment-requests?status=draft', '/api/users', '/admin/api-tokens']) {
      const answer = await rest(path, { token: PREVIEW_TOKEN });
      expect([401, 403, 404], path).toContain(answer.status);
    }
    const created = await rest('/api/physicians', { token: PREVIEW_TOKEN, method: 'POST', body: { data: { fullName: 'Not Allowed' } } });
    expect([403, 405]).toContain(created.status);
    const changed = await rest(`/api/physicians/${draftOnly.documentId}`, { token: PREVIEW_TOKEN, method: 'PUT', body: { data: { title: 'changed' } } });
    expect([403, 405]).toContain(changed.status);
    const deleted = await rest(`/api/physicians/${draftOnly.documentId}`, { token: PREVIEW_TOKEN, method: 'DELETE' });
    expect([403, 405]).toContain(deleted.status);
    const still = await rest(`/api/physicians/${draftOnly.documentId}?status=draft`, { token: PREVIEW_TOKEN });
    expect(still.body.data.title).toBe(DRAFT_MARKER);
  });
});

describe('readStatusFor (who may read what)', () => {
  it("lets the draft preview server's token (and no other) read drafts", () => {
    const previewTokenId = 7;
    expect(readStatusFor({ strategy: 'content-api-token', tokenId: previewTokenId }, 'draft', previewTokenId)).toBe('any');
    expect(readStatusFor({ strategy: 'content-api-token', tokenId: 8 }, 'draft', previewTokenId)).toEqual({ refused: DRAFTS_REFUSED_MESSAGE });
    // The same id under another strategy (an admin-kind token) is another token.
    expect(readStatusFor({ strategy: 'admin-token', tokenId: previewTokenId }, 'draft', previewTokenId)).toEqual({ refused: DRAFTS_REFUSED_MESSAGE });
    // Before the bootstrap named the token, no API token reads drafts.
    expect(readStatusFor({ strategy: 'content-api-token', tokenId: previewTokenId }, 'draft', null)).toEqual({ refused: DRAFTS_REFUSED_MESSAGE });
  });

  it('lets the CMS itself and signed-in editors read anything, and forces published for every other caller', () => {
    expect(readStatusFor(null, 'draft')).toBe('any');
    expect(readStatusFor({ strategy: 'admin' }, 'draft')).toBe('any');
    for (const strategy of ['content-api-token', 'admin-token', 'users-permissions', undefined]) {
      expect(readStatusFor({ strategy }, undefined)).toBe('published');
      expect(readStatusFor({ strategy }, 'published')).toBe('published');
      expect(readStatusFor({ strategy }, 'draft')).toEqual({ refused: DRAFTS_REFUSED_MESSAGE });
      expect(readStatusFor({ strategy }, ['draft'])).toEqual({ refused: DRAFTS_REFUSED_MESSAGE });
    }
  });
});
