/**
 * A perceptual colour map for heatmaps: viridis, sampled at eleven stops and interpolated
 * linearly. Its lightness rises steadily from dark purple (low) to yellow (high), so the
 * order of values reads the same in greyscale and for the common colour-vision deficiencies,
 * and the picture looks the same on a light or a dark page.
 */
const STOPS: readonly (readonly [number, number, number])[] = [
  [68, 1, 84],
  [72, 36, 117],
  [65, 68, 135],
  [53, 95, 141],
  [42, 120, 142],
  [33, 145, 140],
  [34, 168, 132],
  [68, 191, 112],
  [122, 209, 81],
  [189, 223, 38],
  [253, 231, 37],
];

/** The colour at `t` in [0, 1] (clamped) as [r, g, b] bytes. */
export function viridis(t: number): [number, number, number] {
  const clamped = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const position = clamped * (STOPS.length - 1);
  const index = Math.min(STOPS.length - 2, Math.floor(position));
  const f = position - index;
  const a = STOPS[index] as readonly [number, number, number];
  const b = STOPS[index + 1] as readonly [number, number, number];
  return [
    Math.round(a[0] + (b[0] - a[0]) * f),
    Math.round(a[1] + (b[1] - a[1]) * f),
    Math.round(a[2] + (b[2] - a[2]) * f),
  ];
}

/** `size` colours from low to high, as consecutive r, g, b bytes (a lookup table for pixels). */
export function colormapTable(size = 256): Uint8ClampedArray {
  const table = new Uint8ClampedArray(size * 3);
  for (let i = 0; i < size; i++) table.set(viridis(i / (size - 1)), i * 3);
  return table;
}

/** A CSS gradient of the map, for the colour-scale key beside the canvas. */
export function colormapGradient(direction = 'to right'): string {
  const stops = STOPS.map(
    ([r, g, b], i) => `rgb(${r} ${g} ${b}) ${((100 * i) / (STOPS.length - 1)).toFixed(0)}%`,
  );
  return `linear-gradient(${direction}, ${stops.join(', ')})`;
}

/** Relative luminance (WCAG) of a colour, to choose a contour ink that stands out on it. */
export function luminance([r, g, b]: readonly [number, number, number]): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
