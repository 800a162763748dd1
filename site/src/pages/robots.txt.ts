import type { APIRoute } from 'astro';
import { DEFAULT_SITE_URL } from '../lib/defaults';

/** robots.txt: everything may be crawled; the sitemap's absolute URL comes from `site` (SITE_URL). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site ?? DEFAULT_SITE_URL).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
