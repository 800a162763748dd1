/**
 * The benchmarks: what the platform costs as a care network's content grows.
 *
 *   npm run bench                        (tsx scripts/tools/bench.ts; about 45 minutes on a 2-core machine)
 *   tsx scripts/tools/bench.ts --sizes demo,1000 --runs 1 --no-finder      (a quick look)
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
import { formatBytes, formatSummary, formatTable, growth, scale, summarize, type Summary, type TableRow } from './lib/bench-stats';
import { directorySizeFor, generateDirectory } from './lib/generate-directory';
import { measurePublishToLive, publishLatencySetup } from './lib/publish-latency';
import { buildSite, makeScratchBuildDir, REPO_DIR } from '../test/support/site-build';
import { PAGE_TEMPLATES, directoryBytes, listPages, measurePage } from '../rebuild/site-pages';
import { startTestCms } from '../test/support/test-cms';

const HELP = `Usage: tsx scripts/tools/bench.ts [options]

For each content size it starts a throwaway CMS with the demo content, bulk-imports a generated
directory on top (scripts/tools/lib/generate-directory.ts: fixed seed, valid by every CMS rule, written
through the Document Service in batched transactions), and measures:
  - content sync: reading and checking every published entry as the site build does
    (site/src/lib/cms/read-all.ts), seconds and entries per second;
  - the full site build (astro build + pagefind, as "npm run build --workspace site"): seconds,
    pages per second, peak resident memory of the build's processes;
  - the floor: a bare Astro project building the same number of trivial pages, in the same run;
    our build's time per page over the floor's;
  - publish-to-live: publish a physician in the CMS, time until its page is served, through the
    real webhook, rebuild service, build and swap (--publish-sizes);
then the growth of the per-page cost across sizes, and the doctor finder's index size and filter
latency at 10,000 physicians (scripts/tools/bench-finder.ts, run as it is).
Each figure is the median of --runs runs, with min and max.

Options:
  --sizes LIST           content sizes: "demo" and/or total physician counts (default demo,1000,10000)
  --runs N               runs per figure (default 3)
  --publish-sizes LIST   sizes to time publish-to-live at (default demo,1000; "none" to skip)
  --no-finder            skip the finder benchmark
  --out FILE             JSON results (default bench-results/bench.json)
  --help                 show this text

Targets: sync of 10,000 physicians ≤ 10 s; build at 10,000 physicians ≤ 2× the floor per page;
peak memory ≤ 2 GB; per-page cost flat from 1,000 to 10,000 physicians (judged on the marginal
cost of an added page, where fixed start-up costs cancel: at most 20% more per page between
1,000 and 10,000 than between demo size and 1,000); finder index ≤ 300 KB gzipped; filter change
≤ 16 ms.`;

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'demo,1000,10000' },
    runs: { type: 'string', default: '3' },
    'publish-sizes': { type: 'string', default: 'demo,1000' },
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
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1, got "${options.runs}".\n\n${HELP}`);
  process.exit(2);
}

const label = (size: Size) => (size === 'demo' ? 'demo' : `${size.toLocaleString('en-US')} physicians`);
const seconds = (ms: number) => ms / 1000;
const load = () => Number(os.loadavg()[0].toFixed(2));
const log = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

interface SizeResult {
  size: Size;
  content: Record<string, number>;
  entries: number;
  importMs?: number;
  syncMs: Summary;
  build: {
    pages: number;
    distBytes: number;
    totalMs: Summary;
    astroMs: Summary;
    pagefindMs: Summary;
    peakRssBytes: Summary;
    runs: { totalMs: number; astroMs: number; pagefindMs: number; astroPeakRssBytes: number; pagefindPeakRssBytes: number }[];
  };
  floor: { pages: number; ms: Summary; peakRssBytes: Summary };
  /** Our time per page over the floor's (the same page count, so: our time over the floor's time). */
  floorRatio: { full: number; astroOnly: number };
  templates?: Record<string, { pages: number; htmlBytes: number; htmlGzipBytes: number; jsBytes: number }>;
  publishToLiveMs?: Summary;
  loadAverage: { before: number; after: number };
}

