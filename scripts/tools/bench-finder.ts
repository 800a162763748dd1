/**
 * Doctor finder benchmark: how fast the finder answers and how much it sends.
 *
 *   tsx scripts/tools/bench-finder.ts [--physicians 10000] [--locations 200] [--changes 120] [--loads 5] [--out FILE]
 *
 * Prints the figures and writes bench-results/finder.json. See --help.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { readAllContent } from '../../site/src/lib/cms/read-all';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type ContentSnapshot } from '../../site/src/lib/cms/snapshot';
import { launchChromium } from '../test/support/chromium';
import { addDirectoryToSnapshot, generateDirectory } from './lib/generate-directory';
import { bin, REPO_DIR, run } from '../test/support/site-build';
import { startTestCms } from '../test/support/test-cms';
import { serveSite } from '../rebuild/static-server';
import { gzipProxy } from './lib/gzip-proxy';

const HELP = `Usage: tsx scripts/tools/bench-finder.ts [options]

Starts a throwaway CMS seeded with the demo content (scripts/test/support/test-cms.ts) and exports it to a
snapshot, then builds the site twice with \`astro build\` from snapshots:
  - demo scale: the demo content as seeded;
  - large: the demo content plus generated clinics and physicians (scripts/tools/lib/generate-directory.ts,
    fixed seed, valid content) up to --physicians at --locations.
Both builds are served with the production headers (scripts/rebuild/static-server.ts) and measured in
Chromium (Debian's, through playwright-core):
  - filter latency on the large /doctors/: performance.now() around a filter change (a <select> or
    checkbox change event, as a visitor's choice fires it) until the finder has updated the DOM and
    the browser has laid it out; median and p95 over --changes changes, by name order and sorted by
    distance (a ZIP code chosen); also the time to the next frame;
  - time to an interactive finder on a throttled phone on the large /doctors/: from navigation start
    until the finder reports ready (its root's data-finder-state="ready": index and cards file
    loaded, first page drawn), median and max of --loads cold loads (4x CPU slowdown; 150 ms round
    trip, 1.6 Mbit/s down), served gzipped as a CDN would (scripts/tools/lib/gzip-proxy.ts);
  - the large /doctors/ HTML, raw and gzipped (target ≤ 150 KB gzipped);
  - finder index and cards file bytes (raw and gzipped) at both scales, and the ZIP code table;
  - island JavaScript of /doctors/ and /locations/ (the module and the chunks it imports), gzipped;
  - LCP and CLS of /doctors/ at demo scale from PerformanceObserver in Chromium, median of --loads
    cold loads, on a desktop profile and on a throttled phone profile (4x CPU slowdown; 150 ms
    round trip, 1.6 Mbit/s down, as Lighthouse's mobile preset).

Options:
  --physicians N   physicians in the large build (default 10000)
  --locations N    locations in the large build (default 200)
  --changes N      filter changes to time (default 120)
  --loads N        page loads for LCP and CLS per profile (default 5)
  --seed N         generator seed (default 20260115)
  --out FILE       where to write the JSON results (default bench-results/finder.json)
  --keep           keep the builds and print where they are
  --builds DIR     measure builds kept by an earlier --keep run (no CMS, no build)
  --help           show this text

Targets (from the issues): filter change ≤ 16 ms; index ≤ 300 KB gzipped; island ≤ 10 KB gzipped;
/doctors/ HTML ≤ 150 KB gzipped at the large scale.`;

const { values: options } = parseArgs({
  options: {
    physicians: { type: 'string', default: '10000' },
    locations: { type: 'string', default: '200' },
    changes: { type: 'string', default: '120' },
    loads: { type: 'string', default: '5' },
    seed: { type: 'string', default: '20260115' },
    out: { type: 'string', default: path.join(REPO_DIR, 'bench-results', 'finder.json') },
    keep: { type: 'boolean', default: false },
    builds: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(HELP);
  process.exit(0);
}
const wholeNumber = (name: keyof typeof options) => {
  const value = Number(options[name]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1, got "${options[name]}".\n\n${HELP}`);
    process.exit(2);
  }
  return value;
};
const physicianCount = wholeNumber('physicians');
const locationCount = wholeNumber('locations');
const changeCount = wholeNumber('changes');
const loadCount = wholeNumber('loads');
const seed = wholeNumber('seed');

// ------------------------------------------------------------ helpers

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
};
const median = (values: number[]) => quantile(values, 0.5);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipBytes = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** `astro build` (the site's own, search index included) from a snapshot into outDir; resolves with its wall time. */
async function astroBuild(snapshotFile: string, outDir: string, mediaBaseUrl: string): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_SOURCE: `snapshot:${snapshotFile}`,
    SITE_OUT_DIR: outDir,
    STRAPI_URL: mediaBaseUrl,
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=6144`.trim(),
  };
  delete env.MEDIA_BASE_URL;
  const started = performance.now();
  await run(bin('astro'), ['build'], env, () => {});
  return performance.now() - started;
}

/**
 * The island of a page: its module scripts from /_astro/ and every chunk they import, gzipped; and,
 * apart, the page's dictionary (the chunk the island imports dynamically for the page's language,
 * src/i18n/client.ts) with the chunks it imports that the island has not already loaded.
 */
function islandBytes(outDir: string, route: string): { files: string[]; bytes: number; gzipBytes: number; dictionary: { files: string[]; gzipBytes: number } } {
  const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const language = /<html[^>]*\slang="([a-z]+)/.exec(html)?.[1] ?? 'en';
  const seen = new Set<string>();
  const dynamic: string[] = [];
  const walk = (start: string[]) => {
    const queue = [...start];
    let bytes = 0;
    let gzipped = 0;
    const files: string[] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      files.push(url);
      const body = readFileSync(path.join(outDir, url));
      bytes += body.length;
      gzipped += gzipBytes(body);
      const code = body.toString('utf8');
      for (const match of code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+\.js)["']/g)) queue.push(path.posix.join(path.posix.dirname(url), match[1]!));
      for (const match of code.matchAll(/import\(\s*["'](\.\/[^"']+\.js)["']\s*\)/g)) dynamic.push(path.posix.join(path.posix.dirname(url), match[1]!));
    }
    return { files, bytes, gzipBytes: gzipped };
  };
  const island = walk([...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((match) => match[1]!));
  const dictionary = walk(dynamic.filter((url) => path.posix.basename(url).startsWith(`${language}.`)));
  return { ...island, dictionary: { files: dictionary.files, gzipBytes: dictionary.gzipBytes } };
}

function dataFileOf(outDir: string, route: string, attribute: string): { url: string; bytes: number; gzipBytes: number } {
  const html = readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  const url = new RegExp(`${attribute}="([^"]+)"`).exec(html)?.[1];
  if (!url) throw new Error(`${route} has no ${attribute}`);
  const body = readFileSync(path.join(outDir, url));
  return { url, bytes: body.length, gzipBytes: gzipBytes(body) };
}

