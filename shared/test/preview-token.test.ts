import { describe, expect, it } from 'vitest';
import { PREVIEW_TOKEN_MAX_SECONDS, signPreviewToken, verifyPreviewToken } from '../src/preview-token';

const SECRET = 'a-preview-secret-of-at-least-32-characters';
const NOW = 1_800_000_000;
const claims = { uid: 'api::treatment.treatment', documentId: 'abc123', status: 'draft' as const };

describe('signed preview links', () => {
  it('carry the document and version they were signed for, until they expire', () => {
    const token = signPreviewToken(claims, SECRET, { nowSeconds: NOW, seconds: 600 });
    expect(verifyPreviewToken(token, SECRET, NOW + 599)).toEqual({ ok: true, claims: { ...claims, exp: NOW + 600 } });
    expect(verifyPreviewToken(token, SECRET, NOW + 600)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse a token signed with another secret, or whose claims were changed', () => {
    const token = signPreviewToken(claims, SECRET, { nowSeconds: NOW, seconds: 600 });
    expect(verifyPreviewToken(token, `${SECRET}-other`, NOW)).toEqual({ ok: false, reason: 'altered' });
    const [, signature] = token.split('.');
    const otherDocument = Buffer.from(JSON.stringify({ ...claims, documentId: 'someone-else', exp: NOW + 600 })).toString('base64url');
    expect(verifyPreviewToken(`${otherDocument}.${signature}`, SECRET, NOW)).toEqual({ ok: false, reason: 'altered' });
    const longer = Buffer.from(JSON.stringify({ ...claims, exp: NOW + 86_400 })).toString('base64url');
    expect(verifyPreviewToken(`${longer}.${signature}`, SECRET, NOW)).toEqual({ ok: false, reason: 'altered' });
  });

  it('call anything that is not a token malformed', () => {
    for (const bad of ['', 'abc', 'a.b.c', '.sig', 'payload.']) expect(verifyPreviewToken(bad, SECRET, NOW), bad).toEqual({ ok: false, reason: 'malformed' });
  });

  it('live at most an hour, and need a long secret', () => {
    expect(() => signPreviewToken(claims, SECRET, { nowSeconds: NOW, seconds: PREVIEW_TOKEN_MAX_SECONDS + 1 })).toThrow(/between 1 and 3600 seconds/);
    expect(() => signPreviewToken(claims, 'short', { nowSeconds: NOW, seconds: 60 })).toThrow(/at least 32 characters/);
  });
});
