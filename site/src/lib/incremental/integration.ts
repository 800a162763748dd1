import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readSiteContentIn, type SiteContent } from '../lastmod';
import { NOT_FOUND_PAGE, pagesShowing, touchedPages } from '../touched-pages';
import { buildHash, buildRecordContentDir, readBuildRecord, writeBuildRecord } from './build-record';
import { mergeWithLiveRelease } from './merge';
import { writeRenderPlan, type RenderPlan } from './render-plan';
import type { SearchIndexReuse } from '../search/search-index';

/**
 * The incremental build (issue: publishing at network scale). With SITE_INCREMENTAL_FROM set to
 * the live release's folder, a build renders only the pages its content changes touch
 * (src/lib/touched-pages.ts, from the live release's recorded content and this build's) and takes
 * every other page from the live release (merge.ts); the sitemap, the finder's files, the search
 * index and the content report are made whole, from this build's content and the merged pages,
 * exactly as in a full build. It builds in full instead, and says why in the log, when:
 *   - SITE_INCREMENTAL_FROM is not set (no live release), or SITE_FULL_BUILD=1;
 *   - the live release has no build record (build-record.ts) or another build hash (the site's
 *     code, dependencies or configuration changed);
 *   - the change touches every page (site settings: the header and footer).
 *
 * Every build records beside its release (`<release>.build/`) what it was built from, for the
 * next. A full build also checks that the pages Astro emitted are exactly those touched-pages.ts
 * says the content has: the module the incremental build trusts cannot drift from the pages.
 *
 * The build's log says which kind ran: "Full build: REASON; N pages rendered." or
 * "Incremental build from RELEASE: N of M pages rendered, …" (the rebuild service reads it).
 */
export interface IncrementalBuild {
  integration: AstroIntegration;
  /** The release's page paths once the build has started ('/' and '/doctors/a/'), sorted. */
  releasePages(): string[];
  /** After the merge: the live release's folder and the pages taken from it unchanged; null in a full build. */
  keptFromLive(): { liveDir: string; pages: ReadonlySet<string> } | null;
  /** The search index's side (src/lib/search/search-index.ts): the live release's inputs in an incremental build, and this build's for its record. */
  searchIndex: SearchIndexReuse;
}

export const FULL_BUILD_LINE = 'Full build';
export const INCREMENTAL_BUILD_LINE = 'Incremental build';

export function incrementalBuild(options: { content: () => Promise<SiteContent>; recordsDir: () => string }): IncrementalBuild {
  let planFile = '';
  let outDir = '';
  let hash = '';
  let plan: RenderPlan = { kind: 'full', reason: 'the build has not started' };
  let pages: string[] = [];
  let kept: { liveDir: string; pages: ReadonlySet<string> } | null = null;
  let liveSearchInputs: string | undefined;
  let searchInputs: string | undefined;

  const decide = async (): Promise<RenderPlan> =>
    renderPlanFor({ from: process.env.SITE_INCREMENTAL_FROM, fullBuild: process.env.SITE_FULL_BUILD, buildHash: hash, content: await options.content(), pages });

  const integration: AstroIntegration = {
    name: 'mbc:incremental',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command }) => {
        planFile = path.join(fileURLToPath(config.cacheDir), 'render-plan.json');
        outDir = fileURLToPath(config.outDir);
        rmSync(planFile, { force: true });
        if (command !== 'build') return;
        const siteDir = fileURLToPath(config.root);
        hash = buildHash({ siteDir, repoDir: path.dirname(path.resolve(siteDir)), env: process.env });
        updateConfig({ vite: { define: { 'import.meta.env.RENDER_PLAN_FILE': JSON.stringify(planFile) } } });
      },
      'astro:build:start': async ({ logger }) => {
        pages = [...pagesShowing(await options.content()).keys()].sort();
        plan = await decide();
        kept = null;
        searchInputs = undefined;
        liveSearchInputs = plan.kind === 'incremental' ? (readBuildRecordOf(plan.from)?.searchInputs ?? undefined) : undefined;
        writeRenderPlan(planFile, plan);
        if (plan.kind === 'full') logger.info(`${FULL_BUILD_LINE}: ${plan.reason}.`);
      },
      'astro:build:generated': ({ dir, logger }) => {
        if (plan.kind !== 'incremental') return;
        const merged = mergeWithLiveRelease({ liveDir: plan.from, outDir: fileURLToPath(dir), pages });
        kept = { liveDir: plan.from, pages: new Set(merged.linkedPages) };
        logger.info(
          `${INCREMENTAL_BUILD_LINE} from ${path.basename(plan.from)}: ${plan.render.length} of ${pages.length} pages rendered, ` +
            `${merged.linkedPages.length} kept from the live release, ${plan.remove.length} removed; ` +
            `${merged.keptImages} images kept, ${merged.removedImages} no longer shown.`,
        );
      },
      'astro:build:done': ({ pages: built }) => {
        if (plan.kind === 'full') {
          // Astro names the 404 page's route '404/'; it writes 404.html.
          const emitted = built.map((page) => (page.pathname === '404/' ? NOT_FOUND_PAGE : `/${page.pathname}`)).filter((page) => page.endsWith('/') || page.endsWith('.html'));
          assertSamePages(emitted, pages);
        }
        writeBuildRecord(outDir, { buildHash: hash, kind: plan.kind, builtAt: new Date().toISOString(), pages, ...(searchInputs ? { searchInputs } : {}) }, options.recordsDir());
      },
    },
  };
  const searchIndex: SearchIndexReuse = {
    live: () => (kept && liveSearchInputs ? { liveDir: kept.liveDir, inputs: liveSearchInputs } : null),
    recordInputs: (digest) => {
      searchInputs = digest;
    },
  };
  return { integration, releasePages: () => pages, keptFromLive: () => kept, searchIndex };
}

