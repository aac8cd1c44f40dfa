/**
 * Thins a series to what a chart can draw without slowing the page, by the lab's one rule
 * (core/decimate.ts): each bucket's lowest and highest value and its first non-finite value
 * (drawn as a gap, so the line visibly stops), plus the first and the last point.
 */
import { decimateIndices } from '../../core/decimate';

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
  return Array.from(decimateIndices(ys, n, maxPoints), (i) => {
    const y = ys[i] as number;
    return { x: xs[i] as number, y: Number.isFinite(y) ? y : null };
  });
}
