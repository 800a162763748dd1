/**
 * Who may see the preview: whoever holds a preview link the CMS signed (Strapi's Preview opens
 * one), for as long as it lives (an hour at most). The link's token comes in `?preview=`; the
 * server then keeps it in a cookie, so links inside the preview keep working in Strapi's iframe.
 */
import { verifyPreviewToken, type PreviewClaims } from '@mbc/shared/preview-token';

export const PREVIEW_COOKIE = 'mbc_preview';
export const PREVIEW_PARAMETER = 'preview';

export type PreviewAccess =
  | { ok: true; claims: PreviewClaims; token: string; /** The token came in the link (not the cookie): it must be for this page. */ fromLink: boolean }
  | { ok: false; reason: 'missing' | 'malformed' | 'altered' | 'expired' };

/** The value of one cookie from a Cookie header; undefined if absent. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** The link's token wins over the cookie's (an editor opening another entry's preview). */
export function previewAccess(url: URL, cookieHeader: string | undefined, secret: string, nowSeconds: number): PreviewAccess {
  const fromLink = url.searchParams.get(PREVIEW_PARAMETER);
  const token = fromLink ?? cookieValue(cookieHeader, PREVIEW_COOKIE);
  if (!token) return { ok: false, reason: 'missing' };
  const check = verifyPreviewToken(token, secret, nowSeconds);
  if (!check.ok) return check;
  return { ok: true, claims: check.claims, token, fromLink: fromLink !== null };
}

/**
 * The cookie that keeps the preview open for the token's remaining life. Over https it must cross
 * sites (the admin on another domain frames the preview): SameSite=None, Secure and Partitioned,
 * so browsers that block third-party cookies still keep it for that admin. Over http (a local
 * start: the admin and the preview are the same site, 127.0.0.1) SameSite=Lax is enough.
 */
export function previewCookie(token: string, claims: PreviewClaims, nowSeconds: number, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor(claims.exp - nowSeconds));
  const attributes = [`${PREVIEW_COOKIE}=${token}`, 'Path=/', 'HttpOnly', `Max-Age=${maxAge}`];
  attributes.push(...(secure ? ['Secure', 'SameSite=None', 'Partitioned'] : ['SameSite=Lax']));
  return attributes.join('; ');
}
