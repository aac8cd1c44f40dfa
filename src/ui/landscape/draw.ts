/**
 * The canvas drawing, layer by layer: heatmap, contour lines, axes, paths, balls, marks and
 * the keyboard cross-hair. Each function draws one thing in CSS pixels (the caller has
 * scaled the context for the device pixel ratio).
 */
import { colormapTable, luminance, viridis } from './colormap';
import type { ContourLine } from './contours';
import { nodeCoordinate, niceTicks, toPixelX, toPixelY, type PlotLayout } from './layout';
import { markerPolygon, type MarkerShape } from './markers';
import { normalise, type ValueScale } from './scale';

const TABLE = colormapTable(256);
const HALO = 'rgba(0, 0, 0, 0.6)';
/** Cells without a finite value (a diverged corner of the plane). */
const MISSING: readonly [number, number, number] = [128, 128, 128];

/** The grid as a resolution × resolution image, highest row (largest y) on top. */
export function heatmapImage(
  grid: Float64Array,
  resolution: number,
  scale: ValueScale,
): HTMLCanvasElement | null {
  const image = document.createElement('canvas');
  image.width = resolution;
  image.height = resolution;
  const context = image.getContext('2d');
  if (context === null) return null;
  const pixels = context.createImageData(resolution, resolution);
  for (let row = 0; row < resolution; row++) {
    const target = (resolution - 1 - row) * resolution;
    for (let column = 0; column < resolution; column++) {
      const t = normalise(scale, grid[row * resolution + column] as number);
      const o = 4 * (target + column);
      if (Number.isNaN(t)) {
        pixels.data.set(MISSING, o);
      } else {
        const k = 3 * Math.round(t * 255);
        pixels.data.set(TABLE.subarray(k, k + 3), o);
      }
      pixels.data[o + 3] = 255;
    }
  }
  context.putImageData(pixels, 0, 0);
  return image;
}

/** Draws the heatmap so that each image pixel is centred on its grid node. */
export function drawHeatmap(
  context: CanvasRenderingContext2D,
  layout: PlotLayout,
  image: HTMLCanvasElement,
  resolution: number,
): void {
  const [[x0, x1], [y0, y1]] = layout.ranges;
  const halfX = (x1 - x0) / (2 * Math.max(1, resolution - 1));
  const halfY = (y1 - y0) / (2 * Math.max(1, resolution - 1));
  const left = toPixelX(layout, x0 - halfX);
  const top = toPixelY(layout, y1 + halfY);
  context.save();
  clipToPlot(context, layout);
  context.imageSmoothingEnabled = true;
  context.drawImage(
    image,
    left,
    top,
    toPixelX(layout, x1 + halfX) - left,
    toPixelY(layout, y0 - halfY) - top,
  );
  context.restore();
}

export function drawContours(
  context: CanvasRenderingContext2D,
  layout: PlotLayout,
  lines: readonly ContourLine[],
  resolution: number,
  scale: ValueScale,
): void {
  const [rx, ry] = layout.ranges;
  context.save();
  clipToPlot(context, layout);
  context.lineWidth = 1;
  for (const line of lines) {
    // Dark ink on the bright end of the map, light ink on the dark end.
    const light = luminance(viridis(normalise(scale, line.level))) > 0.3;
    context.strokeStyle = light ? 'rgba(0, 0, 0, 0.5)' : 'rgba(255, 255, 255, 0.6)';
    context.beginPath();
    for (let k = 0; k < line.points.length; k += 2) {
      const x = toPixelX(layout, nodeCoordinate(rx, resolution, line.points[k] as number));
      const y = toPixelY(layout, nodeCoordinate(ry, resolution, line.points[k + 1] as number));
      if (k === 0) context.moveTo(x, y);
      else context.lineTo(x, y);
    }
    if (line.closed) context.closePath();
    context.stroke();
  }
  context.restore();
}

export interface AxisStyle {
  readonly ink: string;
  readonly font: string;
}

export function drawAxes(
  context: CanvasRenderingContext2D,
  layout: PlotLayout,
  labels: readonly [string, string],
  style: AxisStyle,
): void {
  const { left, top, plotWidth, plotHeight } = layout;
  const bottom = top + plotHeight;
  context.save();
  context.strokeStyle = style.ink;
  context.fillStyle = style.ink;
  context.font = style.font;
  context.lineWidth = 1;
  context.strokeRect(left + 0.5, top + 0.5, plotWidth - 1, plotHeight - 1);
  // Numbers read left to right in every language.
  context.direction = 'ltr';
  const xTicks = niceTicks(layout.ranges[0]);
  context.textAlign = 'center';
  context.textBaseline = 'top';
  for (const value of xTicks.values) {
    const x = toPixelX(layout, value);
    context.beginPath();
    context.moveTo(x, bottom);
    context.lineTo(x, bottom + 5);
    context.stroke();
    context.fillText(value.toFixed(xTicks.decimals).replace('-', '−'), x, bottom + 7);
  }
  const yTicks = niceTicks(layout.ranges[1]);
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  for (const value of yTicks.values) {
    const y = toPixelY(layout, value);
    context.beginPath();
    context.moveTo(left, y);
    context.lineTo(left - 5, y);
    context.stroke();
    context.fillText(value.toFixed(yTicks.decimals).replace('-', '−'), left - 7, y);
  }
  context.direction = 'inherit';
  context.textAlign = 'center';
  context.textBaseline = 'bottom';
  context.fillText(labels[0], left + plotWidth / 2, layout.height - 2);
  // The y axis' name sits as far in from the edge as the x axis' is up from the foot.
  context.translate(left * (14 / 58), top + plotHeight / 2);
  context.rotate(-Math.PI / 2);
  context.textBaseline = 'middle';
  context.fillText(labels[1], 0, 0);
  context.restore();
}

