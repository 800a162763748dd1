import { describe, expect, test } from 'vitest';
import { signPreviewToken } from '@mbc/shared/preview-token';
import { cookieValue, PREVIEW_COOKIE, previewAccess, previewCookie } from '../../preview/access';

const SECRET = 'a-preview-secret-of-at-least-32-characters';
const NOW = 1_800_000_000;
const treatmentLink = (seconds = 600, status: 'draft' | 'published' = 'draft') =>
  signPreviewToken({ uid: 'api::treatment.treatment', documentId: 'treatment-immunotherapy', status }, SECRET, { nowSeconds: NOW, seconds });
const page = (token?: string) => new URL(`http://preview.test/treatments/immunotherapy/${token === undefined ? '' : `?preview=${encodeURIComponent(token)}`}`);

describe('previewAccess', () => {
  test('no link and no cookie: missing', () => {
    expect(previewAccess(page(), undefined, SECRET, NOW)).toEqual({ ok: false, reason: 'missing' });
    expect(previewAccess(page(), 'other=1', SECRET, NOW)).toEqual({ ok: false, reason: 'missing' });
    expect(previewAccess(page(''), undefined, SECRET, NOW)).toEqual({ ok: false, reason: 'missing' });
  });

  test('a link the CMS signed lets in, with its claims, until it expires', () => {
    const token = treatmentLink(600);

    expect(previewAccess(page(token), undefined, SECRET, NOW + 599)).toEqual({
      ok: true,
      token,
      fromLink: true,
      claims: { uid: 'api::treatment.treatment', documentId: 'treatment-immunotherapy', status: 'draft', exp: NOW + 600 },
    });
    expect(previewAccess(page(token), undefined, SECRET, NOW + 600)).toEqual({ ok: false, reason: 'expired' });
  });

  test('an altered link, one signed with another secret, and one that is not a token are refused', () => {
    const token = treatmentLink();
    const [payload, signature] = token.split('.') as [string, string];
    const otherClaims = Buffer.from(JSON.stringify({ uid: 'api::physician.physician', documentId: 'x', status: 'draft', exp: NOW + 600 })).toString('base64url');
    const otherSecret = signPreviewToken({ uid: 'api::treatment.treatment', status: 'draft' }, 'another-secret-of-at-least-32-characters', { nowSeconds: NOW, seconds: 600 });

    expect(previewAccess(page(`${otherClaims}.${signature}`), undefined, SECRET, NOW)).toEqual({ ok: false, reason: 'altered' });
    expect(previewAccess(page(`${payload}.${signature.slice(0, -2)}xx`), undefined, SECRET, NOW)).toEqual({ ok: false, reason: 'altered' });
    expect(previewAccess(page(otherSecret), undefined, SECRET, NOW)).toEqual({ ok: false, reason: 'altered' });
    expect(previewAccess(page('not-a-token'), undefined, SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
    expect(previewAccess(page('a.b.c'), undefined, SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  test('the cookie lets in on any page; a link wins over it, even a bad one', () => {
    const cookieToken = treatmentLink(600, 'published');
    const cookie = `theme=dark; ${PREVIEW_COOKIE}=${cookieToken}; other=1`;
    const linkToken = treatmentLink(300, 'draft');

    expect(previewAccess(new URL('http://preview.test/doctors/'), cookie, SECRET, NOW)).toMatchObject({ ok: true, fromLink: false, token: cookieToken, claims: { status: 'published' } });
    expect(previewAccess(page(linkToken), cookie, SECRET, NOW)).toMatchObject({ ok: true, fromLink: true, token: linkToken, claims: { status: 'draft' } });
    expect(previewAccess(page('not-a-token'), cookie, SECRET, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  test('an expired cookie is refused', () => {
    const cookie = `${PREVIEW_COOKIE}=${treatmentLink(60)}`;

    expect(previewAccess(new URL('http://preview.test/'), cookie, SECRET, NOW + 61)).toEqual({ ok: false, reason: 'expired' });
  });
});

describe('cookieValue', () => {
  test('finds one cookie by its exact name', () => {
    expect(cookieValue('a=1; mbc_preview=xyz; b=2', 'mbc_preview')).toBe('xyz');
    expect(cookieValue('not_mbc_preview=1', 'mbc_preview')).toBeUndefined();
    expect(cookieValue(undefined, 'mbc_preview')).toBeUndefined();
  });
});

describe('previewCookie', () => {
  const claims = { uid: 'api::treatment.treatment', status: 'draft' as const, exp: NOW + 1800 };
  const attributes = (cookie: string) => cookie.split('; ');

  test('over http (a local start): HttpOnly, SameSite=Lax, for the remaining life of the token', () => {
    const cookie = previewCookie('the-token', claims, NOW + 0.5, false);

    expect(attributes(cookie)).toEqual([`${PREVIEW_COOKIE}=the-token`, 'Path=/', 'HttpOnly', 'Max-Age=1799', 'SameSite=Lax']);
  });

  test('over https (an admin on another site frames the preview): Secure, SameSite=None and Partitioned', () => {
    const cookie = previewCookie('the-token', claims, NOW + 1000, true);

    expect(attributes(cookie)).toEqual(expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=None', 'Partitioned', 'Max-Age=800', 'Path=/']));
    expect(cookie).not.toContain('SameSite=Lax');
  });

  test('never a negative Max-Age', () => {
    expect(attributes(previewCookie('t', claims, NOW + 5000, false))).toContain('Max-Age=0');
  });
});
