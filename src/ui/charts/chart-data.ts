/**
 * Pure helpers behind the loss chart: the epochs a cursor can visit, the value of a series at
 * an epoch, where a line stops, and a logarithmic axis that fits the data.
 */
import type { ChartPoint } from './decimate';

export interface SeriesPoints {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
}

/** Every epoch that appears in any series, ascending, without repeats. */
export function epochUnion(series: readonly SeriesPoints[]): number[] {
  const all = new Set<number>();
  for (const { x } of series) for (let i = 0; i < x.length; i++) all.add(x[i] as number);
  return [...all].sort((a, b) => a - b);
}

/** The last `count` epochs of the union, found from the series' tails (each x ascends). */
export function lastEpochs(series: readonly SeriesPoints[], count: number): number[] {
  const tails = series.map(({ x, y }) => {
    const from = Math.max(0, x.length - count);
    return { x: Array.from({ length: x.length - from }, (_, i) => x[from + i] as number), y };
  });
  return epochUnion(tails).slice(-count);
}

/** The first and the last epoch of any series (for the axis), without building the union. */
export function epochExtent(series: readonly SeriesPoints[]): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const { x } of series) {
    if (x.length === 0) continue;
    first = Math.min(first, x[0] as number);
    last = Math.max(last, x[x.length - 1] as number);
  }
  return first === Infinity ? null : [first, last];
}

/** The index of `x` in the ascending array, or of its nearest neighbour. */
export function nearestIndex(xs: ArrayLike<number>, x: number): number {
  let low = 0;
  let high = xs.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((xs[mid] as number) < x) low = mid + 1;
    else high = mid;
  }
  if (low > 0 && Math.abs((xs[low - 1] as number) - x) <= Math.abs((xs[low] as number) - x)) {
    return low - 1;
  }
  return low;
}

/** The series' value at exactly epoch `x` (undefined when it has no point there). */
export function valueAt(points: SeriesPoints, x: number): number | undefined {
  if (points.x.length === 0) return undefined;
  const i = nearestIndex(points.x, x);
  return points.x[i] === x ? (points.y[i] as number) : undefined;
}

/** The epoch of the first value that is not a finite number, or null. */
export function firstGap(points: SeriesPoints): number | null {
  const n = Math.min(points.x.length, points.y.length);
  for (let i = 0; i < n; i++)
    if (!Number.isFinite(points.y[i] as number)) return points.x[i] as number;
  return null;
}

export interface SeriesSummary {
  readonly first: { x: number; y: number };
  readonly last: { x: number; y: number };
  readonly min: { x: number; y: number };
}

/** First, last and lowest finite values, or null when there are none. */
export function summarise(points: SeriesPoints): SeriesSummary | null {
  // Indices, not objects: a streaming chart summarises thousands of points ten times a second.
  let first = -1;
  let last = -1;
  let min = -1;
  const n = Math.min(points.x.length, points.y.length);
  for (let i = 0; i < n; i++) {
    const y = points.y[i] as number;
    if (!Number.isFinite(y)) continue;
    if (first < 0) first = i;
    last = i;
    if (min < 0 || y < (points.y[min] as number)) min = i;
  }
  if (first < 0) return null;
  const at = (i: number) => ({ x: points.x[i] as number, y: points.y[i] as number });
  return { first: at(first), last: at(last), min: at(min) };
}

export interface LogAxis {
  readonly domain: [number, number];
  readonly ticks: number[];
  /** Where values ≤ 0 are drawn (the bottom of the axis). */
  readonly floor: number;
  /** Some drawn value was ≤ 0. */
  readonly clampedZero: boolean;
}

const MAX_LOG_TICKS = 7;
/** The top of a loss axis sits at least this factor above the highest value it must show. */
const HEADROOM = 1.1;
/** 10^k written exactly (10 ** -7 is not exactly 1e-7 in floating point). */
const decade = (k: number) => Number(`1e${k}`);

