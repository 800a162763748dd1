/**
 * The search index's line in the build log (pure). The build prints it (integration.ts);
 * scripts/test/support/site-build.ts reads the figures back for the build tests' and the
 * benchmark's "search index" figure, so the two sides share this one format.
 */

export interface SearchIndexSummary {
  physicians: number;
  /** Pages read from their HTML: every page but the physician profiles (Pagefind leaves out those without data-pagefind-body). */
  pages: number;
  /** From the start of the build to the bundle written. */
  totalMs: number;
  /** From the pages being written to the bundle written. */
  afterPagesMs: number;
  /** The live release whose bundle was kept, its inputs being this build's (an incremental build). */
  keptFrom?: string;
}

export interface SearchIndexFigures extends SearchIndexSummary {
  /** How long the end of the build waited for the index: what it added to the build's time. */
  waitedMs: number;
}

export function searchIndexLine(summary: SearchIndexSummary, waitedMs: number): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(2);
  return (
    `Search index: ${summary.physicians} physicians from their data and ${summary.pages} pages read from their HTML ` +
    `in ${seconds(summary.totalMs)} s (${seconds(summary.afterPagesMs)} s after the pages were written; the build waited ${seconds(waitedMs)} s for it)` +
    (summary.keptFrom ? `; the same as ${summary.keptFrom}'s, so its files were kept` : '')
  );
}

export function parseSearchIndexLine(line: string): SearchIndexFigures | undefined {
  const match = /Search index: (\d+) physicians from their data and (\d+) pages read from their HTML in ([\d.]+) s \(([\d.]+) s after the pages were written; the build waited ([\d.]+) s for it\)/.exec(line);
  if (!match) return undefined;
  const ms = (text: string) => Math.round(Number(text) * 1000);
  const keptFrom = /; the same as (\S+)'s, so its files were kept/.exec(line)?.[1];
  return { physicians: Number(match[1]), pages: Number(match[2]), totalMs: ms(match[3]!), afterPagesMs: ms(match[4]!), waitedMs: ms(match[5]!), ...(keptFrom ? { keptFrom } : {}) };
}
