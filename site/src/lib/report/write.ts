/**
 * Writes the content report of a finished build: reads its pages, checks its internal links with
 * the rebuild service's own check (scripts/rebuild/site-links.ts, the one link check), and writes
 * content-report.json beside the output folder (report-file.ts), never inside it.
 *
 * What it found on each page is kept in the build record beside the release
 * (`<release>.build/report-pages.json`, src/lib/incremental/build-record.ts). An incremental build
 * passes `keptFromLive`, the pages it took unchanged from the live release: their findings are
 * the live release's, and only the pages it rendered are read. Links are checked on the pages it
 * rendered and on the kept pages that name a file the live release had and this one has not
 * (`pagesToCheckAfter`): a kept page's other links resolved in the live release and still do.
 *
 * Pages are read a batch at a time, yielding between batches: the build's search index
 * (src/lib/search/) is written meanwhile, and Pagefind's replies wait on this process's event loop.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBrokenInternalLinks, pagesInBatches, pagesToCheckAfter } from '../../../../scripts/rebuild/site-links';
import { listPages } from '../../../../scripts/rebuild/site-pages';
import { buildRecordDir } from '../incremental/build-record';
import { SEARCH_BUNDLE_DIR } from '../search/search-index';
import { buildContentReport, reportedPage, type ContentReport, type MedicalContent, type ReportedPage, type ReportSettings } from './content-report';
import { contentReportFile } from '@mbc/shared/content-report-file';

const PAGE_FINDINGS = 'report-pages.json';

/** The findings a release's build kept, by page path; empty when there are none to read. */
function keptFindings(liveDir: string): Map<string, ReportedPage> {
  const file = path.join(buildRecordDir(liveDir), PAGE_FINDINGS);
  if (!existsSync(file)) return new Map();
  try {
    const pages = JSON.parse(readFileSync(file, 'utf8')) as ReportedPage[];
    return new Map(pages.map((page) => [page.path, page]));
  } catch {
    return new Map();
  }
}

export async function writeContentReport(options: {
  outDir: string;
  content: MedicalContent;
  settings: ReportSettings;
  siteOrigin?: string;
  keptFromLive?: { liveDir: string; pages: ReadonlySet<string> } | null;
}): Promise<{
  report: ContentReport;
  file: string;
  /** Pages read from their HTML (the others' findings came from the live release). */
  pagesRead: number;
  /** Pages whose links were checked. */
  pagesLinkChecked: number;
}> {
  const outDir = path.resolve(options.outDir);
  const keptFromLive = options.keptFromLive;
  const kept = keptFromLive ? keptFindings(keptFromLive.liveDir) : new Map<string, ReportedPage>();
  const builtPages = listPages(outDir).map((page) => ({ ...page, relativeFile: path.relative(outDir, page.file) }));
  const routeOfFile = new Map(builtPages.map((page) => [page.relativeFile, page.route]));
  const keptFinding = (route: string) => (keptFromLive?.pages.has(route) ? kept.get(route) : undefined);
  // The other pages are read, a batch at a time.
  const toRead = builtPages.filter((page) => !keptFinding(page.route)).map((page) => page.relativeFile);
  const read = new Map<string, ReportedPage>();
  for await (const batch of pagesInBatches(outDir, toRead)) {
    for (const { page, html } of batch) read.set(page, reportedPage(routeOfFile.get(page)!, html));
  }
  const pages = builtPages.map((page) => keptFinding(page.route) ?? read.get(page.relativeFile)!);
  const pagesRead = read.size;
  // Every page's links in a full build; in an incremental one, those that can have changed.
  const keptFiles = (live: NonNullable<typeof keptFromLive>) => new Set(builtPages.filter((page) => live.pages.has(page.route)).map((page) => page.relativeFile));
  const linkChecked = keptFromLive ? await pagesToCheckAfter(outDir, keptFromLive.liveDir, keptFiles(keptFromLive), [SEARCH_BUNDLE_DIR]) : undefined;
  const report = buildContentReport({
    pages,
    content: options.content,
    brokenLinks: await findBrokenInternalLinks(outDir, { siteOrigin: options.siteOrigin, pages: linkChecked }),
    settings: options.settings,
  });
  const file = contentReportFile(outDir);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  mkdirSync(buildRecordDir(outDir), { recursive: true });
  writeFileSync(path.join(buildRecordDir(outDir), PAGE_FINDINGS), JSON.stringify(pages));
  return { report, file, pagesRead, pagesLinkChecked: linkChecked?.length ?? builtPages.length };
}
