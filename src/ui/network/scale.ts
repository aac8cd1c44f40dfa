/**
 * How strongly each parameter is drawn. Weights use an absolute scale (a weight of 1 or more
 * is drawn at full width) so that a weight's growth between updates is visible; gradients use
 * a relative one (the largest share of blame is full width), since their size varies wildly.
 */
export const MIN_STROKE = 1.5;
export const MAX_STROKE = 10;

export type Emphasis = 'weight' | 'gradient';

/** The largest |value| among the listed indices of one or more arrays. */
export function largest(indices: readonly number[], ...arrays: (Float64Array | null)[]): number {
  let max = 0;
  for (const values of arrays) {
    if (values === null) continue;
    for (const index of indices) {
      const v = Math.abs(values[index] ?? 0);
      if (Number.isFinite(v) && v > max) max = v;
    }
  }
  return max;
}

/** Stroke width for |value| on a scale whose full width is reached at `full`. */
export function strokeFor(value: number, full: number): number {
  if (!Number.isFinite(value) || full <= 0) return MIN_STROKE;
  const share = Math.min(1, Math.abs(value) / full);
  return MIN_STROKE + (MAX_STROKE - MIN_STROKE) * share;
}

/** The value at which a stroke reaches full width, for the given emphasis. */
export function fullScale(emphasis: Emphasis, largestValue: number): number {
  return emphasis === 'weight' ? Math.max(1, largestValue) : largestValue;
}
