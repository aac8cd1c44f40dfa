/**
 * Thins a series to what a chart can draw without slowing the page: at most `maxPoints`
 * points, keeping each bucket's lowest and highest value (so a spike or the minimum is never
 * averaged away) and the first non-finite value (drawn as a gap, so the line visibly stops).
 */

/** One drawn point; `y` null means "no finite value here": the line breaks. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number | null;
}

/** What the loss charts draw per series, at most. */
export const MAX_CHART_POINTS = 300;

export function decimate(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  maxPoints: number = MAX_CHART_POINTS,
): ChartPoint[] {
  const n = Math.min(xs.length, ys.length);
  const point = (i: number): ChartPoint => {
    const y = ys[i] as number;
    return { x: xs[i] as number, y: Number.isFinite(y) ? y : null };
  };
  if (n <= maxPoints) return Array.from({ length: n }, (_, i) => point(i));

  let hasGap = false;
  for (let i = 0; i < n && !hasGap; i++) hasGap = !Number.isFinite(ys[i] as number);
  // Each bucket gives its minimum, its maximum and (if any) its first gap; the first and the
  // last point of the series are kept on top of that.
  const perBucket = hasGap ? 3 : 2;
  const buckets = Math.max(1, Math.floor((maxPoints - 2) / perBucket));
  const kept: number[] = [0];
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * n) / buckets);
    const to = Math.floor(((b + 1) * n) / buckets);
    kept.push(...bucketIndices(ys, from, to));
  }
  kept.push(n - 1);
  const unique = [...new Set(kept)].sort((a, b) => a - b);
  return unique.map(point);
}

/** The indices of the lowest, the highest and the first non-finite value in [from, to). */
function bucketIndices(ys: ArrayLike<number>, from: number, to: number): number[] {
  let low = -1;
  let high = -1;
  let gap = -1;
  for (let i = from; i < to; i++) {
    const y = ys[i] as number;
    if (!Number.isFinite(y)) {
      if (gap < 0) gap = i;
      continue;
    }
    if (low < 0 || y < (ys[low] as number)) low = i;
    if (high < 0 || y > (ys[high] as number)) high = i;
  }
  return [low, high, gap].filter((i) => i >= 0);
}
