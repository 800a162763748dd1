import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, LOCALE_CODES, localePath } from '@mbc/shared';
import { contentReportFile } from '@mbc/shared/content-report-file';
import { findBrokenInternalLinks, type BrokenLink } from './site-links';
import { COLLECTION_ROUTES } from './site-pages';
import type { Logger } from './log';
import { runCommand, withoutColors } from './run-command';
import { goLive, liveReleaseId, newReleaseId, prepareReleaseDir, pruneReleases, releaseDir, removeRelease, type ReleaseLayout } from './releases';

/** Collection routes of the site and the CMS endpoint whose published entries each one lists. */
const ROUTE_COLLECTIONS = Object.entries(COLLECTION_ROUTES).map(([route, { endpoint, everyLocale }]) => ({ route, endpoint, everyLocale }));

/** Published entries per collection endpoint, in each locale: the entry pages a release must have. */
export type PublishedCounts = Record<string, Record<string, number>>;

export type BuildSettings = {
  repoDir: string;
  layout: ReleaseLayout;
  keepReleases: number;
  /** The command that builds the site into $SITE_OUT_DIR. */
  command: string[];
  env: NodeJS.ProcessEnv;
  cmsUrl: string;
  cmsToken: string;
  siteOrigin?: string;
  timeoutMs: number;
  logger: Logger;
  /** Aborting stops a running build (used when the stack shuts down). */
  signal?: AbortSignal;
};

/** The site build's content report (site/src/lib/report/content-report.ts), as the build wrote it. */
export type ContentReport = { summary: Record<string, number | null>; [finding: string]: unknown };

/**
 * Which kind of build made a release (site/src/lib/incremental/): a full one renders every page;
 * an incremental one only the pages the content changes touch, the others kept from the live
 * release. `reason` says why a build was full (no live release, the code changed, site settings
 * changed, or the incremental build failed and this full one replaced it).
 */
export type BuildKind = { kind: 'full'; reason: string; pagesRendered: number } | { kind: 'incremental'; from: string; pagesRendered: number };

type Timing = { id: string; startedAt: string; finishedAt: string; durationMs: number; contentReport?: ContentReport | null };
/**
 * Where a release's time went, in milliseconds: the site build (the command), the release check
 * (the published counts asked of the CMS, the pages counted and checked), the swap of the live
 * link, and deleting the releases no longer kept. The release is live from the end of `goLive`.
 */
export type ReleaseSteps = { siteBuildMs: number; checkMs: number; goLiveMs: number; pruneMs: number };
/** `build` and `steps` are absent when the build ran elsewhere (the github-dispatch mode). */
export type BuildOutcome = (Timing & { ok: true; pages: number; build?: BuildKind; steps?: ReleaseSteps }) | (Timing & { ok: false; reason: string });

/** The report the build wrote beside its output folder, or null when it wrote none (it failed before the end). */
function readContentReport(file: string): ContentReport | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ContentReport;
  } catch {
    return null;
  }
}

/** The broken links the build's content report lists (it checks them as the release check would), or undefined when it wrote none. */
function reportedBrokenLinks(file: string): BrokenLink[] | undefined {
  const links = readContentReport(file)?.brokenLinks;
  return Array.isArray(links) ? (links as BrokenLink[]) : undefined;
}

/** GET a page of a collection from the CMS's content API, with the site-build token. */
async function cmsPage(cmsUrl: string, token: string, endpoint: string, query: string): Promise<{ data: { documentId: string }[]; meta: { pagination: { total: number; pageCount: number } } }> {
  const url = `${cmsUrl}/api/${endpoint}?${query}`;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`Could not count ${endpoint} in the CMS: ${url} answered ${response.status}.`);
  return (await response.json()) as Awaited<ReturnType<typeof cmsPage>>;
}

/** The documentIds of a collection's published entries in `locale`. */
async function publishedDocumentIds(cmsUrl: string, token: string, endpoint: string, locale: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const answer = await cmsPage(cmsUrl, token, endpoint, `locale=${locale}&fields[0]=slug&pagination[page]=${page}&pagination[pageSize]=100`);
    for (const entry of answer.data) ids.add(entry.documentId);
    pageCount = answer.meta.pagination.pageCount;
  }
  return ids;
}

/**
 * The entry pages each locale's part of a release must have, from the CMS: in the default
 * locale, one per published entry; in another, one per doctor and clinic, and one per other entry
 * published in that locale and in the default one (a version is shown only with its document's
 * published default-locale entry, as the site's loader reads them).
 */
