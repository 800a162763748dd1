/**
 * The benchmarks: what the platform costs as a care network's content grows.
 *
 *   npm run bench                        (tsx scripts/tools/bench.ts; about 55 minutes on a 2-core machine)
 *   tsx scripts/tools/bench.ts --sizes demo,1000 --runs 1 --no-finder      (a quick look)
 *   tsx scripts/tools/bench.ts --sizes demo,10000 --no-build --no-finder --publish-sizes none   (the draft preview alone)
 *
 * Prints one table and writes it, with every run, to bench-results/bench.json. Method and
 * figures: docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { readAllContent } from '../../site/src/lib/cms/read-all';
import { buildAstroFloor } from './lib/astro-floor';
import { formatBytes, formatGrid, formatSummary, formatTable, growth, percentiles, scale, summarize, type Percentiles, type Summary, type TableRow } from './lib/bench-stats';
import { directorySizeFor, generateDirectory } from './lib/generate-directory';
import { buildPreview, measurePreview, previewLatencySetup, PREVIEW_PAGES, type PreviewFigures } from './lib/preview-latency';
import { measurePublishToLive, publishLatencySetup, type PublishSteps } from './lib/publish-latency';
import { adminClient } from '../test/support/cms-admin';
import { incrementalEquality, type EditResult } from '../test/support/incremental-equality';
import { buildSite, makeScratchBuildDir, REPO_DIR } from '../test/support/site-build';
import { PAGE_TEMPLATES, directoryBytes, listPages, measurePage } from '../rebuild/site-pages';
import { startTestCms, type TestCms } from '../test/support/test-cms';

const HELP = `Usage: tsx scripts/tools/bench.ts [options]

For each content size it starts a throwaway CMS with the demo content, bulk-imports a generated
directory on top (scripts/tools/lib/generate-directory.ts: fixed seed, valid by every CMS rule, written
through the Document Service in batched transactions), and measures:
  - content sync: reading and checking every published entry as the site build does
    (site/src/lib/cms/read-all.ts), seconds and entries per second;
  - the full site build ("npm run build --workspace site": astro build, search index included): seconds,
    the search index step (its time, and how long the build waited for it after its own work),
    pages per second, peak resident memory of the build's processes;
  - the floor: a bare Astro project building the same number of trivial pages, in the same run;
    our build's time per page over the floor's;
  - publish-to-live, through the real webhook (2 s debounce), rebuild service, build and swap
    (--publish-sizes), each timed until the live site shows the change: a new physician (--runs
    times), one physician's bio edit (--runs times; an incremental build, site/src/lib/incremental/)
    and one site-settings change (a full build, which /status must say);
  - incremental against full builds (--equality-sizes): after each of the scripted edits of
    scripts/test/support/incremental-equality.ts, the live release compared file by file with a
    full build of the same content (the test runs the same at demo size);
  - the draft preview: the preview server (site/preview/server.ts, its build made once) answering
    a set of pages (home, /doctors/, a physician, a location, a subtype, a treatment, /diagnosis/,
    /clinical-trials/), --preview-requests times each with a warm server and as many times each
    right after saving a physician's draft through the admin API: p50, p95, max (--preview-sizes);
then the growth of the per-page cost across sizes, and the doctor finder's index size and filter
latency at 10,000 physicians (scripts/tools/bench-finder.ts, run as it is).
Each figure is the median of --runs runs, with min and max.

Options:
  --sizes LIST           content sizes: "demo" and/or total physician counts (default demo,1000,10000)
  --runs N               runs per figure (default 3)
  --publish-sizes LIST   sizes to time publish-to-live at (default demo,1000,10000; "none" to skip)
  --equality-sizes LIST  sizes to prove incremental builds equal to full ones at, after each scripted
                         edit (scripts/test/support/incremental-equality.ts; default 1000; "none" to skip)
  --preview-sizes LIST   sizes to time the draft preview at (default demo,1000,10000; "none" to skip)
  --preview-requests N   requests per page, warm and after a save (default 20)
  --preview-cpu-prof DIR write the preview server's CPU profile at each size into DIR (node --cpu-prof)
  --no-build             skip the content sync, site build and floor (e.g. for the preview alone)
  --no-finder            skip the finder benchmark
  --out FILE             JSON results (default bench-results/bench.json)
  --help                 show this text

Targets: sync of 10,000 physicians ≤ 10 s; build ≤ 3× the floor per page at 10,000 physicians and
≤ 2× at 1,000; peak memory of the build's process tree ≤ 1.5 GB at 10,000 physicians, under the build's
own Node heap cap (SITE_BUILD_HEAP_MB, default 640); search index step ≤ 15 s at 10,000; per-page cost flat from 1,000 to 10,000 physicians (judged on the marginal
cost of an added page, where fixed start-up costs cancel: at most 20% more per page between
1,000 and 10,000 than between demo size and 1,000); finder index ≤ 300 KB gzipped; filter change
≤ 16 ms; a preview request ≤ 1.5 s p95 for any page, at any size, warm or right after a save;
publish-to-live of one physician's edit ≤ 8 s at demo size and ≤ 15 s at 10,000 (median); a
site-settings change builds in full and says so in /status.`;

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'demo,1000,10000' },
    runs: { type: 'string', default: '3' },
    'publish-sizes': { type: 'string', default: 'demo,1000,10000' },
    'equality-sizes': { type: 'string', default: '1000' },
    'preview-sizes': { type: 'string', default: 'demo,1000,10000' },
    'preview-requests': { type: 'string', default: '20' },
    'preview-cpu-prof': { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'no-finder': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(REPO_DIR, 'bench-results', 'bench.json') },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(HELP);
  process.exit(0);
}

type Size = 'demo' | number;
function parseSizes(list: string, flag: string): Size[] {
  if (list === 'none') return [];
  return list.split(',').map((item) => {
    const text = item.trim();
    if (text === 'demo') return 'demo';
    const count = Number(text.replace(/_/g, ''));
    if (!Number.isInteger(count) || count < 100) {
      console.error(`${flag}: "${text}" is not "demo" or a physician count of at least 100.\n\n${HELP}`);
      process.exit(2);
    }
    return count;
  });
}
const sizes = parseSizes(options.sizes!, '--sizes');
const publishSizes = parseSizes(options['publish-sizes']!, '--publish-sizes');
const equalitySizes = parseSizes(options['equality-sizes']!, '--equality-sizes');
const previewSizes = parseSizes(options['preview-sizes']!, '--preview-sizes');
function wholeNumber(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${flag} must be a whole number of at least 1, got "${text}".\n\n${HELP}`);
    process.exit(2);
  }
  return value;
}
const runs = wholeNumber('--runs', options.runs!);
const previewRequests = wholeNumber('--preview-requests', options['preview-requests']!);
const withBuild = !options['no-build'];
/** Publish-to-live of one physician's edit, seconds, median (issue 16), by size. */
const BIO_EDIT_TARGET_S: Partial<Record<Size, number>> = { demo: 8, 10000: 15 };

