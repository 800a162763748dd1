/**
 * Strapi's Preview button: the handler (src/preview/preview-url.ts, wired in config/admin.ts)
 * gives the entry's page on the draft preview server with a signed, expiring link, and nothing
 * for entries without a page or editors who may not read them.
 */
import type { Core } from '@strapi/strapi';
import { verifyPreviewToken } from '@mbc/shared/preview-token';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIEW_LINK_SECONDS, previewSettings, previewUrlFor, type PreviewLookups } from '../src/preview/preview-url';
import { adminApi, removeTestAdmins, signInAsLocalAdmin, signInWithRole } from './admin-users';
import { documents } from './fixtures';
import { PREVIEW_SECRET, PREVIEW_URL, startCms } from './strapi';

const SECRET = 'a-preview-secret-of-at-least-32-characters';
const settings = { enabled: true as const, url: 'https://preview.example.org', origin: 'https://preview.example.org', secret: SECRET };
const NOW = 1_800_000_000;

function lookups(overrides: Partial<PreviewLookups> = {}): PreviewLookups {
  return { canRead: () => true, slugOf: async () => ({ slug: 'an-entry' }), nowSeconds: () => NOW, ...overrides };
}

function tokenOf(url: string): string {
  return new URL(url).searchParams.get('preview')!;
}

describe('previewUrlFor', () => {
  it('opens the page of every content type that has one, with a signed link for that version', async () => {
    const cases: [string, string][] = [
      ['api::subtype.subtype', '/subtypes/an-entry/'],
      ['api::treatment.treatment', '/treatments/an-entry/'],
      ['api::diagnostic-test.diagnostic-test', '/diagnosis/'],
      ['api::clinical-trial.clinical-trial', '/clinical-trials/an-entry/'],
      ['api::location.location', '/locations/an-entry/'],
      ['api::physician.physician', '/doctors/an-entry/'],
      ['api::support-service.support-service', '/support/'],
      ['api::condition-page.condition-page', '/'],
      ['api::site-setting.site-setting', '/'],
    ];
    for (const [uid, pathname] of cases) {
      const url = await previewUrlFor(uid, { documentId: 'doc1', status: 'draft' }, settings, lookups());
      expect(url, uid).not.toBeNull();
      const parsed = new URL(url!);
      expect(parsed.origin).toBe('https://preview.example.org');
      expect(parsed.pathname, uid).toBe(pathname);
      const check = verifyPreviewToken(tokenOf(url!), SECRET, NOW);
      expect(check).toEqual({ ok: true, claims: { uid, documentId: 'doc1', status: 'draft', exp: NOW + PREVIEW_LINK_SECONDS } });
    }
  });

  it('keeps the section of a page: a diagnostic test opens at its place on /diagnosis/', async () => {
    const url = await previewUrlFor('api::diagnostic-test.diagnostic-test', { documentId: 'd', status: 'published' }, settings, lookups({ slugOf: async () => ({ slug: 'bone-scan' }) }));
    expect(new URL(url!).hash).toBe('#bone-scan');
    expect(verifyPreviewToken(tokenOf(url!), SECRET, NOW)).toMatchObject({ ok: true, claims: { status: 'published' } });
  });

  it('gives nothing for types without a page, missing versions, or editors who may not read the type', async () => {
    expect(await previewUrlFor('api::specialty.specialty', { documentId: 'd' }, settings, lookups())).toBeNull();
    expect(await previewUrlFor('api::appointment-request.appointment-request', { documentId: 'd' }, settings, lookups())).toBeNull();
    expect(await previewUrlFor('plugin::users-permissions.user', { documentId: 'd' }, settings, lookups())).toBeNull();
    expect(await previewUrlFor('api::treatment.treatment', { documentId: 'd', status: 'published' }, settings, lookups({ slugOf: async () => null }))).toBeNull();
    expect(await previewUrlFor('api::treatment.treatment', { documentId: 'd' }, settings, lookups({ canRead: () => false }))).toBeNull();
  });

  it('opens the version in its language: the locale is signed into the link, and the page is that language\'s, at that version\'s slug', async () => {
    const asked: (string | undefined)[] = [];
    const slugOf: PreviewLookups['slugOf'] = async (_uid, _documentId, _status, locale) => {
      asked.push(locale);
      return { slug: locale === 'es' ? 'cirugia' : 'surgery' };
    };
    const url = new URL((await previewUrlFor('api::treatment.treatment', { documentId: 'd', status: 'draft', locale: 'es' }, settings, lookups({ slugOf })))!);
    expect(asked).toEqual(['es']);
    expect(url.pathname).toBe('/es/treatments/cirugia/');
    expect(verifyPreviewToken(tokenOf(url.href), SECRET, NOW)).toMatchObject({ ok: true, claims: { documentId: 'd', status: 'draft', locale: 'es' } });
    const single = new URL((await previewUrlFor('api::site-setting.site-setting', { status: 'draft', locale: 'es' }, settings, lookups()))!);
    expect(single.pathname).toBe('/es/');
    const diagnosis = new URL((await previewUrlFor('api::diagnostic-test.diagnostic-test', { documentId: 'd', status: 'draft', locale: 'es' }, settings, lookups({ slugOf })))!);
    expect([diagnosis.pathname, diagnosis.hash]).toEqual(['/es/diagnosis/', '#cirugia']);
    const english = new URL((await previewUrlFor('api::treatment.treatment', { documentId: 'd', status: 'draft', locale: 'en' }, settings, lookups({ slugOf })))!);
    expect(english.pathname).toBe('/treatments/surgery/');
    const withoutLocale = new URL((await previewUrlFor('api::treatment.treatment', { documentId: 'd', status: 'draft' }, settings, lookups()))!);
    expect(withoutLocale.pathname.startsWith('/es/')).toBe(false);
  });

  it('opens a draft that has no slug yet on the home page, where the preview says what is missing', async () => {
    const url = await previewUrlFor('api::treatment.treatment', { documentId: 'd' }, settings, lookups({ slugOf: async () => ({ slug: null }) }));
    expect(new URL(url!).pathname).toBe('/');
    expect(verifyPreviewToken(tokenOf(url!), SECRET, NOW)).toMatchObject({ ok: true, claims: { uid: 'api::treatment.treatment', documentId: 'd' } });
  });
});

