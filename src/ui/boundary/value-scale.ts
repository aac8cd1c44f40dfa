/**
 * The colour scale of a regression's value map: viridis, a sequential scale that is read the
 * same by most colour-blind viewers, stays ordered in greyscale (dark purple = low, yellow =
 * high) and shows on a light page as on a dark one, so it needs no theme variant. The range
 * covers the predictions and the points' true values, so both are read off one colour bar.
 */
import type { Range } from './geometry';

export type Rgb = readonly [number, number, number];

/** Viridis at ten even steps (matplotlib's values). */
const VIRIDIS: readonly Rgb[] = [
  [0x44, 0x01, 0x54],
  [0x48, 0x28, 0x78],
  [0x3e, 0x49, 0x89],
  [0x31, 0x68, 0x8e],
  [0x26, 0x82, 0x8e],
  [0x1f, 0x9e, 0x89],
  [0x35, 0xb7, 0x79],
  [0x6e, 0xce, 0x58],
  [0xb5, 0xde, 0x2b],
  [0xfd, 0xe7, 0x25],
];

/**
 * The two rings around a point on the value map: a dark one inside a light one. Every colour
 * of the scale differs from one of them by at least 3:1, so a point's edge shows on any cell.
 */
export const POINT_RINGS = { inner: '#000000', outer: '#ffffff' } as const;

/** The scale's colour at t ∈ [0, 1] (clamped; NaN gives the middle). */
export function scaleColour(t: number): Rgb {
  const clamped = Number.isNaN(t) ? 0.5 : Math.min(1, Math.max(0, t));
  const position = clamped * (VIRIDIS.length - 1);
  const low = Math.min(VIRIDIS.length - 2, Math.floor(position));
  const f = position - low;
  const a = VIRIDIS[low] as Rgb;
  const b = VIRIDIS[low + 1] as Rgb;
  return [0, 1, 2].map((k) => Math.round(a[k]! + (b[k]! - a[k]!) * f)) as unknown as Rgb;
}

export function rgbText([r, g, b]: Rgb): string {
  return `rgb(${r}, ${g}, ${b})`;
}

/** The colour of `value` on a scale spanning `range`. */
export function valueColour(value: number, [low, high]: Range): string {
  return rgbText(scaleColour((value - low) / (high - low)));
}

/**
 * The smallest and largest finite value among the lists; a single value (or none) is widened
 * (by 0.5 either side, or more for a large value) so the scale never divides by zero.
 */
export function valueRange(...lists: readonly ArrayLike<number>[]): Range {
  let low = Infinity;
  let high = -Infinity;
  for (const list of lists) {
    for (let k = 0; k < list.length; k++) {
      const v = list[k] as number;
      if (!Number.isFinite(v)) continue;
      if (v < low) low = v;
      if (v > high) high = v;
    }
  }
  if (low > high) return [0, 1];
  if (low === high) {
    const half = Math.max(0.5, Math.abs(low) * 1e-3);
    return [low - half, high + half];
  }
  return [low, high];
}

/** The scale as a CSS gradient from low (left) to high (right), for the colour bar. */
export function scaleGradient(): string {
  const stops = VIRIDIS.map(
    (colour, k) => `${rgbText(colour)} ${((100 * k) / (VIRIDIS.length - 1)).toFixed(1)}%`,
  );
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