/** Our build's time per page over the bare Astro floor's, at most (issue 15), by size. */
const FLOOR_TARGETS: Record<string, number> = { '1000': 2, '10000': 3 };
/** A preview request's target (issue 12): 1.5 s at the 95th percentile, for any page at any size. */
const PREVIEW_TARGET_MS = 1500;

const label = (size: Size) => (size === 'demo' ? 'demo' : `${size.toLocaleString('en-US')} physicians`);
const seconds = (ms: number) => ms / 1000;
const load = () => Number(os.loadavg()[0].toFixed(2));
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

interface SizeResult {
  size: Size;
  content: Record<string, number>;
  entries: number;
  importMs?: number;
  /** The content sync, site build and floor: absent with --no-build. */
  syncMs?: Summary;
  build?: {
    pages: number;
    distBytes: number;
    totalMs: Summary;
    /** The search index step, from the build's start to its bundle written (it overlaps the rendering). */
    searchIndexMs: Summary;
    /** From the pages written to the search bundle written: the old `pagefind --site` step's place in the build. */
    searchIndexAfterPagesMs: Summary;
    /** How long the end of the build waited for the search index: what the index added to the build. */
    searchIndexWaitMs: Summary;
    peakRssBytes: Summary;
    runs: { totalMs: number; searchIndexMs: number; searchIndexAfterPagesMs: number; searchIndexWaitMs: number; peakRssBytes: number }[];
  };
  floor?: { pages: number; ms: Summary; peakRssBytes: Summary };
  /** Our time per page over the floor's (the same page count, so: our time over the floor's time). */
  floorRatio?: { full: number; withoutSearchIndexWait: number };
  templates?: Record<string, { pages: number; htmlBytes: number; htmlGzipBytes: number; jsBytes: number }>;
  /** Publish-to-live of a new physician. */
  publishToLiveMs?: Summary;
  /** Publish-to-live of one physician's bio edit (an incremental build), and what /status said of each build. */
  bioEditToLiveMs?: Summary;
  bioEditBuilds?: unknown[];
  bioEditSteps?: PublishSteps[];
  /** One site-settings change: a full build, and what /status said of it. */
  siteSettingsToLive?: { ms: number; build: unknown };
  /** Incremental against full builds after each scripted edit (--equality-sizes). */
  equality?: EditResult[];
  preview?: PreviewFigures;
  loadAverage: { before: number; after: number };
}

