/**
 * Writes the content report of a finished build: reads its pages, checks its internal links with
 * the rebuild service's own check (scripts/rebuild/site-links.ts, the one link check), and writes
 * content-report.json beside the output folder (report-file.ts), never inside it.
 *
 * What it found on each page is kept in the build record beside the release
 * (`<release>.build/report-pages.json`, src/lib/incremental/build-record.ts). An incremental build
 * passes `keptFromLive`, the pages it took unchanged from the live release: their findings are
 * the live release's, and only the pages it rendered are read. The links are always checked on
 * every page, since a page kept unchanged can link to one that is gone.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBrokenInternalLinks } from '../../../../scripts/rebuild/site-links';
import { listPages } from '../../../../scripts/rebuild/site-pages';
import { buildRecordDir } from '../incremental/build-record';
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

export function writeContentReport(options: {
  outDir: string;
  content: MedicalContent;
  settings: ReportSettings;
  siteOrigin?: string;
  keptFromLive?: { liveDir: string; pages: ReadonlySet<string> } | null;
}): {
  report: ContentReport;
  file: string;
  /** Pages read from their HTML (the others' findings came from the live release). */
  pagesRead: number;
} {
  const outDir = path.resolve(options.outDir);
  const kept = options.keptFromLive ? keptFindings(options.keptFromLive.liveDir) : new Map<string, ReportedPage>();
  let pagesRead = 0;
  const pages = listPages(outDir).map((page) => {
    const found = options.keptFromLive?.pages.has(page.route) ? kept.get(page.route) : undefined;
    if (found) return found;
    pagesRead++;
    return reportedPage(page.route, readFileSync(page.file, 'utf8'));
  });
  const report = buildContentReport({
    pages,
    content: options.content,
    brokenLinks: findBrokenInternalLinks(outDir, options.siteOrigin),
    settings: options.settings,
  });
  const file = contentReportFile(outDir);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  mkdirSync(buildRecordDir(outDir), { recursive: true });
  writeFileSync(path.join(buildRecordDir(outDir), PAGE_FINDINGS), JSON.stringify(pages));
  return { report, file, pagesRead };
}
