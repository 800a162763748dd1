/**
 * Site benchmark: builds the demo site from a throwaway seeded CMS several times and reports the
 * build time, the bytes each page template sends (HTML, CSS, JavaScript) and the Pagefind index
 * size. Prints a summary and writes bench-results/site.json.
 *
 *   npm run bench                      (tsx scripts/bench-site.ts)
 *   tsx scripts/bench-site.ts --runs 5 --cold --out /tmp/site.json
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { buildSite, makeScratchBuildDir, REPO_DIR, SITE_DIR } from './lib/site-build';
import { PAGE_TEMPLATES, directoryBytes, listFiles, listPages, measurePage, type PageTemplate } from './lib/site-pages';
import { startTestCms } from './lib/test-cms';

const HELP = `Usage: tsx scripts/bench-site.ts [--runs N] [--cold] [--out FILE]

Starts a throwaway CMS seeded with the demo content (scripts/lib/test-cms.ts), builds the site
N times (astro build + pagefind, as site's "build" script does) and reports:
  - build time of the demo site: median, min and max wall time of the N builds
  - page count; HTML and CSS bytes per page template (average over the template's pages)
  - JavaScript bytes per page (0 on content pages; /search/ and the other pages with scripts listed one by one)
  - Pagefind index size (bytes of dist/pagefind)

Options:
  --runs N    builds to time (default 3)
  --cold      clear Astro's cache (site/node_modules/.astro) before every build
  --out FILE  where to write the JSON results (default bench-results/site.json)
  --help      show this text`;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    cold: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(REPO_DIR, 'bench-results', 'site.json') },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log(HELP);
  process.exit(0);
}
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a whole number of at least 1, got "${options.runs}".\n\n${HELP}`);
  process.exit(2);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function main(): Promise<void> {
  const loadBefore = os.loadavg()[0];
  const workDir = makeScratchBuildDir('bench-');
  const outDir = path.join(workDir, 'dist');
  console.log('Starting a seeded test CMS…');
  const cms = await startTestCms();
  const builds: { durationMs: number; astroMs: number; pagefindMs: number }[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      rmSync(outDir, { recursive: true, force: true });
      if (options.cold) rmSync(path.join(SITE_DIR, 'node_modules', '.astro'), { recursive: true, force: true });
      const result = await buildSite({ strapiUrl: cms.url, token: cms.token, outDir });
      builds.push({ durationMs: result.durationMs, astroMs: result.astroMs, pagefindMs: result.pagefindMs });
      console.log(`  build ${run}/${runs}: ${(result.durationMs / 1000).toFixed(2)} s (astro ${(result.astroMs / 1000).toFixed(2)} s, pagefind ${(result.pagefindMs / 1000).toFixed(2)} s)`);
    }
  } finally {
    await cms.stop();
  }

  const pages = listPages(outDir);
  const weights = pages.map((page) => {
    const weight = measurePage(outDir, page);
    return { ...weight, htmlGzipBytes: gzipSync(readFileSync(page.file)).length };
  });

  const templates: Partial<Record<PageTemplate, { pages: number; htmlBytes: number; htmlGzipBytes: number; cssBytes: number; jsBytes: number }>> = {};
  for (const template of PAGE_TEMPLATES) {
    const ofTemplate = weights.filter((weight) => weight.template === template);
    if (ofTemplate.length === 0) continue;
    const average = (key: 'htmlBytes' | 'htmlGzipBytes' | 'cssBytes' | 'jsBytes') => round(ofTemplate.reduce((sum, weight) => sum + weight[key], 0) / ofTemplate.length);
    templates[template] = {
      pages: ofTemplate.length,
      htmlBytes: average('htmlBytes'),
      htmlGzipBytes: average('htmlGzipBytes'),
      cssBytes: average('cssBytes'),
      jsBytes: average('jsBytes'),
    };
  }

  // Content pages ship none; the few app-like pages (search, finders, forms) are listed one by one.
  const contentPages = weights.filter((weight) => weight.jsBytes === 0);
  const pagesWithJavaScript = weights.filter((weight) => weight.jsBytes > 0);
  const pagefindDir = path.join(outDir, 'pagefind');
  const durations = builds.map((build) => build.durationMs);
  const results = {
    benchmark: 'site',
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      // Other work on the machine skews the build times; the 1-minute load average before and after says how much.
      loadAverage: { before: round(loadBefore, 2), after: round(os.loadavg()[0], 2) },
    },
    buildTime: {
      runs,
      cold: options.cold,
      medianMs: round(median(durations)),
      minMs: round(Math.min(...durations)),
      maxMs: round(Math.max(...durations)),
      builds: builds.map((build) => ({ durationMs: round(build.durationMs), astroMs: round(build.astroMs), pagefindMs: round(build.pagefindMs) })),
    },
    pageCount: pages.length,
    distBytes: directoryBytes(outDir),
    templates,
    javascript: {
      contentPagesWithoutJavaScript: contentPages.length,
      pagesWithJavaScript: pagesWithJavaScript.map((weight) => ({ route: weight.route, jsBytes: weight.jsBytes, scripts: weight.scripts })),
    },
    pagefind: { indexBytes: directoryBytes(pagefindDir), files: listFiles(pagefindDir).length },
  };

  mkdirSync(path.dirname(options.out!), { recursive: true });
  writeFileSync(options.out!, `${JSON.stringify(results, null, 2)}\n`);
  rmSync(workDir, { recursive: true, force: true });

  console.log(
    `\nSite benchmark (${results.machine.cpus} × ${results.machine.cpuModel}, Node ${process.version}; load average ${results.machine.loadAverage.before} → ${results.machine.loadAverage.after})`,
  );
  console.log(
    `Build time of the demo site (${runs} builds${options.cold ? ', cold cache' : ''}): median ${(results.buildTime.medianMs / 1000).toFixed(2)} s, ` +
      `min ${(results.buildTime.minMs / 1000).toFixed(2)} s, max ${(results.buildTime.maxMs / 1000).toFixed(2)} s`,
  );
  console.log(`Pages: ${results.pageCount}; dist/: ${kB(results.distBytes)}`);
  console.log('\nPer page template (average per page):');
  console.table(
    Object.fromEntries(
      Object.entries(templates).map(([template, figures]) => [
        template,
        { pages: figures.pages, 'HTML bytes': figures.htmlBytes, 'HTML gzip': figures.htmlGzipBytes, 'CSS bytes': figures.cssBytes, 'JS bytes': figures.jsBytes },
      ]),
    ),
  );
  console.log(`JavaScript per page: 0 bytes on ${contentPages.length} of ${weights.length} pages; pages with JavaScript:`);
  for (const weight of pagesWithJavaScript) console.log(`  ${weight.route}: ${weight.jsBytes} bytes (${weight.scripts.join(', ')})`);
  console.log(`Pagefind index: ${kB(results.pagefind.indexBytes)} in ${results.pagefind.files} files`);
  console.log(`\nWrote ${path.relative(process.cwd(), options.out!) || options.out}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