/** Sync, build and floor at one size, against its CMS (skipped with --no-build). */
async function measureBuild(size: Size, cms: TestCms, workDir: string): Promise<Pick<SizeResult, 'content' | 'entries' | 'syncMs' | 'build' | 'floor' | 'floorRatio' | 'templates'>> {
  const syncRuns: number[] = [];
  let content: Record<string, number> = {};
  for (let run = 1; run <= runs; run++) {
    const started = performance.now();
    const read = await readAllContent({ baseUrl: cms.url, token: cms.token });
    syncRuns.push(performance.now() - started);
    content = Object.fromEntries(Object.entries(read).map(([name, entries]) => [name, entries.length]));
    log(`  sync ${run}/${runs}: ${seconds(syncRuns.at(-1)!).toFixed(2)} s`);
  }
  const entries = Object.values(content).reduce((sum, count) => sum + count, 0);

  const outDir = path.join(workDir, 'dist');
  const buildRuns: NonNullable<SizeResult['build']>['runs'] = [];
  for (let run = 1; run <= runs; run++) {
    rmSync(outDir, { recursive: true, force: true });
    const result = await buildSite({ strapiUrl: cms.url, token: cms.token, outDir });
    buildRuns.push({
      totalMs: result.durationMs,
      searchIndexMs: result.searchIndex.totalMs,
      searchIndexAfterPagesMs: result.searchIndex.afterPagesMs,
      searchIndexWaitMs: result.searchIndex.waitedMs,
      peakRssBytes: result.peakRssBytes,
    });
    log(
      `  build ${run}/${runs}: ${seconds(result.durationMs).toFixed(1)} s (search index ${seconds(result.searchIndex.totalMs).toFixed(1)} s, ` +
        `${seconds(result.searchIndex.afterPagesMs).toFixed(1)} s of it after the pages were written, the build waited ${seconds(result.searchIndex.waitedMs).toFixed(1)} s; ` +
        `peak ${formatBytes(result.peakRssBytes)})`,
    );
  }
  const pages = listPages(outDir);
  let templates: SizeResult['templates'];
  if (size === 'demo') {
    const weights = pages.map((page) => ({ ...measurePage(outDir, page), htmlGzipBytes: gzipSync(readFileSync(page.file)).length }));
    templates = {};
    for (const template of PAGE_TEMPLATES) {
      const of = weights.filter((weight) => weight.template === template);
      if (of.length === 0) continue;
      const average = (key: 'htmlBytes' | 'htmlGzipBytes' | 'jsBytes') => Math.round(of.reduce((sum, weight) => sum + weight[key], 0) / of.length);
      templates[template] = { pages: of.length, htmlBytes: average('htmlBytes'), htmlGzipBytes: average('htmlGzipBytes'), jsBytes: average('jsBytes') };
    }
  }
  const distBytes = directoryBytes(outDir);

  const floorRuns: { durationMs: number; peakRssBytes: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    floorRuns.push(await buildAstroFloor(pages.length));
    log(`  floor ${run}/${runs} (${pages.length} trivial pages): ${seconds(floorRuns.at(-1)!.durationMs).toFixed(1)} s`);
  }

  const totalMs = summarize(buildRuns.map((run) => run.totalMs));
  const withoutWaitMs = summarize(buildRuns.map((run) => run.totalMs - run.searchIndexWaitMs));
  const floorMs = summarize(floorRuns.map((run) => run.durationMs));
  return {
    content,
    entries,
    syncMs: summarize(syncRuns),
    build: {
      pages: pages.length,
      distBytes,
      totalMs,
      searchIndexMs: summarize(buildRuns.map((run) => run.searchIndexMs)),
      searchIndexAfterPagesMs: summarize(buildRuns.map((run) => run.searchIndexAfterPagesMs)),
      searchIndexWaitMs: summarize(buildRuns.map((run) => run.searchIndexWaitMs)),
      peakRssBytes: summarize(buildRuns.map((run) => run.peakRssBytes)),
      runs: buildRuns,
    },
    floor: { pages: pages.length, ms: floorMs, peakRssBytes: summarize(floorRuns.map((run) => run.peakRssBytes)) },
    floorRatio: { full: totalMs.median / floorMs.median, withoutSearchIndexWait: withoutWaitMs.median / floorMs.median },
    templates,
  };
}

