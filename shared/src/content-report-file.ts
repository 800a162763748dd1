/**
 * Where a build's content report goes: content-report.json in the folder that holds the output
 * folder (site/dist → site/content-report.json; a release of the rebuild service →
 * releases/content-report.json), so it is never served: the static server, nginx and the CDN
 * upload serve the output folder only. The site build writes it, the rebuild service reads it
 * (Node only: `@mbc/shared/content-report-file`, never the browser bundle).
 */
/// <reference types="node" />
import path from 'node:path';

export const CONTENT_REPORT_FILE = 'content-report.json';

export function contentReportFile(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), CONTENT_REPORT_FILE);
}