describe('previewSettings', () => {
  it('turns the Preview button off without a secret, and refuses a short secret or a bad address', () => {
    expect(previewSettings({})).toEqual({ enabled: false, why: 'PREVIEW_SECRET is not set' });
    expect(() => previewSettings({ PREVIEW_SECRET: 'short' })).toThrow(/PREVIEW_SECRET must be at least 32 characters/);
    expect(() => previewSettings({ PREVIEW_SECRET: SECRET, PREVIEW_URL: 'preview.example.org' })).toThrow(/PREVIEW_URL="preview.example.org" is not an http\(s\) address/);
    expect(previewSettings({ PREVIEW_SECRET: SECRET })).toMatchObject({ enabled: true, url: 'http://127.0.0.1:4323', origin: 'http://127.0.0.1:4323' });
    expect(previewSettings({ PREVIEW_SECRET: SECRET, PREVIEW_URL: 'https://preview.example.org/' })).toMatchObject({ url: 'https://preview.example.org' });
  });
});

describe("the admin's Preview (GET /content-manager/preview/url/:uid)", () => {
  let strapi: Core.Strapi;
  let treatment: { documentId: string; slug: string };

  beforeAll(async () => {
    ({ strapi } = await startCms());
    treatment = await documents(strapi, 'api::treatment.treatment').findFirst({ status: 'published' });
  });

  afterAll(async () => {
    await removeTestAdmins(strapi);
  });

  const previewPath = (uid: string, query: string) => `/content-manager/preview/url/${uid}?${query}`;

  it("gives an editor the treatment's page on the preview server, signed with the CMS's secret", async () => {
    const token = await signInAsLocalAdmin();
    const answer = await adminApi(token, previewPath('api::treatment.treatment', `documentId=${treatment.documentId}&status=draft`));
    expect(answer.status).toBe(200);
    const url = new URL(answer.body.data.url);
    expect(url.origin).toBe(PREVIEW_URL);
    expect(url.pathname).toBe(`/treatments/${treatment.slug}/`);
    const check = verifyPreviewToken(url.searchParams.get('preview')!, PREVIEW_SECRET, Date.now() / 1000);
    expect(check).toMatchObject({ ok: true, claims: { uid: 'api::treatment.treatment', documentId: treatment.documentId, status: 'draft' } });
  });

  it("gives an editor the Spanish version's page, in Spanish: under /es/, at its own slug", async () => {
    const token = await signInAsLocalAdmin();
    const spanish = await documents(strapi, 'api::treatment.treatment').findFirst({ status: 'published', locale: 'es' });
    const answer = await adminApi(token, previewPath('api::treatment.treatment', `documentId=${spanish.documentId}&status=draft&locale=es`));
    expect(answer.status).toBe(200);
    const url = new URL(answer.body.data.url);
    expect(url.pathname).toBe(`/es/treatments/${spanish.slug}/`);
    expect(verifyPreviewToken(url.searchParams.get('preview')!, PREVIEW_SECRET, Date.now() / 1000)).toMatchObject({ ok: true, claims: { documentId: spanish.documentId, locale: 'es' } });
  });

  it('lets the preview server be framed by the admin (frame-src allows its origin)', async () => {
    const { baseUrl } = await startCms();
    const response = await fetch(`${baseUrl}/admin`);
    expect(response.headers.get('content-security-policy')).toMatch(new RegExp(`frame-src[^;]*${PREVIEW_URL.replace(/[.:/]/g, '\\$&')}`));
  });

  it('gives no preview for appointment requests, nor for a role that cannot read the type', async () => {
    const admin = await signInAsLocalAdmin();
    const request = await adminApi(admin, previewPath('api::appointment-request.appointment-request', 'documentId=whatever&status=draft'));
    expect(request.body?.data?.url).toBeUndefined();
    const coordinator = await signInWithRole(strapi, 'Care coordinator', 'preview-coordinator@tests.local');
    const answer = await adminApi(coordinator, previewPath('api::treatment.treatment', `documentId=${treatment.documentId}&status=draft`));
    expect(answer.body?.data?.url).toBeUndefined();
  });

  it('refuses anyone not signed in', async () => {
    const { baseUrl } = await startCms();
    const response = await fetch(`${baseUrl}${previewPath('api::treatment.treatment', `documentId=${treatment.documentId}&status=draft`)}`);
    expect(response.status).toBe(401);
  });
});
