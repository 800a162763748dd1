// @ts-check
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { DEFAULT_SITE_URL, DEFAULT_STRAPI_URL } from './src/lib/defaults.ts';

/**
 * A fully static site: every page is HTML built from the CMS's published content. Client JavaScript
 * only where a page needs it: Pagefind on /search/, the finders, the appointment request form.
 *
 * Environment:
 * - SITE_URL        the public URL, for canonical links, Open Graph and the sitemap (default http://127.0.0.1:4321)
 * - SITE_OUT_DIR    where to build (default dist); the rebuild service builds into fresh directories
 * - STRAPI_URL      the CMS (default http://127.0.0.1:1337); images are fetched from it at build time
 * - MEDIA_BASE_URL  where uploads are served from, when not the CMS (e.g. a CDN); also allowed for images
 * - CMS_PUBLIC_URL  the CMS as browsers reach it: the appointment form posts there (default STRAPI_URL)
 */
const SITE_URL = process.env.SITE_URL || DEFAULT_SITE_URL;
const STRAPI_URL = process.env.STRAPI_URL || DEFAULT_STRAPI_URL;
const OUT_DIR = process.env.SITE_OUT_DIR || 'dist';
/** Pages that carry robots noindex (the thank-you page after an appointment request), kept out of the sitemap. */
const NOT_IN_SITEMAP = new Set(['/appointments/thank-you/']);

/** Astro only optimizes remote images from hosts listed here. */
function remotePattern(/** @type {string} */ url) {
  const { protocol, hostname, port } = new URL(url);
  return { protocol: protocol.replace(/:$/, ''), hostname, ...(port ? { port } : {}) };
}
const imageHosts = [STRAPI_URL, process.env.MEDIA_BASE_URL?.trim()].filter(/** @returns {url is string} */ (url) => Boolean(url));

/**
 * The sitemap's <lastmod> per URL comes from the content: src/pages/sitemap-lastmod.json.ts writes
 * a path → date map (src/lib/lastmod.ts) into the build; this integration, listed before the sitemap,
 * reads it once the pages are built and removes the file, and the sitemap's serialize uses it.
 */
/** @type {Record<string, string>} */
let lastmodByPath = {};
const LASTMOD_FILE = 'sitemap-lastmod.json';
/** @type {import('@astrojs/sitemap').SitemapOptions} */
const sitemapOptions = {
  // Pages only (every page URL ends in /): not robots.txt or other files, nor noindex pages.
  filter: (page) => new URL(page).pathname.endsWith('/') && !NOT_IN_SITEMAP.has(new URL(page).pathname),
  serialize: (item) => {
    const lastmod = lastmodByPath[new URL(item.url).pathname];
    return lastmod ? { ...item, lastmod } : item;
  },
};
/** @type {import('astro').AstroIntegration} */
const sitemapLastmod = {
  name: 'mbc:sitemap-lastmod',
  hooks: {
    'astro:build:done': ({ dir, logger }) => {
      const file = fileURLToPath(new URL(LASTMOD_FILE, dir));
      try {
        lastmodByPath = JSON.parse(readFileSync(file, 'utf8'));
        rmSync(file);
        // sitemap-index.xml dates each sitemap by its latest page (the sitemap reads its options when it runs, after this).
        const latest = Math.max(...Object.values(lastmodByPath).map((date) => Date.parse(date)).filter(Number.isFinite));
        if (Number.isFinite(latest)) sitemapOptions.lastmod = new Date(latest);
      } catch (error) {
        logger.warn(`No ${LASTMOD_FILE} in the build (${error instanceof Error ? error.message : error}); the sitemap will have no <lastmod>.`);
      }
    },
  },
};

export default defineConfig({
  site: SITE_URL,
  output: 'static',
  outDir: OUT_DIR,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Content pages ship no JavaScript: no prefetch script, no dev toolbar in previews.
  prefetch: false,
  devToolbar: { enabled: false },
  image: {
    remotePatterns: imageHosts.map(remotePattern),
  },
  integrations: [
    sitemapLastmod,
    sitemap(sitemapOptions),
  ],
});
