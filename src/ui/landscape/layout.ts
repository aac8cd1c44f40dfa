/**
 * Where things go on the canvas: the plot rectangle inside the margins, the mapping between
 * data coordinates and CSS pixels (y grows upwards), grid nodes, and the axis ticks.
 */
export type Range = readonly [number, number];
export type Ranges = readonly [Range, Range];

export interface PlotLayout {
  /** Canvas size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The plot rectangle in CSS pixels. */
  readonly left: number;
  readonly top: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly ranges: Ranges;
}

const MARGIN = { left: 58, right: 14, top: 12, bottom: 46 } as const;
/** The tallest a canvas grows at the learner's type: a 460 px plot inside the margins. */
const MAX_HEIGHT = 460 + MARGIN.top + MARGIN.bottom;

/**
 * The margins for text `textScale` times the learner's 12 px (presenter mode enlarges it), so
 * tick labels and axis names keep their room.
 */
function marginsFor(textScale: number) {
  return {
    left: MARGIN.left * textScale,
    right: MARGIN.right,
    top: MARGIN.top * textScale,
    bottom: MARGIN.bottom * textScale,
  };
}

export function plotLayout(
  width: number,
  height: number,
  ranges: Ranges,
  textScale = 1,
): PlotLayout {
  const margin = marginsFor(textScale);
  return {
    width,
    height,
    left: margin.left,
    top: margin.top,
    plotWidth: Math.max(1, width - margin.left - margin.right),
    plotHeight: Math.max(1, height - margin.top - margin.bottom),
    ranges,
  };
}

/**
 * The canvas height for a given width: a square plot, within reasonable bounds. Larger text
 * takes its room from the plot, so the canvas is never taller than at the learner's type.
 */
export function canvasHeightFor(width: number, textScale = 1): number {
  const margin = marginsFor(textScale);
  const plot = Math.min(
    Math.max(width - margin.left - margin.right, 200),
    MAX_HEIGHT - margin.top - margin.bottom,
  );
  return plot + margin.top + margin.bottom;
}

export function toPixelX(layout: PlotLayout, x: number): number {
  const [x0, x1] = layout.ranges[0];
  return layout.left + ((x - x0) / (x1 - x0)) * layout.plotWidth;
}

export function toPixelY(layout: PlotLayout, y: number): number {
  const [y0, y1] = layout.ranges[1];
  return layout.top + (1 - (y - y0) / (y1 - y0)) * layout.plotHeight;
}

/** Data coordinates of a CSS pixel, or null outside the plot rectangle. */
export function toData(layout: PlotLayout, px: number, py: number): [number, number] | null {
  const fx = (px - layout.left) / layout.plotWidth;
  const fy = 1 - (py - layout.top) / layout.plotHeight;
  if (fx < 0 || fx > 1 || fy < 0 || fy > 1) return null;
  const [[x0, x1], [y0, y1]] = layout.ranges;
  return [x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)];
}

/** The coordinate of grid node `k` (the engine's gridCoordinate: nodes at both ends). */
export function nodeCoordinate(range: Range, resolution: number, k: number): number {
  return resolution <= 1 ? range[0] : range[0] + ((range[1] - range[0]) * k) / (resolution - 1);
}

/** The grid node nearest to a coordinate. */
export function nearestNode(range: Range, resolution: number, value: number): number {
  const f = (value - range[0]) / (range[1] - range[0]);
  return Math.min(resolution - 1, Math.max(0, Math.round(f * (resolution - 1))));
}

/** Round tick values (steps of 1, 2 or 5 × 10ⁿ) inside the range, about `target` of them. */
export function niceTicks(range: Range, target = 5): { values: number[]; decimals: number } {
  const [low, high] = range;
  const span = high - low;
  if (!(span > 0) || !Number.isFinite(span)) return { values: [low], decimals: 2 };
  const rough = span / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const values: number[] = [];
  for (let v = Math.ceil(low / step - 1e-9) * step; v <= high + step * 1e-9; v += step) {
    values.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  }
  return { values, decimals: Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) };
}
