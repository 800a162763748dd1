import { describe, expect, it } from 'vitest';
import { formatBytes, formatGrid, formatSummary, formatTable, growth, percentiles, scale, summarize } from '../tools/lib/bench-stats';

describe('bench arithmetic', () => {
  it('summarizes runs as the median with min and max', () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30, runs: 3 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4, runs: 4 });
    expect(() => summarize([])).toThrow(/no runs/);
    expect(scale(summarize([1000, 3000, 2000]), 1 / 1000)).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
  });

  it('takes nearest-rank percentiles, each a time some request took', () => {
    const twenty = Array.from({ length: 20 }, (_, index) => 20 - index);
    expect(percentiles(twenty)).toEqual({ p50: 10, p95: 19, max: 20, count: 20 });
    expect(percentiles([7])).toEqual({ p50: 7, p95: 7, max: 7, count: 1 });
    expect(percentiles([3, 1, 2])).toEqual({ p50: 2, p95: 3, max: 3, count: 3 });
    expect(() => percentiles([])).toThrow(/no requests/);
  });

  it('finds linear growth flat and super-linear growth not', () => {
    // 5 s of fixed start-up plus 2 ms a page: per-page time falls towards 2 ms, the slope is 2 ms.
    const linear = growth([
      { pages: 10_000, ms: 5_000 + 20_000 },
      { pages: 1_000, ms: 5_000 + 2_000 },
      { pages: 100, ms: 5_000 + 200 },
    ]);
    expect(linear.slopesMs.map((slope) => Number(slope.toFixed(6)))).toEqual([2, 2]);
    expect(linear.perPageMs).toEqual([52, 7, 2.5]);
    expect(linear.perPageChange).toBeCloseTo(2.5 / 7 - 1, 10);
    expect(linear.slopeChange).toBeCloseTo(0, 10);
    // Every page costs more the more pages there are (n² work): per-page time grows tenfold.
    const quadratic = growth([
      { pages: 1_000, ms: 1_000 ** 2 / 1_000 },
      { pages: 10_000, ms: 10_000 ** 2 / 1_000 },
    ]);
    expect(quadratic.perPageChange).toBeCloseTo(9, 10);
    expect(quadratic.slopeChange).toBeNull();
    // Three sizes of n² work: each added page costs ever more.
    const superLinear = growth([100, 1_000, 10_000].map((pages) => ({ pages, ms: pages ** 2 / 1_000 })));
    expect(superLinear.slopeChange).toBeCloseTo(11_000 / 1_100 - 1, 10);
    expect(() => growth([{ pages: 5, ms: 1 }])).toThrow(/two sizes/);
    expect(() => growth([{ pages: 5, ms: 1 }, { pages: 5, ms: 2 }])).toThrow(/same page count/);
  });

  it('formats figures and a padded table with a Met column', () => {
    expect(formatSummary({ median: 12.34, min: 11.9, max: 13.04, runs: 3 }, 's')).toBe('12.3 s (min 11.9, max 13.0)');
    expect(formatSummary({ median: 1.5, min: 1.5, max: 1.5, runs: 1 }, 's')).toBe('1.5 s');
    expect([formatBytes(87_900), formatBytes(734 * 1024 ** 2), formatBytes(2.5 * 1024 ** 3)]).toEqual(['85.8 KB', '734 MB', '2.50 GB']);
    const table = formatTable([
      { figure: 'Sync', result: '4.2 s', target: '≤ 10 s', met: true },
      { figure: 'Peak memory', result: '2.50 GB', target: '≤ 2 GB', met: false },
      { figure: 'Pages', result: '10,735' },
    ]);
    expect(table.split('\n')).toEqual([
      'Figure      | Result  | Target | Met',
      '------------|---------|--------|----',
      'Sync        | 4.2 s   | ≤ 10 s | yes',
      'Peak memory | 2.50 GB | ≤ 2 GB | NO',
      'Pages       | 10,735  |        |',
    ]);
  });

  it('pads any columns to their widest cell', () => {
    expect(formatGrid(['Page', 'p95'], [['/doctors/', '1.2 s'], ['/', '80 ms']]).split('\n')).toEqual([
      'Page      | p95',
      '----------|------',
      '/doctors/ | 1.2 s',
      '/         | 80 ms',
    ]);
  });
});
