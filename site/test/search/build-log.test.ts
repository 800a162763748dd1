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
});