async function publishedCounts(cmsUrl: string, token: string): Promise<PublishedCounts> {
  const counts: PublishedCounts = Object.fromEntries(LOCALE_CODES.map((locale) => [locale, {}]));
  for (const { endpoint, everyLocale } of ROUTE_COLLECTIONS) {
    const total = (await cmsPage(cmsUrl, token, endpoint, 'pagination[pageSize]=1&fields[0]=slug')).meta.pagination.total;
    counts[DEFAULT_LOCALE]![endpoint] = total;
    const others = LOCALE_CODES.filter((locale) => locale !== DEFAULT_LOCALE);
    if (everyLocale) {
      for (const locale of others) counts[locale]![endpoint] = total;
      continue;
    }
    if (others.length === 0) continue;
    const inDefault = await publishedDocumentIds(cmsUrl, token, endpoint, DEFAULT_LOCALE);
    for (const locale of others) {
      const inLocale = await publishedDocumentIds(cmsUrl, token, endpoint, locale);
      counts[locale]![endpoint] = [...inLocale].filter((id) => inDefault.has(id)).length;
    }
  }
  return counts;
}

function entryPages(dir: string, route: string): number {
  const routeDir = path.join(dir, route);
  if (!existsSync(routeDir)) return 0;
  return readdirSync(routeDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && existsSync(path.join(routeDir, entry.name, 'index.html'))).length;
}

/**
 * Problems that make a build unfit to go live; empty when it is fine. `brokenLinks`: what the
 * build's own content report found with the same link check (site/src/lib/report/write.ts), so it
 * is not run twice; without it, every page's links are checked here.
 */
export async function checkRelease(dir: string, counts: PublishedCounts, options: { siteOrigin?: string; brokenLinks?: readonly BrokenLink[] } = {}): Promise<string[]> {
  const problems: string[] = [];
  for (const page of ['index.html', '404.html']) {
    if (!existsSync(path.join(dir, page))) problems.push(`the build has no ${page}`);
  }
  for (const [locale, inLocale] of Object.entries(counts)) {
    const language = locale === DEFAULT_LOCALE ? '' : ` in "${locale}"`;
    for (const { route, endpoint } of ROUTE_COLLECTIONS) {
      const listPath = localePath(locale, `/${route}/`);
      const pages = entryPages(dir, listPath.slice(1, -1));
      if (pages !== inLocale[endpoint]) problems.push(`${listPath} has ${pages} entry pages but the CMS has ${inLocale[endpoint]} published ${endpoint}${language}`);
    }
  }
  const broken = options.brokenLinks ?? (await findBrokenInternalLinks(dir, { siteOrigin: options.siteOrigin }));
  if (broken.length > 0) {
    const examples = broken.slice(0, 5).map(({ page, url }) => `${url} (on ${page})`).join(', ');
    problems.push(`${broken.length} broken internal link(s): ${examples}`);
  }
  return problems;
}

/**
 * The lines of build output that best explain a failure (the loader's errors name type, entry and
 * field). Astro prints a loader's refusal without its error name, so its own wording is matched
 * too: "…, so the site was not built" opens every refusal of content (contract, missing reviewer).
 */
export function failureReason(output: string): string {
  // npm's own "Lifecycle script failed" lines close every failed build and say nothing of why.
  const all = output.split(/\r?\n/).map((line) => withoutColors(line).trim()).filter(Boolean);
  const own = all.filter((line) => !/^npm (error|ERR!)/.test(line));
  const lines = own.length > 0 ? own : all;
  const explanatory = lines.findIndex((line) =>
    /CmsFetchError|ContentContract|content contract|so the site was not built|Could not read|refused the site-build token|\[ERROR\]|Error:|ENOENT|EACCES/i.test(line),
  );
  if (explanatory >= 0) return lines.slice(explanatory, explanatory + 6).join('\n');
  return lines.slice(-6).join('\n') || 'the build failed without output';
}

/** The lines of a build's log that say which kind of build it was and how many pages it built (read by buildKindFrom). */
const BUILD_KIND_LINE = /Full build: |Incremental build from |page\(s\) built/;

/** What the site build's log says it did (site/src/lib/incremental/integration.ts writes these lines). */
export function buildKindFrom(output: string): BuildKind & { pages: number } {
  const text = withoutColors(output);
  const builtPages = Number(text.match(/(\d+) page\(s\) built/)?.[1] ?? 0);
  const incremental = text.match(/Incremental build from (\S+): (\d+) of (\d+) pages rendered/);
  if (incremental) return { kind: 'incremental', from: incremental[1]!, pagesRendered: Number(incremental[2]), pages: Number(incremental[3]) };
  const full = text.match(/Full build: (.+?)\.\s*$/m);
  return { kind: 'full', reason: full?.[1] ?? 'the build did not say', pagesRendered: builtPages, pages: builtPages };
}

