/**
 * The site's Content-Security-Policy, written once for the three places that serve the site's
 * pages: the local static server and production's nginx (scripts/rebuild/http-headers.ts, checked
 * against deploy/nginx by a test), and the draft preview server (site/preview/server.ts).
 *
 * Scripts: Pagefind's (on /search/, which needs WebAssembly), the site's own islands from /_astro/,
 * and JSON-LD data blocks. The only other origin is the CMS, and only for the appointment form:
 * posting it (form-action) and its script sending it (connect-src).
 */
export interface SitePolicyOptions {
  /** Where the appointment form may be sent; null sends it nowhere (the draft preview). */
  cmsOrigin: string | null;
  /** Who may show the page in a frame: nobody for the public site, the CMS admin for the preview. */
  frameAncestors: readonly string[];
}

export function siteContentSecurityPolicy({ cmsOrigin, frameAncestors }: SitePolicyOptions): string {
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self' 'unsafe-inline'",
    "script-src 'self' 'wasm-unsafe-eval'",
    cmsOrigin ? `connect-src 'self' ${cmsOrigin}` : "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    cmsOrigin ? `form-action 'self' ${cmsOrigin}` : "form-action 'none'",
    `frame-ancestors ${frameAncestors.length > 0 ? frameAncestors.join(' ') : "'none'"}`,
  ].join('; ');
}
