// @ts-check
import node from '@astrojs/node';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { DEFAULT_SITE_URL, DEFAULT_STRAPI_URL } from './src/lib/defaults.ts';
import { fileURLToPath } from 'node:url';
import { cmsRecordsDir } from './src/lib/cms/records';
import { incrementalBuild } from './src/lib/incremental/integration';
import { LOCALE_CODES, localePath, paths } from '@mbc/shared';
import { buildAlternatesMap, buildLastmodMap, latest, readSiteContent } from './src/lib/lastmod';
import { notFoundPage, sitePages } from './src/lib/touched-pages';
import { localeRoutes } from './src/lib/locale-routes';
import { siteContentIn } from './src/lib/localized-content';
import { languageTag } from './src/i18n/index.ts';
import { reportFailure, reportSettingsFromEnv, reportSummary } from './src/lib/report/content-report';
import { writeContentReport } from './src/lib/report/write';
import { siteSearchIndex } from './src/lib/search/integration';

/**
 * A fully static site: every page is HTML built from the CMS's published content. Client JavaScript
 * only where a page needs it: Pagefind on /search/ (its index is built with the pages:
 * src/lib/search/), the finders, the appointment request form.
 *
 * Environment:
 * - SITE_URL        the public URL, for canonical links, Open Graph and the sitemap (default http://127.0.0.1:4321)
 * - SITE_OUT_DIR    where to build (default dist); the rebuild service builds into fresh directories
 * - SITE_CACHE_DIR  Astro's cache (content store, optimized images; default node_modules/.astro): builds side by side each need their own
 * - SITE_FULL_SYNC  `1` reads every entry from the CMS; otherwise each type reads only what changed since the last
 *                   build in the same cache dir (an incremental sync: src/lib/cms/loader.ts)
 * - STRAPI_URL      the CMS (default http://127.0.0.1:1337); images are fetched from it at build time
 * - MEDIA_BASE_URL  where uploads are served from, when not the CMS (e.g. a CDN); also allowed for images
 * - CMS_PUBLIC_URL  the CMS as browsers reach it: the appointment form posts there (default STRAPI_URL)
 * - READING_GRADE_TARGET, REPORT_FAIL_ON, REPORT_DATE  the content report's settings (src/lib/report/content-report.ts)
 * - SITE_INCREMENTAL_FROM  the live release's folder: render only the pages the content changes since it
 *                   touch, keep the others from it (src/lib/incremental/); SITE_FULL_BUILD=1 builds every page anyway
 * - SITE_BUILD      `preview` builds the draft preview server instead (site/preview/): the same pages,
 *                   rendered on request from the CMS's drafts, into PREVIEW_OUT_DIR (default dist-preview)
 */
const SITE_URL = process.env.SITE_URL || DEFAULT_SITE_URL;
const STRAPI_URL = process.env.STRAPI_URL || DEFAULT_STRAPI_URL;
/** The draft preview server's build: every page rendered on request (site/preview/server.ts serves it). */
const PREVIEW_BUILD = process.env.SITE_BUILD === 'preview';
if (process.env.SITE_BUILD && !PREVIEW_BUILD) {
  throw new Error(`SITE_BUILD=${JSON.stringify(process.env.SITE_BUILD)} is not a build: leave it unset for the static site, or set it to "preview" for the draft preview server.`);
}
/** The pages; each is the default locale's at its route and is injected under /[locale] for the others. */
const PAGES_DIR = fileURLToPath(new URL('./src/pages/', import.meta.url));
const OUT_DIR = PREVIEW_BUILD ? process.env.PREVIEW_OUT_DIR || 'dist-preview' : process.env.SITE_OUT_DIR || 'dist';
/** Pages that carry robots noindex (the thank-you page after an appointment request; a locale's not-found page), in every locale, kept out of the sitemap. */
const NOT_IN_SITEMAP = new Set(LOCALE_CODES.flatMap((locale) => [localePath(locale, paths.appointmentThankYou), notFoundPage(locale)]));

/** Astro only optimizes remote images from hosts listed here. */
function remotePattern(/** @type {string} */ url) {
  const { protocol, hostname, port } = new URL(url);
  return { protocol: protocol.replace(/:$/, ''), hostname, ...(port ? { port } : {}) };
}
const imageHosts = [STRAPI_URL, process.env.MEDIA_BASE_URL?.trim()].filter(/** @returns {url is string} */ (url) => Boolean(url));