/** Whole decades covering the positive values drawn, with at most MAX_LOG_TICKS ticks. */
export function logAxis(series: readonly (readonly ChartPoint[])[]): LogAxis {
  let low = Infinity;
  let high = -Infinity;
  let clampedZero = false;
  for (const points of series) {
    for (const { y } of points) {
      if (y === null) continue;
      if (y <= 0) clampedZero = true;
      else {
        low = Math.min(low, y);
        high = Math.max(high, y);
      }
    }
  }
  if (low === Infinity) {
    low = 1e-3;
    high = 1;
  }
  const from = Math.max(-320, Math.floor(Math.log10(low)));
  // Headroom: a line never runs along the top edge, where it would look cut off.
  let to = Math.min(308, Math.ceil(Math.log10(high * HEADROOM)));
  if (to <= from) to = from + 1;
  const every = Math.ceil((to - from) / (MAX_LOG_TICKS - 1));
  const ticks: number[] = [];
  for (let k = from; k <= to; k += every) ticks.push(decade(k));
  return { domain: [decade(from), decade(to)], ticks, floor: decade(from), clampedZero };
}

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** A decade as 10ⁿ (10⁻³, 10⁰, 10¹²). */
export function formatDecade(value: number): string {
  const exponent = Math.round(Math.log10(value));
  return `10${[...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/** A compact axis label: three significant digits, exponent notation when large or tiny. */
export function formatTick(value: number): string {
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e4 || abs < 1e-3)) return value.toExponential(1);
  return String(Number(value.toPrecision(3)));
}

/** A value (loss) axis ready to draw: its scale, domain, ticks and how ticks are written. */
export interface ValueAxis {
  readonly scale: 'linear' | 'log';
  readonly domain: [number, number];
  readonly ticks: number[];
  readonly format: (value: number) => string;
  /** Log axis: where values ≤ 0 are drawn. Null on a linear axis. */
  readonly floor: number | null;
  readonly clampedZero: boolean;
}

const LINEAR_TICKS = 5;

export function valueAxis(series: readonly (readonly ChartPoint[])[], log: boolean): ValueAxis {
  if (log) {
    const axis = logAxis(series);
    return { scale: 'log', ...axis, format: formatDecade };
  }
  let low = 0;
  let high = -Infinity;
  for (const points of series) {
    for (const { y } of points) {
      if (y === null) continue;
      low = Math.min(low, y);
      high = Math.max(high, y);
    }
  }
  if (!(high > low)) high = low + 1;
  const { domain, ticks } = niceRange(low, high, LINEAR_TICKS);
  return {
    scale: 'linear',
    domain,
    ticks,
    format: formatTick,
    floor: null,
    clampedZero: false,
  };
}

/**
 * [low, high] widened to whole "nice" steps (1, 2 or 5 × 10ⁿ) with about `count` ticks. While a
 * run streams, the range then changes in jumps and the tick labels stay the same for a while
 * (recharts measures every new label in the page, which costs a layout).
 */
export function niceRange(
  low: number,
  high: number,
  count: number,
  integer = false,
): { domain: [number, number]; ticks: number[] } {
  const rough = Math.max((high - low) / count, integer ? 1 : Number.MIN_VALUE);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const from = Math.floor(low / step) * step;
  const to = Math.max(Math.ceil(high / step) * step, from + step);
  const ticks: number[] = [];
  for (let k = 0; from + k * step <= to + step / 2; k++) {
    ticks.push(Number((from + k * step).toPrecision(12)));
  }
  return { domain: [from, to], ticks };
}

const EPOCH_TICKS = 5;

/** The epoch axis: from the first epoch to a round number at or after the last. */
export function epochAxis(extent: readonly [number, number] | null): {
  domain: [number, number];
  ticks: number[];
} {
  const first = extent?.[0] ?? 0;
  const last = extent?.[1] ?? first + 1;
  return niceRange(first, Math.max(last, first + 1), EPOCH_TICKS, true);
}
