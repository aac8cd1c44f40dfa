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
  /**
   * The epoch this run diverged by the lab's rule (core/divergence.ts), or null if it did not.
   * Left out, the chart takes the first value that is not finite. A diverged run does not set
   * the loss axis: it is drawn up to the edge with a mark saying where it went.
   */
  readonly divergedAt?: number | null;
}

export interface ChartMarker {
  readonly x: number;
  readonly label: string;
  readonly kind: 'early-stop' | 'diverged' | 'converged' | 'info';
  /** The colour and dash of the series the mark belongs to (else the kind's colour). */
  readonly color?: string;
  readonly dash?: string;
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