/**
 * The CMS records (src/lib/cms/records.ts): the loaders write every entry's full record into the
 * cache dir, and the pages read them from there (src/lib/content.ts) through
 * import.meta.env.CMS_RECORDS_DIR, set here, so Astro's content store (which Astro 5 bundles into
 * the server build) holds ids and digests only.
 *
 * `contentOfThisBuild()` is this build's content for the integrations (src/lib/lastmod.ts), read once
 * per build: call it from astro:build:start or a later hook, once Astro has synced content.
 * @returns {import('astro').AstroIntegration}
 */
function cmsRecords() {
  return {
    name: 'mbc:cms-records',
    hooks: {
      // Runs at the start of every build, before the content sync; its time tells this build's records from older ones.
      'astro:config:setup': ({ config, updateConfig }) => {
        thisBuild = { cacheDir: config.cacheDir, buildStartedAt: new Date() };
        builtContent = undefined;
        updateConfig({ vite: { define: { 'import.meta.env.CMS_RECORDS_DIR': JSON.stringify(cmsRecordsDir(config.cacheDir)) } } });
      },
    },
  };
}
/** @type {{ cacheDir: URL; buildStartedAt: Date } | undefined} */
let thisBuild;
const incremental = incrementalBuild({
  content: () => contentOfThisBuild(),
  recordsDir: () => {
    if (!thisBuild) throw new Error('The mbc:cms-records integration has not run.');
    return cmsRecordsDir(thisBuild.cacheDir);
  },
});
/** @type {Promise<import('./src/lib/lastmod').SiteContent> | undefined} */
let builtContent;
function contentOfThisBuild() {
  if (!thisBuild) throw new Error('The mbc:cms-records integration has not run: list it in astro.config.mjs before the integrations that read the content.');
  return (builtContent ??= readSiteContent(thisBuild));
}

/**
 * The content report (src/lib/report/): once the pages are built, content-report.json beside the
 * output folder (never served) and a short summary in the build log. With REPORT_FAIL_ON, the
 * findings it names fail the build, worded like the loader's refusals.
 * @returns {import('astro').AstroIntegration}
 */
function contentReport() {
  /** @type {import('./src/lib/report/content-report').ReportSettings} */
  let settings;
  return {
    name: 'mbc:content-report',
    hooks: {
      // Settings are checked before anything is built: a typo in REPORT_FAIL_ON stops the build at once.
      'astro:build:start': () => {
        settings = reportSettingsFromEnv(process.env);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const content = await contentOfThisBuild();
        const { report, file, pagesRead, pagesLinkChecked } = await writeContentReport({
          outDir: fileURLToPath(dir),
          content: {
            subtype: content.subtypes,
            treatment: content.treatments,
            diagnosticTest: content.diagnosticTests,
            clinicalTrial: content.clinicalTrials,
            supportService: content.supportServices,
            conditionPage: [content.conditionPage],
          },
          settings,
          siteOrigin: SITE_URL.replace(/\/+$/, ''),
          // An incremental build's pages kept from the live release keep their findings too.
          keptFromLive: incremental.keptFromLive(),
        });
        for (const line of reportSummary(report, file).split('\n')) logger.info(line);
        if (pagesRead < report.summary.pages) logger.info(`content report: ${pagesRead} page(s) read, the findings of the other ${report.summary.pages - pagesRead} kept from the live release.`);
        if (pagesLinkChecked < report.summary.pages) logger.info(`content report: links checked on ${pagesLinkChecked} page(s); the other ${report.summary.pages - pagesLinkChecked} are the live release's, naming nothing it removed.`);
        const failure = reportFailure(report);
        if (failure) throw new Error(failure);
      },
    },
  };
}

/**
 * The sitemap, each page dated (<lastmod>) by the content it shows (src/lib/lastmod.ts), and
 * sitemap-index.xml dating each sitemap by its latest page. One integration, so the dates are read
 * before the sitemap is written whatever else the integrations list holds.
 * @returns {import('astro').AstroIntegration}
 */
