/** The loss chart's inputs: plain data, so any lesson can draw its runs with it. */

export interface ChartSeries {
  readonly id: string;
  readonly label: string;
  /** A CSS colour, or a theme variable such as `var(--series-1)`. */
  readonly color: string;
  /** x = epoch; non-finite y values make the line stop. */
  readonly points: { readonly x: Float64Array; readonly y: Float64Array };
  /** Draw dashed (e.g. validation loss next to the solid training loss). */
  readonly dashed?: boolean;
  /** An explicit SVG dash pattern ("6 3"), for telling many lines apart without colour. */
  readonly dash?: string;
}

export interface ChartMarker {
  readonly x: number;
  readonly label: string;
  readonly kind: 'early-stop' | 'diverged' | 'converged' | 'info';
}

/** Dash patterns that stay distinguishable in print and for colour-blind readers. */
export const DASH_PATTERNS: readonly string[] = ['', '8 4', '2 3', '10 3 2 3', '4 4', '14 4'];

export function dashOf(series: ChartSeries): string {
  if (series.dash !== undefined) return series.dash;
  return series.dashed === true ? '6 4' : '';
}

export const MARKER_COLOURS: Readonly<Record<ChartMarker['kind'], string>> = {
  diverged: 'var(--negative)',
  converged: 'var(--positive)',
  'early-stop': 'var(--warning-text)',
  info: 'var(--muted)',
};
