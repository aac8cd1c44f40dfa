/**
 * Which two of the article neuron's three parameters the landscape shows, and over what
 * ranges. Parameter indices follow core's Mlp layout for one neuron: 0 = w1, 1 = w2, 2 = bias.
 */
export type AxisChoiceId = 'weights' | 'w1-bias' | 'w2-bias';

export interface AxisChoice {
  readonly id: AxisChoiceId;
  /** Parameter indices for x and y. */
  readonly axes: readonly [number, number];
  /** The parameter held at its current value. */
  readonly held: number;
}

export const AXIS_CHOICES: readonly AxisChoice[] = [
  { id: 'weights', axes: [0, 1], held: 2 },
  { id: 'w1-bias', axes: [0, 2], held: 1 },
  { id: 'w2-bias', axes: [1, 2], held: 0 },
];

export const PARAMETER_COUNT = 3;
const BIAS = 2;

type Range = readonly [number, number];

/** Where the article's runs go: weights grow from 0.5 towards 1–2, the bias dips below 0. */
export function defaultRange(param: number): Range {
  return param === BIAS ? [-2, 2] : [-1, 3];
}

/**
 * The default range, widened (in whole or even steps, so it changes rarely) to keep the
 * path and a margin around it in view.
 */
export function fitRange(param: number, low: number, high: number): Range {
  const [a, b] = defaultRange(param);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [a, b];
  const margin = 0.1 * (b - a);
  if (low >= a + margin / 2 && high <= b - margin / 2) return [a, b];
  const from = Math.min(a, low - margin);
  const to = Math.max(b, high + margin);
  const step = to - from > 8 ? 2 : 1;
  return [Math.floor(from / step) * step, Math.ceil(to / step) * step];
}

/** The smallest and largest value of parameter `param` along a path of parameter vectors. */
export function extent(path: readonly Float64Array[], param: number): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const params of path) {
    const v = params[param] as number;
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return [low, high];
}

/** The path projected onto two parameters: x0, y0, x1, y1, … */
export function project(
  path: readonly Float64Array[],
  axes: readonly [number, number],
): Float64Array {
  const points = new Float64Array(path.length * 2);
  path.forEach((params, k) => {
    points[2 * k] = params[axes[0]] as number;
    points[2 * k + 1] = params[axes[1]] as number;
  });
  return points;
}
