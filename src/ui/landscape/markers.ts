/**
 * Marker shapes, so that paths and balls differ by shape as well as colour. One outline per
 * shape, as points on a unit circle, used by the canvas and by the legend's SVG alike.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'pentagon' | 'star';

export const MARKER_SHAPES: readonly MarkerShape[] = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'pentagon',
  'star',
];

export function markerFor(index: number): MarkerShape {
  return MARKER_SHAPES[index % MARKER_SHAPES.length] as MarkerShape;
}

/** The shape's corners scaled to `radius` around (0, 0), y down; null for the circle. */
export function markerPolygon(shape: MarkerShape, radius: number): [number, number][] | null {
  const regular = (corners: number, turn: number, scale = 1) =>
    Array.from({ length: corners }, (_, k): [number, number] => {
      const angle = turn + (2 * Math.PI * k) / corners;
      return [radius * scale * Math.cos(angle), radius * scale * Math.sin(angle)];
    });
  switch (shape) {
    case 'circle':
      return null;
    case 'square':
      return regular(4, Math.PI / 4, 0.95);
    case 'triangle':
      return regular(3, -Math.PI / 2, 1.1);
    case 'diamond':
      return regular(4, 0, 1.05);
    case 'pentagon':
      return regular(5, -Math.PI / 2);
    case 'star':
      return Array.from({ length: 10 }, (_, k): [number, number] => {
        const angle = -Math.PI / 2 + (Math.PI * k) / 5;
        const r = k % 2 === 0 ? radius * 1.15 : radius * 0.5;
        return [r * Math.cos(angle), r * Math.sin(angle)];
      });
  }
}

/** The same outline as an SVG path (for the legend), centred on (cx, cy). */
export function markerSvgPath(shape: MarkerShape, radius: number, cx: number, cy: number): string {
  const polygon = markerPolygon(shape, radius);
  if (polygon === null) {
    return `M ${cx - radius} ${cy} a ${radius} ${radius} 0 1 0 ${2 * radius} 0 a ${radius} ${radius} 0 1 0 ${-2 * radius} 0 Z`;
  }
  return `${polygon.map(([x, y], k) => `${k === 0 ? 'M' : 'L'} ${(cx + x).toFixed(2)} ${(cy + y).toFixed(2)}`).join(' ')} Z`;
}