/** The preview build, made once for every size (it holds no content); undefined until a size needs it. */
let previewBuild: Promise<{ dir: string; root: string }> | undefined;
function previewBuildDir(): Promise<{ dir: string; root: string }> {
  previewBuild ??= (async () => {
    const root = makeScratchBuildDir('bench-preview-');
    const dir = path.join(root, 'dist-preview');
    log('Building the draft preview (npm run build:preview -w site)…');
    log(`  preview build: ${seconds(await buildPreview(dir)).toFixed(1)} s`);
    return { dir, root };
  })();
  return previewBuild;
}

async function measureSize(size: Size): Promise<SizeResult> {
  const loadBefore = load();
  const directory = size === 'demo' ? undefined : generateDirectory(directorySizeFor(size));
  const publish = publishSizes.includes(size) ? await publishLatencySetup() : undefined;
  const preview = previewSizes.includes(size) ? previewLatencySetup() : undefined;
  const buildDir = preview ? (await previewBuildDir()).dir : undefined;
  log(`${label(size)}: starting a CMS with the demo content${directory ? ` and ${directory.physicians.length} generated physicians, ${directory.locations.length} locations, ${directory.clinicalTrials.length} trials` : ''}…`);
  const cms = await startTestCms({ directory, env: { ...publish?.cmsEnv, ...preview?.cmsEnv } });
  const workDir = makeScratchBuildDir('bench-');
  try {
    if (cms.imported) log(`  bulk import: ${cms.imported.created} entries in ${seconds(cms.imported.durationMs).toFixed(1)} s`);
    const built = withBuild ? await measureBuild(size, cms, workDir) : { content: {}, entries: 0 };

    let publishFigures: Pick<SizeResult, 'publishToLiveMs' | 'bioEditToLiveMs' | 'bioEditBuilds' | 'bioEditSteps' | 'siteSettingsToLive'> = {};
    if (publish) {
      const latency = await measurePublishToLive({
        cms,
        setup: publish,
        runs,
        onRun: (change, run, ms) => log(`  publish-to-live, ${change} ${run}${change === 'site settings' ? '' : `/${runs}`}: ${seconds(ms).toFixed(1)} s`),
      });
      publishFigures = {
        publishToLiveMs: summarize(latency.newPhysicianMs),
        bioEditToLiveMs: summarize(latency.bioEditMs),
        bioEditBuilds: latency.bioEditBuilds,
        bioEditSteps: latency.bioEditSteps,
        siteSettingsToLive: latency.siteSettings,
      };
      log(`  builds of the bio edits: ${JSON.stringify(latency.bioEditBuilds)}; of the site-settings change: ${JSON.stringify(latency.siteSettings.build)}`);
      const step = (name: keyof PublishSteps) => `${seconds(summarize(latency.bioEditSteps.map((steps) => steps[name])).median).toFixed(1)} s`;
      if (latency.bioEditSteps.length > 0) {
        log(
          `  where a bio edit's time went (medians): publish to build start ${step('toBuildStartMs')} (the CMS's save, the webhook, the debounce); site build ${step('siteBuildMs')}; ` +
            `release check ${step('checkMs')}; swap ${step('goLiveMs')}; seen live ${step('seenAfterSwapMs')} after the swap`,
        );
      }
    }

    let equality: EditResult[] | undefined;
    /** The release renderer's part of an edit's log line. */
    const rendererLine = (result: EditResult) =>
      result.rendererDifferences === null || result.rendered === null
        ? ''
        : `; the release renderer wrote the full build's ${result.rendered.files} files in ${seconds(result.rendered.durationMs).toFixed(1)} s, ${result.rendererDifferences.length === 0 ? 'all identical' : `${result.rendererDifferences.length} differ: ${result.rendererDifferences.slice(0, 3).join(', ')}`}`;
    if (equalitySizes.includes(size)) {
      log('  incremental builds against full builds, after each scripted edit…');
      const root = makeScratchBuildDir('bench-equality-');
      try {
        const edits = incrementalEquality({ cms, admin: await adminClient(cms), root });
        await edits.first();
        equality = [];
        for (const edit of [edits.editBio, edits.renameLocation, edits.unpublishPhysician, edits.deleteTrial, edits.linkSubtype, edits.changeSiteSettings]) {
          const result = await edit();
          equality.push(result);
          log(`  ${result.edit}: ${result.build.kind} build, ${result.build.pagesRendered} of ${result.pages} pages, ${seconds(result.durationMs).toFixed(1)} s; ${result.differences === null ? 'not compared (a full build)' : result.differences.length === 0 ? 'identical to a full build' : `${result.differences.length} file(s) differ: ${result.differences.slice(0, 5).join(', ')}`}${rendererLine(result)}`);
        }
        await edits.close();
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }

    let previewFigures: PreviewFigures | undefined;
    if (preview) {
      log(`  draft preview: ${previewRequests} requests per page, warm and after a save…`);
      previewFigures = await measurePreview({
        cms,
        setup: preview,
        buildDir: buildDir!,
        requests: previewRequests,
        cpuProfileDir: options['preview-cpu-prof'] && path.resolve(options['preview-cpu-prof'], String(size)),
        onPage: (page, times) => log(`  preview ${times.path}: warm p95 ${ms(percentiles(times.warmMs).p95)}, after a save p95 ${ms(percentiles(times.afterSaveMs).p95)}`),
      });
      console.log(
        `\nDraft preview, ${label(size)}: ${previewRequests} requests per page, warm and after a save; "content" is the server's own time asking the CMS what changed and re-reading it, the rest is rendering and transfer.\n` +
          `First request after start ${ms(previewFigures.firstRequestMs)}; server peak ${formatBytes(previewFigures.peakRssBytes)}.\n${previewTable(previewFigures)}\n`,
      );
    }

    return { size, ...built, importMs: cms.imported?.durationMs, ...publishFigures, equality, preview: previewFigures, loadAverage: { before: loadBefore, after: load() } };
  } finally {
    await cms.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** "840 ms", "1.62 s" */
function ms(value: number): string {
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(2)} s`;
}

const triple = (times: Percentiles) => [ms(times.p50), ms(times.p95), ms(times.max)];

/** One size's preview figures, a line per page. */
function previewTable(figures: PreviewFigures): string {
  return formatGrid(
    ['Page', 'HTML', 'warm p50', 'p95', 'max', 'content p50', 'after a save p50', 'p95', 'max', 'content p50'],
    PREVIEW_PAGES.map((page) => {
      const times = figures.pages[page];
      return [
        times.path,
        formatBytes(times.htmlBytes),
        ...triple(percentiles(times.warmMs)),
        ms(percentiles(times.warmContentMs).p50),
        ...triple(percentiles(times.afterSaveMs)),
        ms(percentiles(times.afterSaveContentMs).p50),
      ];
    }),
  );
}

interface FinderFigures {
  physicians: number;
  indexGzipBytes: number;
  filterP95Ms: number;
  filterMedianMs: number;
  islandGzipBytes: number;
  doctorsHtmlGzipBytes: number;
  phoneReadyMs: number;
}

/** scripts/tools/bench-finder.ts as it is, at 10,000 physicians; its own JSON is kept next to ours. */
async function measureFinder(): Promise<FinderFigures> {
  const out = path.join(path.dirname(options.out!), 'finder.json');
  log('Doctor finder at 10,000 physicians (scripts/tools/bench-finder.ts)…');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_DIR, 'scripts', 'tools', 'bench-finder.ts'), '--out', out], { cwd: REPO_DIR, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/tools/bench-finder.ts failed (exit code ${code}).`))));
  });
  const finder = JSON.parse(readFileSync(out, 'utf8'));
  return {
    physicians: finder.scale.large.physicians,
    indexGzipBytes: finder.finderIndex.large.gzipBytes,
    filterMedianMs: Math.max(finder.filterLatency.byName.domUpdatedMs.median, finder.filterLatency.byDistance.domUpdatedMs.median),
    filterP95Ms: Math.max(finder.filterLatency.byName.domUpdatedMs.p95, finder.filterLatency.byDistance.domUpdatedMs.p95),
    islandGzipBytes: finder.islandJavaScript.doctors.gzipBytes,
    doctorsHtmlGzipBytes: finder.doctorsPageHtml.large.gzipBytes,
    phoneReadyMs: finder.finderReadyPhoneLarge.readyMs.median,
  };
}

