/// <reference types="node" />
/**
 * Signed, expiring preview links (Node only: `@mbc/shared/preview-token`, never the browser bundle).
 *
 * The CMS's preview handler signs which document (and which version of it) an editor may see;
 * the preview server checks the signature and the expiry before it renders anything. A token is
 * `<claims>.<signature>`: the claims as base64url JSON, and an HMAC-SHA256 of that text with the
 * preview secret (PREVIEW_SECRET, generated into cms/.env like the CMS's other secrets).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Links live at most an hour: an editor opens the preview from the admin, which signs a fresh one. */
export const PREVIEW_TOKEN_MAX_SECONDS = 3600;

export interface PreviewClaims {
  /** Strapi's content type uid, e.g. api::treatment.treatment. */
  uid: string;
  /** The document; absent for a single type. */
  documentId?: string;
  status: 'draft' | 'published';
  locale?: string;
  /** Expiry, Unix seconds. */
  exp: number;
}

export type PreviewTokenCheck =
  | { ok: true; claims: PreviewClaims }
  | { ok: false; reason: 'malformed' | 'altered' | 'expired' };

const signatureOf = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

/** A token for these claims, valid for `seconds` (at most an hour) from `nowSeconds`. */
export function signPreviewToken(claims: Omit<PreviewClaims, 'exp'>, secret: string, options: { nowSeconds: number; seconds: number }): string {
  if (secret.length < 32) throw new Error('The preview secret must be at least 32 characters (PREVIEW_SECRET).');
  if (!(options.seconds > 0 && options.seconds <= PREVIEW_TOKEN_MAX_SECONDS)) {
    throw new Error(`A preview link lives between 1 and ${PREVIEW_TOKEN_MAX_SECONDS} seconds, not ${options.seconds}.`);
  }
  const payload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(options.nowSeconds + options.seconds) })).toString('base64url');
  return `${payload}.${signatureOf(payload, secret)}`;
}

function isClaims(value: unknown): value is PreviewClaims {
  if (typeof value !== 'object' || value === null) return false;
  const claims = value as Record<string, unknown>;
  return (
    typeof claims.uid === 'string' &&
    (claims.documentId === undefined || typeof claims.documentId === 'string') &&
    (claims.status === 'draft' || claims.status === 'published') &&
    (claims.locale === undefined || typeof claims.locale === 'string') &&
    typeof claims.exp === 'number' &&
    Number.isFinite(claims.exp)
  );
}

/** Checks a token's signature, then its expiry; the claims only when both hold. */
export function verifyPreviewToken(token: string, secret: string, nowSeconds: number): PreviewTokenCheck {
  const parts = token.split('.');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { ok: false, reason: 'malformed' };
  const [payload, signature] = parts as [string, string];
  const expected = Buffer.from(signatureOf(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'altered' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isClaims(claims)) return { ok: false, reason: 'malformed' };
  if (claims.exp <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}
