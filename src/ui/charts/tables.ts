/**
 * The rows recharts draws. Recharts draws one shared table for all lines much faster than a
 * table per line (a whole run of extra store updates per line), so series are put side by side
 * in one table whenever that can be done faithfully; otherwise each line keeps its own points.
 */
import { epochUnion, nearestIndex, type LogAxis, type SeriesPoints } from './chart-data';
import { MAX_CHART_POINTS, type ChartPoint } from './decimate';

/** One row of a chart shared by every series: x, and `y0`, `y1`, … where a series has a point. */
export type SharedRow = { readonly x: number } & Readonly<Record<string, number | null>>;

/**
 * The series as rows of one table, when every series' x values are the start of the longest
 * one's (runs streaming side by side). Null when the x values differ.
 */
export function sharedRows(series: readonly (readonly ChartPoint[])[]): SharedRow[] | null {
  let longest: readonly ChartPoint[] = [];
  for (const points of series) if (points.length > longest.length) longest = points;
  for (const points of series) {
    for (let i = 0; i < points.length; i++) {
      if ((points[i] as ChartPoint).x !== (longest[i] as ChartPoint).x) return null;
    }
  }
  return longest.map(({ x }, i) => {
    const row: Record<string, number | null> = { x };
    series.forEach((points, k) => {
      if (i < points.length) row[`y${k}`] = (points[i] as ChartPoint).y;
    });
    return row as SharedRow;
  });
}

export interface SharedTable {
  readonly rows: SharedRow[];
  /**
   * True when the rows thin long series into buckets: a series can then miss a bucket where
   * it has no point, and its line should be joined across (its real end is where it stops).
   */
  readonly bucketed: boolean;
}

/**
 * Long series (more than `maxRows` epochs) as one shared table of at most `maxRows` rows: the
 * epochs are cut into equal buckets, each drawn as two rows holding every series' lowest and
 * highest value in that bucket, in the order they happened. Null when a series has a gap
 * (a non-finite value) before its last finite one: then it must be drawn on its own.
 */
export function bucketRows(series: readonly SeriesPoints[], maxRows: number): SharedTable | null {
  let from = Infinity;
  let to = -Infinity;
  const ends: number[] = [];
  for (const points of series) {
    const end = finiteEnd(points);
    if (end === null) return null;
    ends.push(end);
    if (end > 0) {
      from = Math.min(from, points.x[0] as number);
      to = Math.max(to, points.x[end - 1] as number);
    }
  }
  if (from === Infinity) return { rows: [], bucketed: true };
  const union = epochUnion(
    series.map((points, k) => ({ x: Array.from(points.x).slice(0, ends[k]), y: points.y })),
  );
  if (union.length <= maxRows) return { rows: exactRows(series, ends, union), bucketed: true };
  const buckets = Math.max(1, Math.floor(maxRows / 2));
  const width = Math.max(to - from, 1) / buckets;
  // Rows evenly spread from the first epoch to the last, two per bucket.
  const spacing = (to - from) / Math.max(1, 2 * buckets - 1);
  const rows: Record<string, number | null>[] = Array.from({ length: 2 * buckets }, (_, r) => ({
    x: from + r * spacing,
  }));
  series.forEach((points, k) => {
    const key = `y${k}`;
    const end = ends[k] as number;
    let i = 0;
    for (let b = 0; b < buckets && i < end; b++) {
      const limit = b === buckets - 1 ? Infinity : from + (b + 1) * width;
      let low = -1;
      let high = -1;
      for (; i < end && (points.x[i] as number) < limit; i++) {
        const y = points.y[i] as number;
        if (low < 0 || y < (points.y[low] as number)) low = i;
        if (high < 0 || y > (points.y[high] as number)) high = i;
      }
      if (low < 0) continue;
      const [first, second] = low <= high ? [low, high] : [high, low];
      (rows[2 * b] as Record<string, number | null>)[key] = points.y[first] as number;
      (rows[2 * b + 1] as Record<string, number | null>)[key] = points.y[second] as number;
    }
  });
  return { rows: rows as SharedRow[], bucketed: true };
}

/** One row per epoch that any series has, each series filled in where it has a value. */
function exactRows(
  series: readonly SeriesPoints[],
  ends: readonly number[],
  union: readonly number[],
) {
  const rows: Record<string, number | null>[] = union.map((x) => ({ x }));
  series.forEach((points, k) => {
    for (let i = 0; i < (ends[k] as number); i++) {
      const row = rows[nearestIndex(union, points.x[i] as number)] as Record<string, number | null>;
      row[`y${k}`] = points.y[i] as number;
    }
  });
  return rows as SharedRow[];
}

/** How many leading values are finite, or null if a finite value follows a non-finite one. */
function finiteEnd(points: SeriesPoints): number | null {
  const n = Math.min(points.x.length, points.y.length);
  let end = 0;
  while (end < n && Number.isFinite(points.y[end] as number)) end++;
  for (let i = end; i < n; i++) if (Number.isFinite(points.y[i] as number)) return null;
  return end;
}

/** Values at or below zero moved to the log axis's floor (a log axis cannot show them). */
export function floorRows(rows: readonly SharedRow[], floor: number): SharedRow[] {
  return rows.map((row) => {
    const out: Record<string, number | null> = { ...row };
    for (const key in out)
      if (key !== 'x' && out[key] !== null && (out[key] as number) <= 0) out[key] = floor;
    return out as SharedRow;
  });
}

/**
 * What to draw: one shared table (exact rows, or buckets for long runs) with `joinGaps` telling
 * whether a line should be joined across rows where it has no value; or, when no shared table
 * is faithful (a series comes back after a gap), null: then draw `drawn`, one table per line.
 */
export function chartTable(
  series: readonly SeriesPoints[],
  drawn: readonly (readonly ChartPoint[])[],
  axis: LogAxis | null,
): { rows: SharedRow[]; joinGaps: boolean } | null {
  const exact = sharedRows(drawn);
  const table =
    exact !== null ? { rows: exact, bucketed: false } : bucketRows(series, MAX_CHART_POINTS);
  if (table === null) return null;
  const rows = axis === null ? table.rows : floorRows(table.rows, axis.floor);
  return { rows, joinGaps: table.bucketed };
}