/**
 * Builds the site into a fresh release directory, checks it, and only then makes it live.
 * Any failure leaves the live site exactly as it was.
 *
 * With a live release, the build is incremental (SITE_INCREMENTAL_FROM: only the pages the
 * content changes touch are rendered; the site build falls back to a full one itself when the
 * code changed or every page is touched). If an incremental build fails or its release fails the
 * checks, a full build replaces it at once, so only a failure of a full build is reported as one.
 */
export async function buildAndDeploy(settings: BuildSettings): Promise<BuildOutcome> {
  const live = liveReleaseId(settings.layout);
  if (!live) return buildRelease(settings, { full: 'no live release yet' });
  const incremental = await buildRelease(settings, { from: releaseDir(settings.layout, live) });
  if (incremental.ok || settings.signal?.aborted) return incremental;
  settings.logger.warn('incremental build failed; building in full', { id: incremental.id, reason: incremental.reason });
  return buildRelease(settings, { full: `the incremental build failed (${incremental.reason.split('\n', 1)[0]}), so a full build ran` });
}

async function buildRelease(settings: BuildSettings, how: { from: string } | { full: string }): Promise<BuildOutcome> {
  const id = newReleaseId();
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const outDir = prepareReleaseDir(settings.layout, id);
  // The build writes its content report beside the release (releases/content-report.json): a report left by an earlier build must not pass for this one's.
  const reportFile = contentReportFile(outDir);
  rmSync(reportFile, { force: true });
  const finish = (fields: { ok: true; pages: number; build: BuildKind; steps: ReleaseSteps } | { ok: false; reason: string }): BuildOutcome => {
    const finished = Date.now();
    const contentReport = readContentReport(reportFile);
    return { id, startedAt, finishedAt: new Date(finished).toISOString(), durationMs: finished - started, contentReport, ...fields } as BuildOutcome;
  };
  const discard = () => removeRelease(settings.layout, id);
  settings.logger.info('build started', { id, ...('from' in how ? { incrementalFrom: path.basename(how.from) } : { full: how.full }) });
  // Only this service says what a build builds on.
  const env = { ...settings.env };
  delete env.SITE_INCREMENTAL_FROM;
  // Kept as they come: a large build's log outgrows what runCommand keeps, and the kind is said at its start.
  const buildKindLines: string[] = [];
  const siteBuildStarted = Date.now();
  const { code, output } = await runCommand(settings.command, {
    name: 'build',
    onLine: (line) => {
      if (BUILD_KIND_LINE.test(line)) buildKindLines.push(line);
    },
    cwd: settings.repoDir,
    // Always a production build, whatever NODE_ENV the service itself runs with (Astro misbuilds under development).
    env: {
      ...env,
      NODE_ENV: 'production',
      SITE_OUT_DIR: outDir,
      STRAPI_URL: settings.cmsUrl,
      SITE_API_TOKEN: settings.cmsToken,
      ...('from' in how ? { SITE_INCREMENTAL_FROM: how.from } : {}),
    },
    timeoutMs: settings.timeoutMs,
    signal: settings.signal,
  });
  if (code !== 0) {
    await discard();
    return finish({ ok: false, reason: failureReason(output) });
  }
  const siteBuildMs = Date.now() - siteBuildStarted;
  const checkStarted = Date.now();
  let problems: string[];
  try {
    problems = await checkRelease(outDir, await publishedCounts(settings.cmsUrl, settings.cmsToken), { siteOrigin: settings.siteOrigin, brokenLinks: reportedBrokenLinks(reportFile) });
  } catch (error) {
    problems = [(error as Error).message];
  }
  if (problems.length > 0) {
    await discard();
    return finish({ ok: false, reason: `The build was not deployed: ${problems.join('; ')}.` });
  }
  const checkMs = Date.now() - checkStarted;
  const goLiveStarted = Date.now();
  goLive(settings.layout, id);
  const pruneStarted = Date.now();
  const removed = await pruneReleases(settings.layout, settings.keepReleases);
  const steps: ReleaseSteps = { siteBuildMs, checkMs, goLiveMs: pruneStarted - goLiveStarted, pruneMs: Date.now() - pruneStarted };
  const { pages, ...reported } = buildKindFrom(buildKindLines.join('\n'));
  // The site build says why it was full; the service knows better when it asked for a full build itself.
  const build: BuildKind = reported.kind === 'full' && 'full' in how ? { ...reported, reason: how.full } : reported;
  settings.logger.info('release is live', { id, build: build.kind, pagesRendered: build.pagesRendered, pages, removedReleases: removed, ...steps });
  return finish({ ok: true, pages, build, steps });
}
