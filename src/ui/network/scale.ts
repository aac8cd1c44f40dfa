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

/** The drawing's text size, in its own units, when it is shown at the size it is drawn. */
export const TEXT_UNITS = 14;
/** The smallest text on the drawing (z under a neuron) is this share of TEXT_UNITS. */
const SMALLEST_SHARE = 0.9;
/** Text on the screen is never smaller than this, in CSS pixels (a little over 11). */
const LEAST_TEXT_PX = 11.5;
/** Beyond this the numbers would not fit between the nodes: a narrower screen is not expected. */
const MOST_BOOST = 1.6;

/**
 * How much larger than usual the drawing's text is drawn so that, shown `shown` px wide instead
 * of `drawn` units, its smallest text is still LEAST_TEXT_PX on screen. 1 when shown full size.
 */
export function textBoost(shown: number, drawn: number): number {
  if (!(shown > 0) || !(drawn > 0)) return 1;
  const onScreen = TEXT_UNITS * SMALLEST_SHARE * (shown / drawn);
  return Math.min(MOST_BOOST, Math.max(1, LEAST_TEXT_PX / onScreen));
}