// ------------------------------------------------------------ measurements in Chromium

interface Latency {
  changes: number;
  domUpdatedMs: { median: number; p95: number; max: number };
  nextFrameMs: { median: number; p95: number };
}

/**
 * Times filter changes on an open finder. Each change sets a control and dispatches the change
 * event the browser fires for a visitor's choice; the finder updates synchronously in its
 * handler, then reading layout (offsetHeight) makes the browser apply styles and lay out the new
 * results. The next frame is a requestAnimationFrame plus a task.
 */
async function timeFilterChanges(page: Page, count: number): Promise<Latency> {
  const samples = await page.evaluate(async (changes) => {
    const form = document.querySelector<HTMLFormElement>('[data-finder-filters]')!;
    const selects = ['subtype', 'specialty', 'location', 'language'].map((name) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!);
    const checks = ['accepting', 'telehealth', 'second-opinions'].map((name) => form.querySelector<HTMLInputElement>(`input[name="${name}"]`)!);
    const controls: (() => HTMLElement)[] = [];
    for (const select of selects) {
      controls.push(() => {
        // Alternate between an option and "Any", so filters do not pile up to an empty result.
        select.value = select.value === '' ? select.options[1 + Math.floor(Math.random() * (select.options.length - 1))]!.value : '';
        return select;
      });
    }
    for (const check of checks) {
      controls.push(() => {
        check.checked = !check.checked;
        return check;
      });
    }
    const dom: number[] = [];
    const frame: number[] = [];
    for (let change = 0; change < changes; change++) {
      const control = controls[change % controls.length]!;
      const started = performance.now();
      const target = control();
      target.dispatchEvent(new Event('change', { bubbles: true }));
      void document.body.offsetHeight;
      dom.push(performance.now() - started);
      await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      frame.push(performance.now() - started);
    }
    return { dom, frame };
  }, count);
  return {
    changes: count,
    domUpdatedMs: { median: round(median(samples.dom)), p95: round(quantile(samples.dom, 0.95)), max: round(Math.max(...samples.dom)) },
    nextFrameMs: { median: round(median(samples.frame)), p95: round(quantile(samples.frame, 0.95)) },
  };
}