/** A path's polyline up to fractional point `until`, with a dark halo so it shows on any colour. */
export function drawPath(
  context: CanvasRenderingContext2D,
  layout: PlotLayout,
  points: Float64Array,
  until: number,
  color: string,
  width = 2,
): void {
  const count = points.length >> 1;
  if (count === 0) return;
  const whole = Math.min(count - 1, Math.floor(until));
  context.save();
  clipToPlot(context, layout);
  context.lineJoin = 'round';
  context.lineCap = 'round';
  context.beginPath();
  for (let k = 0; k <= whole; k++) {
    const x = toPixelX(layout, points[2 * k] as number);
    const y = toPixelY(layout, points[2 * k + 1] as number);
    if (k === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  }
  const f = until - whole;
  if (f > 0 && whole + 1 < count) {
    const x = (points[2 * whole] as number) * (1 - f) + (points[2 * whole + 2] as number) * f;
    const y = (points[2 * whole + 1] as number) * (1 - f) + (points[2 * whole + 3] as number) * f;
    context.lineTo(toPixelX(layout, x), toPixelY(layout, y));
  }
  context.strokeStyle = HALO;
  context.lineWidth = width + 2.5;
  context.stroke();
  context.strokeStyle = color;
  context.lineWidth = width;
  context.stroke();
  // The start: a small open ring.
  context.beginPath();
  context.arc(
    toPixelX(layout, points[0] as number),
    toPixelY(layout, points[1] as number),
    4,
    0,
    7,
  );
  context.lineWidth = 3.5;
  context.strokeStyle = HALO;
  context.stroke();
  context.lineWidth = 1.5;
  context.strokeStyle = color;
  context.stroke();
  context.restore();
}

/** A ball: a filled circle in the path's colour with its marker shape inside. */
export function drawBall(
  context: CanvasRenderingContext2D,
  layout: PlotLayout,
  at: readonly [number, number],
  color: string,
  marker: MarkerShape,
  radius = 9,
): void {
  const x = toPixelX(layout, at[0]);
  const y = toPixelY(layout, at[1]);
  context.save();
  clipToPlot(context, layout);
  context.beginPath();
  context.arc(x, y, radius, 0, 2 * Math.PI);
  context.fillStyle = color;
  context.fill();
  context.lineWidth = 2;
  context.strokeStyle = HALO;
  context.stroke();
  // A white shape with a dark rim reads on every ball colour.
  tracePolygon(context, marker, 4.5, x, y);
  context.fillStyle = '#ffffff';
  context.fill();
  context.lineWidth = 1;
  context.strokeStyle = 'rgba(0, 0, 0, 0.85)';
  context.stroke();
  context.restore();
}

/** A placed point (such as a chosen start): an X with a halo. */
export function drawMark(
  context: CanvasRenderingContext2D,
  layout: PlotLayout,
  at: readonly [number, number],
): void {
  const x = toPixelX(layout, at[0]);
  const y = toPixelY(layout, at[1]);
  context.save();
  clipToPlot(context, layout);
  context.lineCap = 'round';
  strokeWithHalo(context, { line: 2, halo: 5 }, () => {
    context.moveTo(x - 6, y - 6);
    context.lineTo(x + 6, y + 6);
    context.moveTo(x + 6, y - 6);
    context.lineTo(x - 6, y + 6);
  });
  context.restore();
}

/** The keyboard cross-hair through one point of the plot. */
export function drawCrosshair(
  context: CanvasRenderingContext2D,
  layout: PlotLayout,
  at: readonly [number, number],
): void {
  const x = toPixelX(layout, at[0]);
  const y = toPixelY(layout, at[1]);
  context.save();
  clipToPlot(context, layout);
  context.setLineDash([4, 4]);
  strokeWithHalo(context, { line: 1, halo: 3 }, () => {
    context.moveTo(layout.left, y);
    context.lineTo(layout.left + layout.plotWidth, y);
    context.moveTo(x, layout.top);
    context.lineTo(x, layout.top + layout.plotHeight);
  });
  context.setLineDash([]);
  context.lineWidth = 2;
  context.strokeRect(x - 5, y - 5, 10, 10);
  context.restore();
}

/**
 * Strokes the path `trace` draws twice: a wider dark halo, then white on top, so the line
 * stands out on every colour of the heatmap. Leaves the white style set.
 */
function strokeWithHalo(
  context: CanvasRenderingContext2D,
  widths: { line: number; halo: number },
  trace: () => void,
): void {
  for (const [lineWidth, style] of [
    [widths.halo, HALO],
    [widths.line, '#ffffff'],
  ] as const) {
    context.lineWidth = lineWidth;
    context.strokeStyle = style;
    context.beginPath();
    trace();
    context.stroke();
  }
}

function clipToPlot(context: CanvasRenderingContext2D, layout: PlotLayout): void {
  context.beginPath();
  context.rect(layout.left, layout.top, layout.plotWidth, layout.plotHeight);
  context.clip();
}

function tracePolygon(
  context: CanvasRenderingContext2D,
  marker: MarkerShape,
  radius: number,
  x: number,
  y: number,
): void {
  const polygon = markerPolygon(marker, radius);
  context.beginPath();
  if (polygon === null) {
    context.arc(x, y, radius, 0, 2 * Math.PI);
    return;
  }
  polygon.forEach(([dx, dy], k) => {
    if (k === 0) context.moveTo(x + dx, y + dy);
    else context.lineTo(x + dx, y + dy);
  });
  context.closePath();
}