function sitemapWithLastmod() {
  /** @type {Record<string, string>} */
  let lastmodByPath = {};
  /** @type {import('./src/lib/lastmod').AlternatesMap} */
  let alternatesByPath = {};
  /** @type {import('@astrojs/sitemap').SitemapOptions} */
  const options = {
    // Pages only (every page URL ends in /): not robots.txt or other files, nor noindex pages.
    filter: (page) => new URL(page).pathname.endsWith('/') && !NOT_IN_SITEMAP.has(new URL(page).pathname),
    serialize: (item) => {
      const pathname = new URL(item.url).pathname;
      // The doctor directory's later pages show what /doctors/ is dated by (every physician).
      const lastmod = lastmodByPath[pathname] ?? (pathname.startsWith('/doctors/page/') ? lastmodByPath['/doctors/'] : undefined);
      // The same page in every language it is in (xhtml:link hreflang), itself included.
      const alternates = alternatesByPath[pathname] ?? [];
      const links = alternates.length > 1 ? alternates.map((page) => ({ lang: languageTag(page.locale), url: new URL(page.path, item.url).href })) : undefined;
      return { ...item, ...(lastmod ? { lastmod } : {}), ...(links ? { links } : {}) };
    },
  };
  const inner = sitemap(options);
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (params) => {
        const content = await contentOfThisBuild();
        const sitePagesOfBuild = sitePages(content);
        lastmodByPath = buildLastmodMap(content, sitePagesOfBuild);
        alternatesByPath = buildAlternatesMap(sitePagesOfBuild);
        const newest = latest(Object.values(lastmodByPath));
        if (newest) options.lastmod = new Date(newest);
        // Every page of the release, in one order: an incremental build renders only some of them.
        const pages = incremental.releasePages().map((page) => ({ pathname: page.replace(/^\//, '') }));
        await inner.hooks['astro:build:done']?.({ ...params, pages });
      },
    },
  };
}

export default defineConfig({
  site: SITE_URL,
  outDir: OUT_DIR,
  ...(PREVIEW_BUILD
    ? // site/preview/server.ts imports the handler and serves it (ASTRO_NODE_AUTOSTART=disabled).
      { output: 'server', adapter: node({ mode: 'standalone' }) }
    : { output: 'static' }),
  // The preview's build keeps its own cache, so it can run beside a site build (npm start does).
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : PREVIEW_BUILD ? { cacheDir: 'node_modules/.astro-preview' } : {}),
  trailingSlash: 'always',
  // Pages are rendered 4 at a time: one at a time, the build's main thread sat idle a quarter of the
  // render phase at 10,000 physicians, waiting for each page's folder and file to be written.
  build: { format: 'directory', concurrency: 4 },
  // Content pages ship no JavaScript: no prefetch script, no dev toolbar in previews.
  prefetch: false,
  devToolbar: { enabled: false },
  image: {
    remotePatterns: imageHosts.map(remotePattern),
  },
  // The records first, as the others read them. The incremental build next: its merge gives the
  // others the whole release. The sitemap before the report: pages link to
  // sitemap-index.xml, which the report's link check must find. The search index last, so the
  // sitemap and the report do their work while Pagefind writes its bundle.
  // The preview has none of them but the locales' routes: it is never indexed, has no search bundle,
  // and builds no pages to report on. Every page in every locale (src/lib/locale-routes.ts) comes first.
  integrations: PREVIEW_BUILD
    ? [localeRoutes({ pagesDir: PAGES_DIR })]
    : [localeRoutes({ pagesDir: PAGES_DIR }), cmsRecords(), incremental.integration, sitemapWithLastmod(), contentReport(), siteSearchIndex({
        // Each locale's profiles go in as records from their data, shown in that locale's words.
        physicians: async () => {
          const content = await contentOfThisBuild();
          return LOCALE_CODES.map((locale) => ({ locale, physicians: siteContentIn(content, locale).physicians }));
        },
        // In an incremental build, the live release's bundle is kept when its inputs are this build's.
        reuse: incremental.searchIndex,
      })],
  vite: {
    // `import.meta.env.PREVIEW`: src/lib/content.ts reads the request's draft content instead of the content layer.
    define: { 'import.meta.env.PREVIEW': JSON.stringify(PREVIEW_BUILD) },
  },
});
