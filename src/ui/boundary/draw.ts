/**
 * Paints a decision boundary on a 2-D canvas: the predicted class of every grid cell (faint
 * where the network is unsure), then the points, each class with its own colour AND shape so
 * colour is never the only signal, validation points hollow.
 *
 * A regression is painted as a value map instead: each cell in the colour of its predicted
 * value, each point filled with its true value's colour on the same scale (value-scale.ts),
 * training points round and validation points square, ringed so they show on any cell.
 */
import { niceTicks, toPixel, type PlotFrame, type Range, type Ranges } from './geometry';
import { POINT_RINGS, valueColour, valueRange } from './value-scale';

export interface BoundaryPicture {
  readonly resolution: number;
  readonly ranges: Ranges;
  /** Predicted class per cell, row-major, rows along x2 (row 0 at the bottom). */
  readonly classes: Int32Array;
  readonly confidence: Float64Array;
  /** x1, x2 pairs. */
  readonly points: Float64Array;
  readonly labels: Int32Array;
  /** 1 = validation point. */
  readonly isValidation: Uint8Array;
  /**
   * Regression only (absent or null for a classifier): the predicted value per cell and each
   * point's true value, in the data's units.
   */
  readonly values?: Float64Array | null;
  readonly pointValues?: Float64Array | null;
}

/** The values a regression picture's colours span (null for a classifier's picture). */
export function pictureValueRange(picture: BoundaryPicture): Range | null {
  const { values, pointValues } = picture;
  if (values === undefined || values === null) return null;
  return valueRange(values, pointValues ?? []);
}

export interface Palette {
  readonly classes: readonly string[];
  readonly text: string;
  readonly border: string;
  readonly background: string;
}

export type Shape = 'circle' | 'triangle' | 'square';
export const classShapes: readonly Shape[] = ['circle', 'triangle', 'square'];

export function shapeOf(label: number): Shape {
  return classShapes[label % classShapes.length] as Shape;
}

export function drawBoundary(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  picture: BoundaryPicture,
  palette: Palette,
  options: { readonly classCount: number; readonly highlightFrom: number },
): void {
  ctx.clearRect(0, 0, frame.size, frame.size);
  ctx.fillStyle = palette.background;
  ctx.fillRect(frame.left, frame.top, frame.width, frame.height);
  const range = pictureValueRange(picture);
  if (range === null) {
    drawCells(ctx, frame, picture, palette, options.classCount);
    drawPoints(ctx, frame, picture, palette, options.highlightFrom);
  } else {
    const values = picture.values as Float64Array;
    fillCells(ctx, frame, picture.resolution, (cell) => valueColour(values[cell] ?? NaN, range));
    drawValuePoints(ctx, frame, picture, range, options.highlightFrom);
  }
  drawAxes(ctx, frame, picture.ranges, palette);
}

function colourOf(palette: Palette, label: number): string {
  return palette.classes[label % palette.classes.length] ?? palette.text;
}

function drawCells(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  picture: BoundaryPicture,
  palette: Palette,
  classCount: number,
): void {
  const chance = 1 / Math.max(2, classCount);
  const background = toRgb(ctx, palette.background);
  const classes = palette.classes.map((colour) => toRgb(ctx, colour));
  fillCells(ctx, frame, picture.resolution, (cell) => {
    const sure = ((picture.confidence[cell] ?? chance) - chance) / (1 - chance);
    const tint = 0.1 + 0.45 * Math.min(1, Math.max(0, sure));
    const colour = classes[(picture.classes[cell] ?? 0) % classes.length] ?? background;
    // Opaque, pre-blended cells: overlapping edges (which hide seams) leave no darker lines.
    return blend(background, colour, tint);
  });
}

/** Fills every grid cell of an n × n picture (row-major, row 0 at the bottom) with its colour. */
function fillCells(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  n: number,
  colourOf: (cell: number) => string,
): void {
  // Grid values sit on the cell centres, so each cell spans half a step either side.
  const cellWidth = frame.width / (n - 1);
  const cellHeight = frame.height / (n - 1);
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.left, frame.top, frame.width, frame.height);
  ctx.clip();
  for (let row = 0; row < n; row++) {
    for (let column = 0; column < n; column++) {
      ctx.fillStyle = colourOf(row * n + column);
      const x = frame.left + (column - 0.5) * cellWidth;
      const y = frame.top + frame.height - (row + 0.5) * cellHeight;
      ctx.fillRect(x, y, cellWidth + 0.5, cellHeight + 0.5);
    }
  }
  ctx.restore();
}

type Rgb = readonly [number, number, number];

