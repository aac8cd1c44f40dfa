/**
 * The boundary plot's coordinate system: a square canvas with room for the axes, mapping the
 * plane of the two inputs (x2 pointing up) to pixels and back.
 */
export type Range = readonly [number, number];
export type Ranges = readonly [Range, Range];

export interface PlotFrame {
  /** Logical (CSS) size of the square canvas. */
  readonly size: number;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** How much larger than 12 px the tick labels are drawn (their margins grow with them). */
  readonly textScale: number;
}

const MARGIN = { left: 44, right: 10, top: 10, bottom: 40 } as const;

export function plotFrame(size: number, textScale = 1): PlotFrame {
  const left = MARGIN.left * textScale;
  const bottom = MARGIN.bottom * textScale;
  return {
    size,
    left,
    top: MARGIN.top,
    width: size - left - MARGIN.right,
    height: size - MARGIN.top - bottom,
    textScale,
  };
}

export function toPixel(
  frame: PlotFrame,
  ranges: Ranges,
  x1: number,
  x2: number,
): [number, number] {
  const [[x1Min, x1Max], [x2Min, x2Max]] = ranges;
  return [
    frame.left + ((x1 - x1Min) / (x1Max - x1Min)) * frame.width,
    frame.top + ((x2Max - x2) / (x2Max - x2Min)) * frame.height,
  ];
}

/** The data point under a pixel, or null outside the plotting area. */
export function toData(
  frame: PlotFrame,
  ranges: Ranges,
  px: number,
  py: number,
): [number, number] | null {
  const u = (px - frame.left) / frame.width;
  const v = (py - frame.top) / frame.height;
  if (u < 0 || u > 1 || v < 0 || v > 1) return null;
  const [[x1Min, x1Max], [x2Min, x2Max]] = ranges;
  return [x1Min + u * (x1Max - x1Min), x2Max - v * (x2Max - x2Min)];
}

/** About `count` round tick values inside [min, max] (steps of 1, 2 or 5 × 10ⁿ). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min) || !Number.isFinite(min) || !Number.isFinite(max)) return [];
  const rough = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
    // Rounding to the step's decimals keeps 0.30000000000000004 off the axis.
    ticks.push(Number(t.toFixed(Math.max(0, -Math.floor(Math.log10(step))))));
  }
  return ticks;
}
