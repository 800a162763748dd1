/**
 * The search index's line in the build log (src/lib/search/build-log.ts), which the build tests and
 * the benchmark read their figures from.
 */
import { describe, expect, it } from 'vitest';
import { parseSearchIndexLine, searchIndexLine } from '../../src/lib/search/build-log';

describe('the build log line', () => {
  it('gives the figures the build tests and the benchmark read back', () => {
    const line = searchIndexLine({ physicians: 10000, pages: 727, totalMs: 14_230, afterPagesMs: 4_120 }, 2_010);
    expect(line).toBe('Search index: 10000 physicians from their data and 727 pages read from their HTML in 14.23 s (4.12 s after the pages were written; the build waited 2.01 s for it)');
    expect(parseSearchIndexLine(`19:15:07 [mbc:search-index] ${line}`)).toEqual({ physicians: 10000, pages: 727, totalMs: 14_230, afterPagesMs: 4_120, waitedMs: 2_010 });
    expect(parseSearchIndexLine('19:15:07 [build] Complete!')).toBeUndefined();
  });

  it("says when an incremental build kept the live release's bundle", () => {
    const line = searchIndexLine({ physicians: 20000, pages: 1795, totalMs: 9_000, afterPagesMs: 300, keptFrom: '20261202T164610361Z-a1pd' }, 250);
    expect(line).toMatch(/; the same as 20261202T164610361Z-a1pd's, so its files were kept$/);
    expect(parseSearchIndexLine(line)).toEqual({ physicians: 20000, pages: 1795, totalMs: 9_000, afterPagesMs: 300, waitedMs: 250, keptFrom: '20261202T164610361Z-a1pd' });
  });
});