/** Any CSS colour as RGB, read back through the canvas, which normalises what it is given. */
function toRgb(ctx: CanvasRenderingContext2D, colour: string): Rgb {
  ctx.fillStyle = '#000000';
  ctx.fillStyle = colour;
  const normal = String(ctx.fillStyle);
  if (normal.startsWith('#') && normal.length === 7) {
    const hex = (i: number) => parseInt(normal.slice(i, i + 2), 16);
    return [hex(1), hex(3), hex(5)];
  }
  const parts = normal.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0];
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0];
}

function blend(under: Rgb, over: Rgb, alpha: number): string {
  const mix = (k: 0 | 1 | 2) => Math.round(under[k] * (1 - alpha) + over[k] * alpha);
  return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

function drawPoints(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  picture: BoundaryPicture,
  palette: Palette,
  highlightFrom: number,
): void {
  const count = picture.labels.length;
  ctx.save();
  ctx.globalAlpha = 1;
  // Validation first, so the training points the network fits sit on top.
  for (const validation of [1, 0]) {
    for (let k = 0; k < count; k++) {
      if ((picture.isValidation[k] ?? 0) !== validation) continue;
      const label = picture.labels[k] ?? 0;
      const [x, y] = toPixel(
        frame,
        picture.ranges,
        picture.points[2 * k] ?? 0,
        picture.points[2 * k + 1] ?? 0,
      );
      const added = validation === 0 && k >= highlightFrom;
      marker(ctx, shapeOf(label), x, y, added ? 7 : 4.5);
      if (validation === 1) {
        ctx.lineWidth = 2;
        ctx.strokeStyle = colourOf(palette, label);
        ctx.stroke();
      } else {
        ctx.fillStyle = colourOf(palette, label);
        ctx.fill();
        ctx.lineWidth = added ? 2.5 : 1;
        ctx.strokeStyle = palette.text;
        ctx.stroke();
      }
    }
  }
  ctx.restore();
}

/**
 * A regression's points: filled with their true value's colour, training round, validation
 * square, the learner's own larger; a dark ring inside a light one shows the edge on any cell.
 */
function drawValuePoints(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  picture: BoundaryPicture,
  range: Range,
  highlightFrom: number,
): void {
  const count = picture.isValidation.length;
  ctx.save();
  for (const validation of [1, 0]) {
    for (let k = 0; k < count; k++) {
      if ((picture.isValidation[k] ?? 0) !== validation) continue;
      const [x, y] = toPixel(
        frame,
        picture.ranges,
        picture.points[2 * k] ?? 0,
        picture.points[2 * k + 1] ?? 0,
      );
      const added = validation === 0 && k >= highlightFrom;
      marker(ctx, validation === 1 ? 'square' : 'circle', x, y, added ? 7 : 4.5);
      ctx.fillStyle = valueColour(picture.pointValues?.[k] ?? NaN, range);
      ctx.fill();
      ctx.lineWidth = added ? 6 : 3.5;
      ctx.strokeStyle = POINT_RINGS.outer;
      ctx.stroke();
      ctx.lineWidth = added ? 2.5 : 1.25;
      ctx.strokeStyle = POINT_RINGS.inner;
      ctx.stroke();
    }
  }
  ctx.restore();
}

function marker(ctx: CanvasRenderingContext2D, shape: Shape, x: number, y: number, r: number) {
  ctx.beginPath();
  switch (shape) {
    case 'circle':
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      break;
    case 'triangle':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.1, y + r * 0.8);
      ctx.lineTo(x - r * 1.1, y + r * 0.8);
      ctx.closePath();
      break;
    case 'square':
      ctx.rect(x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
  }
}

function drawAxes(
  ctx: CanvasRenderingContext2D,
  frame: PlotFrame,
  ranges: Ranges,
  palette: Palette,
): void {
  ctx.save();
  ctx.strokeStyle = palette.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(frame.left, frame.top, frame.width, frame.height);
  ctx.fillStyle = palette.text;
  const scale = frame.textScale;
  ctx.font = `${12 * scale}px system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const bottom = frame.top + frame.height;
  for (const tick of niceTicks(ranges[0][0], ranges[0][1])) {
    const [x] = toPixel(frame, ranges, tick, ranges[1][0]);
    ctx.fillRect(x, bottom, 1, 4 * scale);
    ctx.fillText(String(tick), x, bottom + 6 * scale);
  }
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const tick of niceTicks(ranges[1][0], ranges[1][1])) {
    const [, y] = toPixel(frame, ranges, ranges[0][0], tick);
    ctx.fillRect(frame.left - 4 * scale, y, 4 * scale, 1);
    ctx.fillText(String(tick), frame.left - 6 * scale, y);
  }
  ctx.restore();
}
