/**
 * The live view's drawings as plain numbers: a loss curve squeezed into a small box, and each
 * sample's output next to its target. Pure, so the shapes can be tested without a browser.
 */
import type { SamplePredictions } from '../../engine/protocol';

export interface Box {
  readonly width: number;
  readonly height: number;
  /** Room kept free at every edge, so the line's stroke is not cut off. */
  readonly pad: number;
}

/**
 * SVG polyline points for the finite (x, y) pairs, x ascending, on a linear axis from 0 (or the
 * lowest value, if negative) to the highest value. Many points falling in one unit of width
 * keep only their lowest and highest, in the order they came, so a spike is never lost and a
 * long run costs the same as a short one.
 */
export function sparklinePoints(x: ArrayLike<number>, y: ArrayLike<number>, box: Box): string {
  const n = Math.min(x.length, y.length);
  let low = 0;
  let high = -Infinity;
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const value = y[i] as number;
    if (!Number.isFinite(value)) continue;
    if (first < 0) first = i;
    last = i;
    low = Math.min(low, value);
    high = Math.max(high, value);
  }
  if (first < 0) return '';
  const x0 = x[first] as number;
  const span = (x[last] as number) - x0;
  const plotWidth = box.width - 2 * box.pad;
  const plotHeight = box.height - 2 * box.pad;
  const px = (value: number) => box.pad + (span > 0 ? ((value - x0) / span) * plotWidth : 0);
  const py = (value: number) =>
    box.pad + (high > low ? (1 - (value - low) / (high - low)) * plotHeight : plotHeight / 2);
  const out: string[] = [];
  const put = (cx: number, value: number) => out.push(`${cx.toFixed(2)},${py(value).toFixed(2)}`);
  let column = NaN;
  let columnX = 0;
  let min = 0;
  let max = 0;
  let minAt = 0;
  let maxAt = 0;
  const flush = () => {
    if (Number.isNaN(column)) return;
    if (min === max) {
      put(columnX, min);
      return;
    }
    put(columnX, minAt < maxAt ? min : max);
    put(columnX, minAt < maxAt ? max : min);
  };
  for (let i = first; i <= last; i++) {
    const value = y[i] as number;
    if (!Number.isFinite(value)) continue;
    const cx = px(x[i] as number);
    const c = Math.floor(cx);
    if (c !== column) {
      flush();
      column = c;
      columnX = cx;
      min = max = value;
      minAt = maxAt = i;
    } else if (value < min) {
      min = value;
      minAt = i;
    } else if (value > max) {
      max = value;
      maxAt = i;
    }
  }
  flush();
  // A lone point is drawn as a dot: a segment of no length with round caps.
  if (out.length === 1) out.push(out[0] as string);
  return out.join(' ');
}

export interface SampleBar {
  readonly output: number;
  readonly target: number;
}

export interface SampleBars {
  readonly bars: readonly SampleBar[];
  /** The value range the bars are drawn on: 0 to 1, widened to take in every target. */
  readonly low: number;
  readonly high: number;
}

/**
 * One bar per sample. With one output it is that output against its target; with several (a
 * classifier's probabilities) it is the probability given to the right class, whose target is 1.
 */
export function sampleBars(predictions: SamplePredictions): SampleBars {
  const { count, width, outputs, targets } = predictions;
  const bars: SampleBar[] = [];
  let low = 0;
  let high = 1;
  for (let s = 0; s < count; s++) {
    let k = 0;
    for (let j = 1; j < width; j++) {
      if ((targets[s * width + j] as number) > (targets[s * width + k] as number)) k = j;
    }
    const target = targets[s * width + k] as number;
    bars.push({ output: outputs[s * width + k] as number, target });
    low = Math.min(low, target);
    high = Math.max(high, target);
  }
  return { bars, low, high };
}

/** Where a value sits on a bar of `height`, from the bottom; off-range values stay on the bar. */
export function barHeight(value: number, low: number, high: number, height: number): number {
  if (!Number.isFinite(value)) return 0;
  const share = (value - low) / (high - low);
  return Math.min(1, Math.max(0, share)) * height;
}