function readBuildRecordOf(liveDir: string) {
  const record = readBuildRecord(liveDir);
  return record.ok ? record.record : null;
}

/**
 * What this build renders: `from` is SITE_INCREMENTAL_FROM (the live release's folder), `fullBuild`
 * SITE_FULL_BUILD, `content` this build's, `pages` every page it has (pagesShowing).
 */
export function renderPlanFor(options: { from: string | undefined; fullBuild: string | undefined; buildHash: string; content: SiteContent; pages: readonly string[] }): RenderPlan {
  const from = options.from?.trim();
  if (!from) return { kind: 'full', reason: 'no live release to build on (SITE_INCREMENTAL_FROM is not set)' };
  if (options.fullBuild === '1') return { kind: 'full', reason: 'a full build was asked for (SITE_FULL_BUILD=1)' };
  const liveDir = path.resolve(from);
  const record = readBuildRecord(liveDir);
  if (!record.ok) return { kind: 'full', reason: record.reason };
  if (record.record.buildHash !== options.buildHash) return { kind: 'full', reason: "the site's code, dependencies or configuration changed since the live release" };
  let before: SiteContent;
  try {
    before = readSiteContentIn(buildRecordContentDir(liveDir));
  } catch (error) {
    return { kind: 'full', reason: `the live release's content could not be read (${(error as Error).message})` };
  }
  const touched = touchedPages(before, options.content);
  if (touched.everything) return { kind: 'full', reason: touched.reason ?? 'the change touches every page' };
  return { kind: 'incremental', from: liveDir, render: touched.render, remove: touched.remove, pages: [...options.pages] };
}

/** A full build's pages against touched-pages.ts's: any difference means that module has drifted from the pages. */
export function assertSamePages(emitted: readonly string[], expected: readonly string[]): void {
  const want = new Set(expected);
  const have = new Set(emitted);
  const missing = expected.filter((page) => !have.has(page));
  const extra = emitted.filter((page) => !want.has(page));
  if (missing.length === 0 && extra.length === 0) return;
  throw new Error(
    'The pages the build emitted differ from those src/lib/touched-pages.ts says the content has, so an incremental build could not be trusted: ' +
      [extra.length ? `built but not listed: ${extra.slice(0, 5).join(', ')}` : '', missing.length ? `listed but not built: ${missing.slice(0, 5).join(', ')}` : '']
        .filter(Boolean)
        .join('; ') +
      '. Make pagesShowing() list exactly the pages the routes build.',
  );
}
