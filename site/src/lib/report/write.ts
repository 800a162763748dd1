/**
 * Writes the content report of a finished build: reads its pages, checks its internal links with
 * the rebuild service's own check (scripts/rebuild/site-links.ts, the one link check), and writes
 * content-report.json beside the output folder (report-file.ts), never inside it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBrokenInternalLinks } from '../../../../scripts/rebuild/site-links';
import { listPages } from '../../../../scripts/rebuild/site-pages';
import { buildContentReport, reportedPage, type ContentReport, type MedicalContent, type ReportSettings } from './content-report';
import { contentReportFile } from '@mbc/shared/content-report-file';

export function writeContentReport(options: { outDir: string; content: MedicalContent; settings: ReportSettings; siteOrigin?: string }): {
  report: ContentReport;
  file: string;
} {
  const outDir = path.resolve(options.outDir);
  const pages = listPages(outDir).map((page) => reportedPage(page.route, readFileSync(page.file, 'utf8')));
  const report = buildContentReport({
    pages,
    content: options.content,
    brokenLinks: findBrokenInternalLinks(outDir, options.siteOrigin),
    settings: options.settings,
  });
  const file = contentReportFile(outDir);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return { report, file };
}
