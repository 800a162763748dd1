import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { searchIndexLine } from './build-log';
import { startSearchIndex, type PhysiciansInLocales, type SearchIndexBuild, type SearchIndexReuse } from './search-index';

/**
 * The site search's index as part of `astro build` (search-index.ts): started when the build
 * starts (the content is synced by then), fed the pages' HTML once they are written
 * (astro:build:generated, which waits for that), and waited for when the build is done. List it
 * after the integrations whose astro:build:done hooks should run while Pagefind writes the
 * bundle (the sitemap, the content report).
 *
 * `physicians`: this build's, from the content the build reads once for all its integrations
 * (astro.config.mjs). `reuse`: the incremental build's (src/lib/incremental/), to keep the live
 * release's bundle when its inputs are this build's.
 */
export function siteSearchIndex(options: { physicians: () => Promise<PhysiciansInLocales>; reuse?: SearchIndexReuse }): AstroIntegration {
  let build: SearchIndexBuild | undefined;
  /** What the build waited for the index, in both hooks that wait for it. */
  let waitedMs = 0;
  return {
    name: 'mbc:search-index',
    hooks: {
      // Not awaited: the index takes the physicians while Astro bundles and renders.
      'astro:build:start': () => {
        build = startSearchIndex(options.physicians(), options.reuse);
        waitedMs = 0;
      },
      'astro:build:generated': async ({ dir }) => {
        const waitStarted = performance.now();
        await build?.addPages(fileURLToPath(dir));
        waitedMs += performance.now() - waitStarted;
      },
      'astro:build:done': async ({ logger }) => {
        const waitStarted = performance.now();
        if (!build) throw new Error('The search index did not start: astro:build:start did not run.');
        const summary = await build.finished();
        waitedMs += performance.now() - waitStarted;
        logger.info(searchIndexLine(summary, waitedMs));
      },
    },
  };
}
