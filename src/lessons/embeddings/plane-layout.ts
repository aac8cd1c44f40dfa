/**
 * Geometry of the plane drawing: fitting the points into the picture with one scale for both
 * axes (so distances look like distances), and placing labels so that a tight cluster of
 * phrases stays readable instead of printing every label on the same spot.
 */

export const PLANE_WIDTH = 640;
export const PLANE_HEIGHT = 440;
/** Room around the points; the right side leaves space for labels. */
const PAD = { left: 30, right: 120, top: 30, bottom: 40 } as const;
export const LABEL_HEIGHT = 16;
const LABEL_GAP = 8;
/** Rough width of one character of a label in plane units (labels are HTML at ~13 px). */
const CHAR_WIDTH = 7.2;

export interface PlaneView {
  readonly scale: number;
  readonly offsetX: number;
  readonly offsetY: number;
}

/** Maps data to the picture: x to the right, y upwards, both with the same scale. */
export function fitView(points: Float64Array, minSpan: number): PlaneView {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let p = 0; p + 1 < points.length; p += 2) {
    const x = points[p] as number;
    const y = points[p + 1] as number;
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  if (minX > maxX) return { scale: 1, offsetX: PLANE_WIDTH / 2, offsetY: PLANE_HEIGHT / 2 };
  const width = PLANE_WIDTH - PAD.left - PAD.right;
  const height = PLANE_HEIGHT - PAD.top - PAD.bottom;
  const spanX = Math.max(maxX - minX, minSpan);
  const spanY = Math.max(maxY - minY, minSpan);
  const scale = Math.min(width / spanX, height / spanY);
  const centreX = (minX + maxX) / 2;
  const centreY = (minY + maxY) / 2;
  return {
    scale,
    offsetX: PAD.left + width / 2 - scale * centreX,
    offsetY: PAD.top + height / 2 + scale * centreY,
  };
}

export function toScreen(view: PlaneView, x: number, y: number): [number, number] {
  return [view.offsetX + view.scale * x, view.offsetY - view.scale * y];
}

export function labelWidth(text: string): number {
  return text.length * CHAR_WIDTH + 6;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && Math.abs(a.y - b.y) < LABEL_HEIGHT;
}

/**
 * Top-left corners for labels next to their anchors. Each label tries the right of its point,
 * then the left, then the same slots a line lower or higher, and so on, taking the first that
 * overlaps no label placed before it (or the first slot when all are taken).
 */
export function placeLabels(
  anchors: readonly (readonly [number, number])[],
  widths: readonly number[],
): [number, number][] {
  const order = anchors.map((_, i) => i);
  order.sort((i, j) => anchors[i]![1] - anchors[j]![1] || anchors[i]![0] - anchors[j]![0]);
  const placed: Box[] = [];
  const result: [number, number][] = anchors.map(() => [0, 0]);
  for (const i of order) {
    const [ax, ay] = anchors[i]!;
    const width = widths[i] ?? 0;
    let chosen: Box | null = null;
    for (let k = 0; k < 16 && chosen === null; k++) {
      // Lines 0, +1, −1, +2, −2, … each tried on the right and then on the left.
      const line = Math.floor(k / 2);
      const shift = (line % 2 === 1 ? 1 : -1) * Math.ceil(line / 2) * LABEL_HEIGHT;
      const right = k % 2 === 0;
      const box = {
        x: right ? ax + LABEL_GAP : ax - LABEL_GAP - width,
        y: ay - LABEL_HEIGHT / 2 + shift,
        width,
      };
      if (inside(box) && !placed.some((other) => overlaps(box, other))) chosen = box;
    }
    chosen ??= { x: ax + LABEL_GAP, y: ay - LABEL_HEIGHT / 2, width };
    placed.push(chosen);
    result[i] = [chosen.x, chosen.y];
  }
  return result;
}

function inside(box: Box): boolean {
  return (
    box.x >= 0 &&
    box.x + box.width <= PLANE_WIDTH &&
    box.y >= 0 &&
    box.y + LABEL_HEIGHT <= PLANE_HEIGHT
  );
}
