/**
 * The content rules hold on every path into the live site, not only on save: the admin's
 * Duplicate (clone), Publish, the list view's bulk publish, and the Document Service itself
 * (src/validation/document-middleware.ts). And every save refuses a slug the site cannot use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { checkSlug } from '@mbc/shared';
import { adminApi, signInAsLocalAdmin, signInWithRole } from './admin-users';
import { validLocationData, validPhysicianData, documents, type Loose } from './fixtures';
import { startCms } from './strapi';

const PHYSICIAN = 'api::physician.physician';
const CM = `/content-manager/collection-types/${PHYSICIAN}`;
/** Ten digits that fail the NPI check digit. */
const BAD_NPI = '1234567890';

let strapi: Core.Strapi;
let superAdmin: string;
let editor: string;
const created: string[] = [];

beforeAll(async () => {
  ({ strapi } = await startCms());
  superAdmin = await signInAsLocalAdmin();
  editor = await signInWithRole(strapi, 'Medical content editor', 'publish-rules-editor@tests.local');
});

afterAll(async () => {
  for (const documentId of created) await documents(strapi, PHYSICIAN).delete({ documentId });
});

/** A valid draft physician, then its NPI broken behind the rules' back (as data saved before a rule existed would be). */
async function draftWithBrokenNpi(suffix: string): Promise<string> {
  const draft = await documents(strapi, PHYSICIAN).create({ data: (await validPhysicianData(strapi, suffix)) });
  created.push(draft.documentId);
  await strapi.db.query(PHYSICIAN).update({ where: { id: draft.id }, data: { npi: BAD_NPI } });
  return draft.documentId;
}

async function publishedVersion(documentId: string) {
  return documents(strapi, PHYSICIAN).findOne({ documentId, status: 'published' });
}

function expectNpiRefused(answer: { status: number; body: Loose }) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  expect(answer.body.error.name).toBe('ValidationError');
  expect(answer.body.error.message).toMatch(/npi fails the NPI check digit/);
  expect(answer.body.error.details.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['npi'] })]));
}

describe('cloning (the admin\'s Duplicate)', () => {
  it.each([
    ['a super admin', () => superAdmin],
    ['a medical content editor', () => editor],
  ])('refuses a copy with an NPI that fails the check digit, for %s', async (_who, token) => {
    const source = await documents(strapi, PHYSICIAN).findFirst({ status: 'published' });
    const answer = await adminApi(token(), `${CM}/clone/${source.documentId}`, {
      method: 'POST',
      body: { fullName: 'Copied Physician', slug: `copied-physician-${Date.now()}`, npi: BAD_NPI },
    });
    expectNpiRefused(answer);
    expect(await documents(strapi, PHYSICIAN).findFirst({ filters: { npi: BAD_NPI }, status: 'draft' })).toBeNull();
  });

  it('refuses it through the Document Service too', async () => {
    const source = await documents(strapi, PHYSICIAN).findFirst({ status: 'published' });
    await expect(documents(strapi, PHYSICIAN).clone({ documentId: source.documentId, data: { npi: BAD_NPI, slug: 'clone-direct' } })).rejects.toThrow(
      /npi fails the NPI check digit/,
    );
  });

  it('accepts a copy that meets every rule', async () => {
    const source = await documents(strapi, PHYSICIAN).findFirst({ status: 'published' });
    const fresh = await validPhysicianData(strapi, 'clone-ok');
    const answer = await adminApi(superAdmin, `${CM}/clone/${source.documentId}`, {
      method: 'POST',
      body: { fullName: fresh.fullName, slug: fresh.slug, npi: fresh.npi },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    created.push(answer.body.data.documentId);
  });
});

describe('publishing', () => {
  it('the list view\'s bulk publish refuses a draft that breaks a rule, and nothing goes live', async () => {
    const documentId = await draftWithBrokenNpi('bulk-publish');
    const answer = await adminApi(editor, `${CM}/actions/bulkPublish`, { method: 'POST', body: { documentIds: [documentId] } });
    expectNpiRefused(answer);
    expect(await publishedVersion(documentId)).toBeNull();
  });

  it('the entry\'s Publish button refuses it too', async () => {
    const documentId = await draftWithBrokenNpi('single-publish');
    const answer = await adminApi(editor, `${CM}/${documentId}/actions/publish`, { method: 'POST', body: {} });
    expectNpiRefused(answer);
    expect(await publishedVersion(documentId)).toBeNull();
  });

  it('and so does the Document Service (scripts, imports)', async () => {
    const documentId = await draftWithBrokenNpi('service-publish');
    await expect(documents(strapi, PHYSICIAN).publish({ documentId })).rejects.toThrow(/cannot be published: npi fails the NPI check digit/);
    expect(await publishedVersion(documentId)).toBeNull();
  });

  it('a valid draft still publishes, alone or in bulk', async () => {
    const one = await documents(strapi, PHYSICIAN).create({ data: (await validPhysicianData(strapi, 'publish-ok-1')) });
    const two = await documents(strapi, PHYSICIAN).create({ data: (await validPhysicianData(strapi, 'publish-ok-2')) });
    created.push(one.documentId, two.documentId);
    const answer = await adminApi(editor, `${CM}/actions/bulkPublish`, { method: 'POST', body: { documentIds: [one.documentId, two.documentId] } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(await publishedVersion(one.documentId)).not.toBeNull();
    expect(await publishedVersion(two.documentId)).not.toBeNull();
  });
});

const BAD_SLUGS = ['../../etc', 'has space', 'ünïcode', 'Upper-Case', 'under_score', 'dot.ted', 'tilde~', 'double--hyphen', '-leading', 'trailing-', 'a/b', '%2e%2e'];

describe('slugs', () => {
  it.each(BAD_SLUGS)('a draft with the slug "%s" is refused at save, with the field named', async (slug) => {
    const data = { ...(await validPhysicianData(strapi, 'bad-slug')), slug };
    const answer = await adminApi(editor, CM, { method: 'POST', body: data });
    expect(answer.status, JSON.stringify(answer.body)).toBe(400);
    expect(answer.body.error.message).toMatch(/^slug /);
    expect(answer.body.error.details.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: ['slug'] })]));
  });

  it('every content type with a page checks its slug (a location, through the Document Service)', async () => {
    await expect(documents(strapi, 'api::location.location').create({ data: { ...validLocationData('slug'), slug: 'Durham_Clinic' } })).rejects.toThrow(
      /slug "Durham_Clinic" cannot be a page address/,
    );
    await expect(documents(strapi, 'api::specialty.specialty').create({ data: { name: 'Test specialty', slug: 'test specialty' } })).rejects.toThrow(
      /slug "test specialty" cannot be a page address/,
    );
  });

  it('checkSlug accepts the site\'s slugs and says what to fix', () => {
    for (const slug of ['hr-positive-her2-negative', 'maya-okafor', 'nct09912345', 'a']) expect(checkSlug(slug), slug).toBeNull();
    for (const slug of BAD_SLUGS) expect(checkSlug(slug), slug).toMatch(/lowercase letters a-z, digits and single hyphens/);
    expect(checkSlug('')).toMatch(/is required/);
    expect(checkSlug('a'.repeat(101))).toMatch(/101 characters long/);
  });
});
