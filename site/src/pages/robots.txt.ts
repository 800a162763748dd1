import type { APIRoute } from 'astro';

/** robots.txt: everything may be crawled; the sitemap's absolute URL comes from `site` (SITE_URL). */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('sitemap-index.xml', site ?? 'http://127.0.0.1:4321').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
