/**
 * The HTTP headers the static site is served with: the local preview (scripts/rebuild/static-server.ts)
 * and production's nginx (deploy/nginx/site.conf, checked against this file by a test).
 */
import { siteContentSecurityPolicy } from '@mbc/shared';
import { DEFAULTS } from './config';

/**
 * The CMS origin browsers send the appointment request form to (the form's action and its script's
 * fetch): CMS_PUBLIC_URL, else STRAPI_URL, else the local CMS, as the site build bakes it into the form
 * (site/src/components/AppointmentForm/form-fields.ts intakeUrl).
 */
export function cmsPublicOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.CMS_PUBLIC_URL?.trim() || env.STRAPI_URL?.trim() || DEFAULTS.cmsUrl;
  return new URL(url).origin;
}

export function securityHeaders(cmsOrigin: string = cmsPublicOrigin()): Record<string, string> {
  return {
    'Content-Security-Policy': siteContentSecurityPolicy({ cmsOrigin, frameAncestors: [] }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'geolocation=(self), camera=(), microphone=(), payment=()',
  };
}

/** The headers for the CMS this process is configured with (CMS_PUBLIC_URL / STRAPI_URL). */
export const SECURITY_HEADERS: Record<string, string> = securityHeaders();
export const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const SHORT = 'public, max-age=300';

/**
 * Content-hashed files (everything under /_astro/, Pagefind's fragments and indexes) never change
 * under their name; pages must be revalidated so a publish shows at once.
 */
export function cacheControlFor(pathname: string): string {
  if (pathname.startsWith('/_astro/') || /^\/pagefind\/(fragment|index)\//.test(pathname)) return IMMUTABLE;
  if (/(\.html|\.xml|\.txt|\/)$/.test(pathname) || pathname.startsWith('/pagefind/')) return REVALIDATE;
  return SHORT;
}

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
