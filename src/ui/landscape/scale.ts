/**
 * How grid values map to colours and contour levels: the finite minimum (and where it is),
 * the maximum, and whether a logarithmic scale suits them (values spanning decades).
 */

/** Below this fraction of the maximum, a log scale stops resolving: the floor of the scale. */
const LOG_FLOOR_FRACTION = 1e-3;
/** A log scale is chosen automatically when the values span at least this ratio. */
const LOG_FROM_RATIO = 100;

export interface ValueScale {
  readonly min: number;
  readonly max: number;
  /** Grid index of the smallest finite value, or -1 when there is none. */
  readonly minIndex: number;
  readonly log: boolean;
  /** The log scale's lowest value (values at or below it get the lowest colour). */
  readonly floor: number;
}

/** Scans the grid once; `log` forces the choice, otherwise it is made from the values. */
export function valueScale(grid: Float64Array, log?: boolean): ValueScale {
  let min = Infinity;
  let max = -Infinity;
  let minIndex = -1;
  let minPositive = Infinity;
  for (let i = 0; i < grid.length; i++) {
    const v = grid[i] as number;
    if (!Number.isFinite(v)) continue;
    if (v < min) {
      min = v;
      minIndex = i;
    }
    if (v > max) max = v;
    if (v > 0 && v < minPositive) minPositive = v;
  }
  if (minIndex < 0) return { min: 0, max: 1, minIndex, log: false, floor: 0 };
  const floor = Math.max(minPositive, max * LOG_FLOOR_FRACTION);
  const canLog = min >= 0 && max > 0 && Number.isFinite(floor) && floor < max;
  const wantLog = log ?? (canLog && max / floor >= LOG_FROM_RATIO);
  return { min, max, minIndex, log: wantLog && canLog, floor: canLog ? floor : 0 };
}

/** Where `value` sits on the scale, 0 (lowest) to 1 (highest); NaN for non-finite values. */
export function normalise(scale: ValueScale, value: number): number {
  if (!Number.isFinite(value)) return NaN;
  if (scale.log) {
    const low = Math.log(scale.floor);
    const t = (Math.log(Math.max(value, scale.floor)) - low) / (Math.log(scale.max) - low);
    return Math.min(1, Math.max(0, t));
  }
  const span = scale.max - scale.min;
  return span > 0 ? Math.min(1, Math.max(0, (value - scale.min) / span)) : 0.5;
}

/**
 * `count` contour levels strictly between the scale's ends, in increasing order: evenly
 * spaced, or evenly spaced in the logarithm (a constant ratio) on a log scale.
 */
export function contourLevels(scale: ValueScale, count: number): number[] {
  const levels: number[] = [];
  const low = scale.log ? scale.floor : scale.min;
  if (!(scale.max > low)) return levels;
  for (let k = 1; k <= count; k++) {
    const f = k / (count + 1);
    levels.push(scale.log ? low * (scale.max / low) ** f : low + (scale.max - low) * f);
  }
  return levels;
}
