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

export function plotLayout(width: number, height: number, ranges: Ranges): PlotLayout {
  return {
    width,
    height,
    left: MARGIN.left,
    top: MARGIN.top,
    plotWidth: Math.max(1, width - MARGIN.left - MARGIN.right),
    plotHeight: Math.max(1, height - MARGIN.top - MARGIN.bottom),
    ranges,
  };
}

/** The canvas height for a given width: a square plot, within reasonable bounds. */
export function canvasHeightFor(width: number): number {
  const plot = Math.min(Math.max(width - MARGIN.left - MARGIN.right, 200), 460);
  return plot + MARGIN.top + MARGIN.bottom;
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