async function measureSize(size: Size): Promise<SizeResult> {
  const loadBefore = load();
  const directory = size === 'demo' ? undefined : generateDirectory(directorySizeFor(size));
  const publish = publishSizes.includes(size) ? await publishLatencySetup() : undefined;
  log(`${label(size)}: starting a CMS with the demo content${directory ? ` and ${directory.physicians.length} generated physicians, ${directory.locations.length} locations, ${directory.clinicalTrials.length} trials` : ''}…`);
  const cms = await startTestCms({ directory, env: publish?.cmsEnv });
  const workDir = makeScratchBuildDir('bench-');
  try {
    if (cms.imported) log(`  bulk import: ${cms.imported.created} entries in ${seconds(cms.imported.durationMs).toFixed(1)} s`);

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
    const buildRuns: SizeResult['build']['runs'] = [];
    for (let run = 1; run <= runs; run++) {
      rmSync(outDir, { recursive: true, force: true });
      const result = await buildSite({ strapiUrl: cms.url, token: cms.token, outDir });
      buildRuns.push({
        totalMs: result.durationMs,
        astroMs: result.astroMs,
        pagefindMs: result.pagefindMs,
        astroPeakRssBytes: result.astroPeakRssBytes,
        pagefindPeakRssBytes: result.pagefindPeakRssBytes,
      });
      log(
        `  build ${run}/${runs}: ${seconds(result.durationMs).toFixed(1)} s (astro ${seconds(result.astroMs).toFixed(1)} s, pagefind ${seconds(result.pagefindMs).toFixed(1)} s; ` +
          `peak ${formatBytes(Math.max(result.astroPeakRssBytes, result.pagefindPeakRssBytes))})`,
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

    let publishToLiveMs: Summary | undefined;
    if (publish) {
      const latencies = await measurePublishToLive({
        cms,
        setup: publish,
        runs,
        onRun: (run, ms) => log(`  publish-to-live ${run}/${runs}: ${seconds(ms).toFixed(1)} s`),
      });
      publishToLiveMs = summarize(latencies);
    }

    const totalMs = summarize(buildRuns.map((run) => run.totalMs));
    const astroMs = summarize(buildRuns.map((run) => run.astroMs));
    const floorMs = summarize(floorRuns.map((run) => run.durationMs));
    return {
      size,
      content,
      entries,
      importMs: cms.imported?.durationMs,
      syncMs: summarize(syncRuns),
      build: {
        pages: pages.length,
        distBytes,
        totalMs,
        astroMs,
        pagefindMs: summarize(buildRuns.map((run) => run.pagefindMs)),
        peakRssBytes: summarize(buildRuns.map((run) => Math.max(run.astroPeakRssBytes, run.pagefindPeakRssBytes))),
        runs: buildRuns,
      },
      floor: { pages: pages.length, ms: floorMs, peakRssBytes: summarize(floorRuns.map((run) => run.peakRssBytes)) },
      floorRatio: { full: totalMs.median / floorMs.median, astroOnly: astroMs.median / floorMs.median },
      templates,
      publishToLiveMs,
      loadAverage: { before: loadBefore, after: load() },
    };
  } finally {
    await cms.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

interface FinderFigures {
  physicians: number;
  indexGzipBytes: number;
  filterP95Ms: number;
  filterMedianMs: number;
  islandGzipBytes: number;
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
  };
}

function tableRows(results: SizeResult[], finder: FinderFigures | undefined): TableRow[] {
  const rows: TableRow[] = [];
  const largest = results.filter((result) => result.size !== 'demo').at(-1);
  for (const result of results) {
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
        `${formatSummary(scale(build.totalMs, 1 / 1000), 's')}; astro ${seconds(build.astroMs.median).toFixed(1)} s + pagefind ${seconds(build.pagefindMs.median).toFixed(1)} s; ` +
        `${(build.pages / seconds(build.totalMs.median)).toFixed(0)} pages/s`,
    });
    rows.push({
      figure: `Peak memory, ${label(result.size)}`,
      result: formatBytes(build.peakRssBytes.max),
      ...(result === largest ? { target: '≤ 2 GB', met: build.peakRssBytes.max <= 2 * 1024 ** 3 } : {}),
    });
    rows.push({
      figure: `Bare Astro floor, ${build.pages.toLocaleString('en-US')} trivial pages`,
      result: `${formatSummary(scale(result.floor.ms, 1 / 1000), 's')}; ${(result.floor.ms.median / build.pages).toFixed(2)} ms/page`,
    });
    rows.push({
      figure: `Our build over the floor, per page, ${label(result.size)}`,
      result: `${result.floorRatio.full.toFixed(2)}× (astro build alone ${result.floorRatio.astroOnly.toFixed(2)}×)`,
      ...(result === largest ? { target: '≤ 2×', met: result.floorRatio.full <= 2 } : {}),
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
  }
  for (const result of results) {
    if (!result.publishToLiveMs) continue;
    rows.push({ figure: `Publish-to-live, ${label(result.size)}`, result: formatSummary(scale(result.publishToLiveMs, 1 / 1000), 's') });
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
  for (const size of sizes) results.push(await measureSize(size));
  const finder = options['no-finder'] ? undefined : await measureFinder();

  const rows = tableRows(results, finder);
  const table = formatTable(rows);
  const report = {
    benchmark: 'scale',
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    machine,
    runs,
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