const OBSERVE_VITALS = () => {
  const vitals = { lcp: 0, cls: 0, shifts: 0, readyAt: 0 };
  // The moment the finder's root says "ready", from navigation start.
  new MutationObserver((records) => {
    for (const record of records) {
      if (!vitals.readyAt && (record.target as HTMLElement).dataset?.finderState === 'ready') vitals.readyAt = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-finder-state'] });
  (window as unknown as { __vitals: typeof vitals }).__vitals = vitals;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) vitals.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!entry.hadRecentInput) {
        vitals.cls += entry.value;
        vitals.shifts++;
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

interface Vitals {
  loads: number;
  lcpMs: { median: number; max: number };
  cls: { median: number; max: number };
  readyMs: { median: number; max: number };
}

async function measureVitals(
  browser: Browser,
  url: string,
  loads: number,
  profile: { context: BrowserContextOptions; cpuSlowdown?: number; network?: { latency: number; downloadThroughput: number; uploadThroughput: number } },
): Promise<Vitals> {
  const lcp: number[] = [];
  const cls: number[] = [];
  const ready: number[] = [];
  for (let load = 0; load < loads; load++) {
    const context = await browser.newContext(profile.context);
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
      if (profile.network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
      }
      await page.addInitScript(OBSERVE_VITALS);
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForSelector('[data-finder-state="ready"]', { timeout: 120_000 });
      await page.waitForTimeout(1500);
      const vitals = await page.evaluate(() => (window as unknown as { __vitals: { lcp: number; cls: number; readyAt: number } }).__vitals);
      ready.push(vitals.readyAt);
      lcp.push(vitals.lcp);
      cls.push(vitals.cls);
    } finally {
      await context.close();
    }
  }
  return {
    loads,
    lcpMs: { median: round(median(lcp), 0), max: round(Math.max(...lcp), 0) },
    cls: { median: round(median(cls), 4), max: round(Math.max(...cls), 4) },
    readyMs: { median: round(median(ready), 0), max: round(Math.max(...ready), 0) },
  };
}

/** The throttled phone: Lighthouse's mobile preset (4x CPU slowdown; 150 ms round trip, 1.6 Mbit/s down). */
const PHONE = {
  context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  cpuSlowdown: 4,
  network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

// ------------------------------------------------------------ main

async function main(): Promise<void> {
  const reuse = options.builds ? path.resolve(options.builds) : undefined;
  const workDir = reuse ?? mkdtempSync(path.join(os.tmpdir(), 'bench-finder-'));
  const demoDir = path.join(workDir, 'demo');
  const largeDir = path.join(workDir, 'large');
  const demoSnapshot = path.join(workDir, 'demo-content.json');
  const largeSnapshot = path.join(workDir, 'large-content.json');

  let builds: { demoMs: number; largeMs: number } | null = null;
  let large: ContentSnapshot;
  if (reuse) {
    console.log(`Measuring the builds in ${reuse}`);
    large = JSON.parse(readFileSync(largeSnapshot, 'utf8')) as ContentSnapshot;
  } else {
    console.log('Starting a seeded test CMS…');
    const cms = await startTestCms();
    try {
      const content = await readAllContent({ baseUrl: cms.url, token: cms.token });
      const demo: ContentSnapshot = {
        format: SNAPSHOT_FORMAT,
        version: SNAPSHOT_VERSION,
        exportedAt: new Date().toISOString(),
        source: { cmsUrl: cms.url },
        mediaBaseUrl: cms.url,
        content,
      };
      writeFileSync(demoSnapshot, JSON.stringify(demo));
      const added = generateDirectory({
        physicians: Math.max(0, physicianCount - content.physician.length),
        locations: Math.max(1, locationCount - content.location.length),
        clinicalTrials: 0,
        seed,
      });
      large = addDirectoryToSnapshot(demo, added);
      writeFileSync(largeSnapshot, JSON.stringify(large));

      console.log(`Building the demo site (${demo.content.physician.length} physicians, ${demo.content.location.length} locations)…`);
      const demoMs = await astroBuild(demoSnapshot, demoDir, cms.url);
      console.log(`  ${(demoMs / 1000).toFixed(1)} s`);
      console.log(`Building the large site (${large.content.physician.length} physicians, ${large.content.location.length} locations)…`);
      const largeMs = await astroBuild(largeSnapshot, largeDir, cms.url);
      console.log(`  ${(largeMs / 1000).toFixed(1)} s`);
      builds = { demoMs, largeMs };
    } finally {
      await cms.stop();
    }
  }

  const demoServer = await serveSite({ liveDir: demoDir });
  const largeServer = await serveSite({ liveDir: largeDir });
  const browser = await launchChromium();
  let latency: { byName: Latency; byDistance: Latency; startMs: number };
  let vitals: { desktop: Vitals; phone: Vitals };
  let phoneLarge: Vitals;
  try {
    console.log(`Timing ${changeCount} filter changes on the large /doctors/…`);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${largeServer.origin}/doctors/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-finder-state="ready"]', { timeout: 120_000 });
    const startMs = await page.evaluate(() => performance.now());
    const byName = await timeFilterChanges(page, changeCount);
    await page.fill('input[name="zip"]', '27705');
    await page.press('input[name="zip"]', 'Enter');
    await page.waitForSelector('[data-near-you-current]:not([hidden])');
    const byDistance = await timeFilterChanges(page, changeCount);
    await context.close();
    latency = { byName, byDistance, startMs: round(startMs, 0) };

    console.log(`Measuring LCP and CLS of the demo /doctors/ (${loadCount} loads per profile)…`);
    const desktop = await measureVitals(browser, `${demoServer.origin}/doctors/`, loadCount, { context: { viewport: { width: 1350, height: 940 } } });
    const phone = await measureVitals(browser, `${demoServer.origin}/doctors/`, loadCount, PHONE);
    vitals = { desktop, phone };

    console.log(`Timing the finder's start on a throttled phone, large /doctors/ served gzipped (${loadCount} loads)…`);
    const compressed = await gzipProxy(largeServer.origin);
    try {
      phoneLarge = await measureVitals(browser, `${compressed.origin}/doctors/`, loadCount, PHONE);
    } finally {
      await compressed.close();
    }
  } finally {
    await browser.close();
    await demoServer.close();
    await largeServer.close();
  }

  const index = { demo: dataFileOf(demoDir, 'doctors', 'data-index-url'), large: dataFileOf(largeDir, 'doctors', 'data-index-url') };
  const cards = { demo: dataFileOf(demoDir, 'doctors', 'data-cards-url'), large: dataFileOf(largeDir, 'doctors', 'data-cards-url') };
  const zips = { demo: dataFileOf(demoDir, 'doctors', 'data-zip-url'), large: dataFileOf(largeDir, 'doctors', 'data-zip-url') };
  const island = { doctors: islandBytes(demoDir, 'doctors'), locations: islandBytes(demoDir, 'locations') };
  const largeHtml = readFileSync(path.join(largeDir, 'doctors', 'index.html'));
  const demoHtml = readFileSync(path.join(demoDir, 'doctors', 'index.html'));

  const results = {
    benchmark: 'finder',
    date: new Date().toISOString(),
    machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '' },
    scale: {
      demo: { physicians: 0, locations: 0 },
      large: { physicians: large.content.physician.length, locations: large.content.location.length, seed },
    },
    builds: builds ? { demoMs: round(builds.demoMs, 0), largeMs: round(builds.largeMs, 0) } : null,
    loadAverage: os.loadavg().map((load) => round(load)),
    filterLatency: latency,
    finderIndex: index,
    finderCards: cards,
    finderReadyPhoneLarge: phoneLarge!,
    zipTable: zips,
    islandJavaScript: island,
    doctorsPageHtml: { demo: { bytes: demoHtml.length, gzipBytes: gzipBytes(demoHtml) }, large: { bytes: largeHtml.length, gzipBytes: gzipBytes(largeHtml) } },
    webVitalsDemo: vitals,
    targets: { filterChangeMs: 16, indexGzipBytes: 300 * 1024, islandGzipBytes: 10 * 1024, doctorsHtmlGzipBytes: 150 * 1024 },
  };
  const demoContent = JSON.parse(readFileSync(demoSnapshot, 'utf8')) as ContentSnapshot;
  results.scale.demo = { physicians: demoContent.content.physician.length, locations: demoContent.content.location.length };

  mkdirSync(path.dirname(options.out!), { recursive: true });
  writeFileSync(options.out!, `${JSON.stringify(results, null, 2)}\n`);
  if (options.keep) console.log(`Kept the builds in ${workDir}`);
  else if (!reuse) rmSync(workDir, { recursive: true, force: true });

  const ok = (pass: boolean) => (pass ? 'meets the target' : 'MISSES the target');
  const { byName, byDistance } = latency;
  console.log(`\nDoctor finder benchmark (${results.machine.cpus} × ${results.machine.cpuModel}, Node ${process.version})`);
  console.log(
    `Large build: ${results.scale.large.physicians} physicians at ${results.scale.large.locations} locations` +
      `${builds ? `, built in ${(builds.largeMs / 1000).toFixed(1)} s` : ''}; load average during the run ${results.loadAverage.join(', ')}`,
  );
  console.log(
    `Filter change → results updated and laid out (${byName.changes} changes): by name median ${byName.domUpdatedMs.median} ms, p95 ${byName.domUpdatedMs.p95} ms; ` +
      `sorted by distance median ${byDistance.domUpdatedMs.median} ms, p95 ${byDistance.domUpdatedMs.p95} ms (target ≤ 16 ms: ${ok(Math.max(byName.domUpdatedMs.p95, byDistance.domUpdatedMs.p95) <= 16)})`,
  );
  console.log(`  to the next frame: by name median ${byName.nextFrameMs.median} ms, p95 ${byName.nextFrameMs.p95} ms; by distance median ${byDistance.nextFrameMs.median} ms, p95 ${byDistance.nextFrameMs.p95} ms`);
  console.log(`  finder started (index fetched, parsed, first render) ${latency.startMs} ms after navigation`);
  console.log(
    `Finder index: large ${kB(index.large.bytes)} raw, ${kB(index.large.gzipBytes)} gzipped (target ≤ 300 KB: ${ok(index.large.gzipBytes <= 300 * 1024)}); ` +
      `demo ${kB(index.demo.bytes)} raw, ${kB(index.demo.gzipBytes)} gzipped`,
  );
  console.log(`Finder cards file (loaded with the index): large ${kB(cards.large.bytes)} raw, ${kB(cards.large.gzipBytes)} gzipped; demo ${kB(cards.demo.gzipBytes)} gzipped`);
  console.log(
    `Time to an interactive finder, throttled phone, large /doctors/ (median of ${loadCount} loads, served gzipped): ${phoneLarge!.readyMs.median} ms (max ${phoneLarge!.readyMs.max} ms); ` +
      `LCP ${phoneLarge!.lcpMs.median} ms, CLS ${phoneLarge!.cls.median}`,
  );
  console.log(`ZIP code table (loaded only when a ZIP code is entered): demo ${kB(zips.demo.gzipBytes)} gzipped (${kB(zips.demo.bytes)} raw); large ${kB(zips.large.gzipBytes)} gzipped`);
  console.log(
    `Island JavaScript: /doctors/ ${kB(island.doctors.gzipBytes)} gzipped (${kB(island.doctors.bytes)} raw, ${island.doctors.files.length} files; target ≤ 10 KB: ${ok(island.doctors.gzipBytes <= 10 * 1024)}), ` +
      `then its dictionary ${kB(island.doctors.dictionary.gzipBytes)} (${island.doctors.dictionary.files.length} files); ` +
      `/locations/ ${kB(island.locations.gzipBytes)} gzipped`,
  );
  console.log(
    `/doctors/ HTML: demo ${kB(results.doctorsPageHtml.demo.gzipBytes)} gzipped; large ${kB(results.doctorsPageHtml.large.gzipBytes)} gzipped (${kB(largeHtml.length)} raw; ` +
      `target ≤ 150 KB: ${ok(results.doctorsPageHtml.large.gzipBytes <= 150 * 1024)})`,
  );
  console.log(
    `Demo /doctors/ web vitals (median of ${loadCount} loads): desktop LCP ${vitals.desktop.lcpMs.median} ms, CLS ${vitals.desktop.cls.median}; ` +
      `throttled phone LCP ${vitals.phone.lcpMs.median} ms, CLS ${vitals.phone.cls.median} (max CLS ${Math.max(vitals.desktop.cls.max, vitals.phone.cls.max)})`,
  );
  console.log(`\nWrote ${path.relative(process.cwd(), options.out!) || options.out}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