type BuiltResult = SizeResult & Required<Pick<SizeResult, 'syncMs' | 'build' | 'floor' | 'floorRatio'>>;
const wasBuilt = (result: SizeResult): result is BuiltResult => result.build !== undefined;

function tableRows(allResults: SizeResult[], finder: FinderFigures | undefined): TableRow[] {
  const rows: TableRow[] = [];
  // The sizes whose sync and build were measured (all but with --no-build).
  const results = allResults.filter(wasBuilt);
  for (const result of allResults) {
    if (result.importMs !== undefined) {
      rows.push({
        figure: `Bulk import, ${label(result.size)} (setup)`,
        result: `${seconds(result.importMs).toFixed(1)} s, once`,
      });
    }
  }
  for (const result of results) {
    const perSecond = result.entries / seconds(result.syncMs.median);
    rows.push({
      figure: `Content sync, ${label(result.size)} (${result.entries.toLocaleString('en-US')} entries)`,
      result: `${formatSummary(scale(result.syncMs, 1 / 1000), 's', 2)}; ${Math.round(perSecond).toLocaleString('en-US')} entries/s`,
      ...(result.size === 10_000 ? { target: '≤ 10 s', met: result.syncMs.median <= 10_000 } : {}),
    });
  }
  for (const result of results) {
    const { build } = result;
    rows.push({
      figure: `Site build, ${label(result.size)} (${build.pages.toLocaleString('en-US')} pages)`,
      result:
        `${formatSummary(scale(build.totalMs, 1 / 1000), 's')}; search index ${seconds(build.searchIndexMs.median).toFixed(1)} s, the build waited ${seconds(build.searchIndexWaitMs.median).toFixed(1)} s for it; ` +
        `${(build.pages / seconds(build.totalMs.median)).toFixed(0)} pages/s`,
    });
    if (result.size === 10_000) {
      rows.push({
        figure: `Search index step, ${label(result.size)}`,
        result:
          `${formatSummary(scale(build.searchIndexAfterPagesMs, 1 / 1000), 's')} from the pages written to the bundle written (beside the sitemap and the content report); ` +
          `the build waited ${seconds(build.searchIndexWaitMs.median).toFixed(1)} s for it`,
        target: '≤ 15 s',
        met: build.searchIndexAfterPagesMs.median <= 15_000,
      });
    }
    rows.push({
      figure: `Peak memory, ${label(result.size)}`,
      result: formatBytes(build.peakRssBytes.max),
      ...(result.size === 10_000 ? { target: '≤ 1.5 GB', met: build.peakRssBytes.max <= 1.5 * 1024 ** 3 } : {}),
    });
    rows.push({
      figure: `Bare Astro floor, ${build.pages.toLocaleString('en-US')} trivial pages`,
      result: `${formatSummary(scale(result.floor.ms, 1 / 1000), 's')}; ${(result.floor.ms.median / build.pages).toFixed(2)} ms/page`,
    });
    rows.push({
      figure: `Our build over the floor, per page, ${label(result.size)}`,
      result: `${result.floorRatio.full.toFixed(2)}× (without the wait for the search index ${result.floorRatio.withoutSearchIndexWait.toFixed(2)}×)`,
      ...(FLOOR_TARGETS[String(result.size)] ? { target: `≤ ${FLOOR_TARGETS[String(result.size)]}×`, met: result.floorRatio.full <= FLOOR_TARGETS[String(result.size)]! } : {}),
    });
  }
  if (results.length >= 2) {
    const shape = growth(results.map((result) => ({ pages: result.build.pages, ms: result.build.totalMs.median })));
    const sorted = [...results].sort((a, b) => a.build.pages - b.build.pages);
    rows.push({
      figure: 'Build time per page, by size',
      result: sorted.map((result, index) => `${label(result.size)} ${shape.perPageMs[index]!.toFixed(1)} ms`).join('; '),
    });
    rows.push({
      figure: 'Marginal cost per added page (slope)',
      result: sorted.slice(1).map((result, index) => `${label(sorted[index]!.size)} → ${label(result.size)}: ${shape.slopesMs[index]!.toFixed(1)} ms`).join('; '),
    });
    rows.push({
      figure: `Build time per page, change ${label(sorted.at(-2)!.size)} → ${label(sorted.at(-1)!.size)}`,
      result: `${shape.perPageChange >= 0 ? '+' : ''}${(shape.perPageChange * 100).toFixed(0)}% (fixed start-up spread over more pages)`,
    });
    if (shape.slopeChange !== null) {
      rows.push({
        figure: 'Marginal cost per page, change between the two slopes',
        result: `${shape.slopeChange >= 0 ? '+' : ''}${(shape.slopeChange * 100).toFixed(0)}%`,
        // Linear or better: an added page may not cost more than 20% more at the larger sizes.
        target: '≤ +20% (linear or better)',
        met: shape.slopeChange <= 0.2,
      });
    }
  }
  if (finder) {
    rows.push({ figure: `Finder index, ${finder.physicians.toLocaleString('en-US')} physicians, gzipped`, result: formatBytes(finder.indexGzipBytes), target: '≤ 300 KB', met: finder.indexGzipBytes <= 300 * 1024 });
    rows.push({
      figure: `Finder filter change, ${finder.physicians.toLocaleString('en-US')} physicians`,
      result: `median ${finder.filterMedianMs.toFixed(1)} ms, p95 ${finder.filterP95Ms.toFixed(1)} ms`,
      target: '≤ 16 ms',
      met: finder.filterP95Ms <= 16,
    });
    rows.push({ figure: `/doctors/ HTML, ${finder.physicians.toLocaleString('en-US')} physicians, gzipped`, result: formatBytes(finder.doctorsHtmlGzipBytes), target: '≤ 150 KB', met: finder.doctorsHtmlGzipBytes <= 150 * 1024 });
    rows.push({ figure: `Finder interactive on a throttled phone, ${finder.physicians.toLocaleString('en-US')} physicians (median)`, result: `${(finder.phoneReadyMs / 1000).toFixed(1)} s` });
  }
  for (const result of allResults) {
    if (!result.publishToLiveMs) continue;
    rows.push({ figure: `Publish-to-live, a new physician, ${label(result.size)}`, result: formatSummary(scale(result.publishToLiveMs, 1 / 1000), 's') });
    if (result.bioEditToLiveMs) {
      const target = BIO_EDIT_TARGET_S[result.size];
      const builds = (result.bioEditBuilds ?? []) as { kind?: string; pagesRendered?: number }[];
      rows.push({
        figure: `Publish-to-live, one physician's bio edit, ${label(result.size)} (${builds.map((build) => `${build?.kind ?? '?'} ${build?.pagesRendered ?? '?'} pages`).join(', ')})`,
        result: formatSummary(scale(result.bioEditToLiveMs, 1 / 1000), 's'),
        ...(target === undefined ? {} : { target: `≤ ${target} s`, met: result.bioEditToLiveMs.median / 1000 <= target }),
      });
    }
    if (result.siteSettingsToLive) {
      const build = result.siteSettingsToLive.build as { kind?: string; reason?: string } | null;
      rows.push({
        figure: `Publish-to-live, a site-settings change, ${label(result.size)} (${build?.kind ?? '?'} build: ${build?.reason ?? '?'})`,
        result: `${seconds(result.siteSettingsToLive.ms).toFixed(1)} s`,
        target: 'a full build, said in /status',
        met: build?.kind === 'full',
      });
    }
  }
  for (const result of allResults) {
    if (!result.equality) continue;
    const compared = result.equality.filter((edit) => edit.differences !== null);
    const identical = compared.filter((edit) => edit.differences!.length === 0);
    const rendered = result.equality.filter((edit) => edit.rendered !== null && edit.rendererDifferences !== null);
    rows.push({
      figure: `Release renderer (site/preview/release-renderer.ts) writes each full build's pages as they are, ${label(result.size)}: ${rendered.map((edit) => `${edit.rendered!.files} files in ${seconds(edit.rendered!.durationMs).toFixed(1)} s`).join('; ')}`,
      result: `${rendered.filter((edit) => edit.rendererDifferences!.length === 0).length} of ${rendered.length} identical`,
      target: 'every full build identical',
      met: rendered.length > 0 && rendered.every((edit) => edit.rendererDifferences!.length === 0),
    });
    rows.push({
      figure: `Incremental build equals a full build, ${label(result.size)}: ${result.equality.map((edit) => `${edit.edit} (${edit.build.kind}, ${edit.build.pagesRendered} pages, ${seconds(edit.durationMs).toFixed(1)} s)`).join('; ')}`,
      result: `${identical.length} of ${compared.length} identical`,
      target: 'every incremental release identical',
      met: compared.length > 0 && identical.length === compared.length,
    });
  }
  for (const result of allResults) {
    if (!result.preview) continue;
    const { preview } = result;
    rows.push({
      figure: `Preview, ${label(result.size)}: first request after start (reads everything)`,
      result: `${ms(preview.firstRequestMs)}; server peak ${formatBytes(preview.peakRssBytes)}`,
    });
    for (const page of PREVIEW_PAGES) {
      const times = preview.pages[page];
      const warm = percentiles(times.warmMs);
      const afterSave = percentiles(times.afterSaveMs);
      rows.push({
        figure: `Preview, ${label(result.size)}: ${times.path}`,
        result: `warm p50 ${ms(warm.p50)}, p95 ${ms(warm.p95)}, max ${ms(warm.max)}; after a save p50 ${ms(afterSave.p50)}, p95 ${ms(afterSave.p95)}, max ${ms(afterSave.max)}`,
        target: '≤ 1.5 s p95',
        met: Math.max(warm.p95, afterSave.p95) <= PREVIEW_TARGET_MS,
      });
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const started = new Date();
  const machine = {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memoryBytes: os.totalmem(),
  };
  log(`Benchmarks on ${machine.cpus} × ${machine.cpuModel}, ${formatBytes(machine.memoryBytes)} RAM, Node ${machine.node}; ${runs} runs per figure`);
  const results: SizeResult[] = [];
  try {
    for (const size of sizes) results.push(await measureSize(size));
  } finally {
    await previewBuild?.then(
      (build) => rmSync(build.root, { recursive: true, force: true }),
      () => undefined,
    );
  }
  const finder = options['no-finder'] ? undefined : await measureFinder();

  const rows = tableRows(results, finder);
  const table = formatTable(rows);
  const report = {
    benchmark: 'scale',
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine,
    runs,
    previewRequests,
    table: rows,
    sizes: results,
    finder: finder ?? null,
  };
  mkdirSync(path.dirname(options.out!), { recursive: true });
  writeFileSync(options.out!, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${table}\n`);
  console.log(`Load average (1 min) per size: ${results.map((result) => `${label(result.size)} ${result.loadAverage.before} → ${result.loadAverage.after}`).join('; ')}`);
  console.log(`Wrote ${path.relative(process.cwd(), options.out!) || options.out}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
