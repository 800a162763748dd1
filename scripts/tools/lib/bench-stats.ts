/**
 * Arithmetic of the benchmarks (scripts/tools/bench.ts), kept pure so it is tested: the summary of
 * repeated runs, per-page costs, the growth of the per-page cost with content size, and the
 * printed table.
 */

/** Several runs of one measurement: the median, with the spread. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('Nothing to summarize: no runs.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

/** Request latencies: the median, the 95th percentile and the slowest. */
export interface Percentiles {
  p50: number;
  p95: number;
  max: number;
  count: number;
}

/** The nearest-rank percentiles (p95 of 20 requests is the 19th fastest): always a time some request took. */
export function percentiles(values: readonly number[]): Percentiles {
  if (values.length === 0) throw new RangeError('No percentiles of nothing: no requests.');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)]!;
  return { p50: rank(0.5), p95: rank(0.95), max: sorted.at(-1)!, count: sorted.length };
}

/** A summary scaled (e.g. ms → s, or divided by a page count); min stays min and max stays max for factor > 0. */
export function scale(summary: Summary, factor: number): Summary {
  return { median: summary.median * factor, min: summary.min * factor, max: summary.max * factor, runs: summary.runs };
}

export interface SizePoint {
  /** Pages built. */
  pages: number;
  /** Build time (median). */
  ms: number;
}

export interface Growth {
  /** Time per page at each size, in size order. */
  perPageMs: number[];
  /** Marginal time per added page between consecutive sizes: (t₂ − t₁) / (p₂ − p₁). */
  slopesMs: number[];
  /** Per-page time at the largest size over per-page time at the second largest, minus 1 (0.1 = 10% more per page). */
  perPageChange: number;
  /**
   * The last slope over the one before it, minus 1: how much more each added page costs at the
   * largest sizes than at the smaller ones (needs three sizes; 0 = exactly linear). Fixed costs
   * (start-up) cancel out here, so this is the measure of "linear or not".
   */
  slopeChange: number | null;
}

/**
 * How the build's cost grows with content: per-page time at each size, and the marginal cost of
 * each added page between sizes. Flat per-page time (and equal slopes) means linear growth.
 */
export function growth(points: readonly SizePoint[]): Growth {
  if (points.length < 2) throw new RangeError('Growth needs at least two sizes.');
  const sorted = [...points].sort((a, b) => a.pages - b.pages);
  for (let index = 1; index < sorted.length; index++) {
    if (sorted[index]!.pages === sorted[index - 1]!.pages) throw new RangeError(`Two sizes have the same page count (${sorted[index]!.pages}).`);
  }
  const perPageMs = sorted.map((point) => point.ms / point.pages);
  const slopesMs = sorted.slice(1).map((point, index) => (point.ms - sorted[index]!.ms) / (point.pages - sorted[index]!.pages));
  const slopeChange = slopesMs.length >= 2 ? slopesMs.at(-1)! / slopesMs.at(-2)! - 1 : null;
  return { perPageMs, slopesMs, perPageChange: perPageMs.at(-1)! / perPageMs.at(-2)! - 1, slopeChange };
}

/** "12.3 s (min 11.9, max 13.0)" */
export function formatSummary(summary: Summary, unit: string, digits = 1): string {
  if (summary.runs === 1) return `${summary.median.toFixed(digits)} ${unit}`;
  return `${summary.median.toFixed(digits)} ${unit} (min ${summary.min.toFixed(digits)}, max ${summary.max.toFixed(digits)})`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(0)} MB`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export interface TableRow {
  figure: string;
  result: string;
  target?: string;
  /** true met, false missed, undefined no target. */
  met?: boolean;
}

/** A plain-text table: Figure | Result | Target | Met, columns padded to their widest cell. */
export function formatTable(rows: readonly TableRow[]): string {
  return formatGrid(
    ['Figure', 'Result', 'Target', 'Met'],
    rows.map((row) => [row.figure, row.result, row.target ?? '', row.met === undefined ? '' : row.met ? 'yes' : 'NO']),
  );
}

/** A plain-text table of any columns, each padded to its widest cell. */
export function formatGrid(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...cells.map((line) => (line[column] ?? '').length)));
  const line = (values: readonly string[]) => widths.map((width, column) => (values[column] ?? '').padEnd(width)).join(' | ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}
