/**
 * The drawing inside the loss chart: recharts lays out the axes, grid and marks; the lines
 * are plain SVG paths built from recharts' own scales. Recharts' Line component re-derives
 * labels, animation state and store entries for every point on every update, which made a
 * six-run race cost a large share of each frame; a path string per series costs almost
 * nothing. The lines reach their component through a context, not through the chart's props:
 * while a run streams only the lines re-render, and recharts lays out its axes again only when
 * their rounded domain or ticks change (a full recharts pass took 30–60 ms on a slow machine).
 */
import { createContext, memo, useContext, useId, useMemo, type ReactNode } from 'react';
import {
  CartesianGrid,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
} from 'recharts';
import type { ValueAxis } from './chart-data';
import type { ChartPoint } from './decimate';
import { HoverLayer } from './HoverLayer';
import { dashOf, MARKER_COLOURS, type ChartMarker, type ChartSeries } from './types';

/** What the lines draw: the series and, per series, its thinned points. */
export interface PlotLines {
  readonly series: readonly ChartSeries[];
  readonly points: readonly (readonly ChartPoint[])[];
  /** Log axis: values at or below this are drawn on it (a log axis cannot go lower). */
  readonly floor: number | null;
  /** Runs that diverged: each gets an end mark where its line leaves the top of the plot. */
  readonly exits: readonly PlotExit[];
  /** Epochs marked across the plot, numbered in order (the list under the chart names them). */
  readonly markers: readonly ChartMarker[];
}

export interface PlotExit {
  /** Which series (index into `series`) left the plot. */
  readonly index: number;
  readonly color: string;
  readonly text: string;
  /** The divergence epoch: where the mark goes if the line never crossed the top. */
  readonly epoch: number;
}

const NO_LINES: PlotLines = { series: [], points: [], floor: null, exits: [], markers: [] };
const LinesContext = createContext<PlotLines>(NO_LINES);

/** Hands the lines to the plot below it without re-rendering the plot's axes. */
export function PlotLinesProvider(props: { lines: PlotLines; children: ReactNode }) {
  return <LinesContext.Provider value={props.lines}>{props.children}</LinesContext.Provider>;
}

export interface LossPlotProps {
  readonly yAxis: ValueAxis;
  readonly xAxis: { readonly domain: readonly [number, number]; readonly ticks: readonly number[] };
  readonly cursor: number | null;
  /** Whether any series has a point (the hover layer is there only then). */
  readonly hasData: boolean;
  readonly height: number;
  readonly xLabel: string;
  readonly yLabel: string;
  onPick(epoch: number | null): void;
}

const MARGIN = { top: 16, right: 16, bottom: 20, left: 8 };

export const LossPlot = memo(function LossPlot(props: LossPlotProps) {
  const { yAxis } = props;
  const xLabel = useMemo(
    () => ({
      value: props.xLabel,
      position: 'insideBottom' as const,
      offset: -12,
      fill: 'var(--muted)',
    }),
    [props.xLabel],
  );
  // The axis is as wide as its longest tick plus the rotated name at the type's size, so the two
  // never overlap when presenter mode enlarges the type; the name is centred on the axis' middle,
  // so a long one never runs off the top.
  const em = rootFontSize();
  const tickChars = Math.max(1, ...yAxis.ticks.map((tick) => yAxis.format(tick).length));
  const yAxisWidth = Math.max(64, Math.ceil(em * (0.62 * tickChars + 2.2)) + 6);
  const yLabel = useMemo(
    () => ({
      value: props.yLabel,
      angle: -90,
      position: 'insideLeft' as const,
      textAnchor: 'middle' as const,
      offset: Math.round(em * 0.6),
      fill: 'var(--muted)',
    }),
    [props.yLabel, em],
  );
  return (
    <ResponsiveContainer width="100%" height={props.height}>
      <LineChart margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis
          type="number"
          dataKey="x"
          domain={props.xAxis.domain}
          ticks={props.xAxis.ticks}
          allowDataOverflow
          allowDecimals={false}
          stroke="var(--muted)"
          label={xLabel}
        />
        <YAxis
          type="number"
          width={yAxisWidth}
          stroke="var(--muted)"
          scale={yAxis.scale}
          domain={yAxis.domain}
          ticks={yAxis.ticks}
          tickFormatter={yAxis.format}
          allowDataOverflow
          label={yLabel}
        />
        <SeriesLines />
        <MarkerLines />
        {props.cursor !== null && <ReferenceLine x={props.cursor} stroke="var(--focus)" />}
        {props.hasData && <HoverLayer onPick={props.onPick} />}
      </LineChart>
    </ResponsiveContainer>
  );
});

/** The page's type size in CSS pixels (presenter mode raises it), 16 outside a browser. */
function rootFontSize(): number {
  if (typeof document === 'undefined') return 16;
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * The marks, as plain SVG from recharts' scales like the lines: drawn as recharts reference
 * lines, a new mark (a runner converging or diverging) made recharts lay the whole chart out
 * again in one task, 20–30 ms on a slow machine, the last of the long tasks in a flat-out race.
 */
function MarkerLines() {
  const { markers } = useContext(LinesContext);
  const plot = usePlotArea();
  const x = useXAxisScale();
  if (plot === undefined || x === undefined || markers.length === 0) return null;
  const bottom = plot.y + plot.height;
  return (
    <g className="loss-chart-markers-drawn">
      {markers.map((m, i) => {
        const px = x(m.x);
        if (px === undefined || !Number.isFinite(px)) return null;
        if (px < plot.x - 0.5 || px > plot.x + plot.width + 0.5) return null;
        const color = m.color ?? MARKER_COLOURS[m.kind];
        return (
          <g key={`${m.kind}-${m.x}-${i}`} className="loss-chart-marker">
            <line
              x1={px}
              x2={px}
              y1={plot.y}
              y2={bottom}
              stroke={color}
              strokeDasharray={m.dash || '4 3'}
            />
            {/* Numbered on the chart; the list under it says what each number means. */}
            <text x={px} y={plot.y - 5} textAnchor="middle" fill={color} fontSize={11}>
              {i + 1}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** One SVG path per series, clipped to the plot area; it breaks wherever a value is missing. */
function SeriesLines() {
  const lines = useContext(LinesContext);
  const clipId = useId();
  const plot = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (plot === undefined || x === undefined || y === undefined) return null;
  const { floor } = lines;
  return (
    <g className="loss-chart-lines">
      <defs>
        <clipPath id={clipId}>
          <rect
            x={plot.x}
            y={plot.y}
            width={Math.max(0, plot.width)}
            height={Math.max(0, plot.height)}
          />
        </clipPath>
      </defs>
      {lines.series.map((s, k) => (
        <path
          key={s.id}
          className="loss-chart-line"
          d={pathOf(lines.points[k] ?? [], x, (v) => y(floor !== null && v <= floor ? floor : v))}
          fill="none"
          stroke={s.color}
          strokeWidth={2}
          strokeDasharray={dashOf(s) || undefined}
          strokeLinejoin="round"
          clipPath={`url(#${clipId})`}
        />
      ))}
      {lines.exits.map((exit, k) => (
        <ExitMark
          key={exit.index}
          exit={exit}
          row={k}
          points={lines.points[exit.index] ?? []}
          plot={plot}
          x={x}
          y={y}
        />
      ))}
    </g>
  );
}

const EXIT_LINE_HEIGHT = 14;

/** "3 → ∞ at epoch 2", in the run's colour, where its line leaves the top of the plot. */
function ExitMark(props: {
  exit: PlotExit;
  /** Stacks the marks of several diverged runs. */
  row: number;
  points: readonly ChartPoint[];
  plot: { x: number; y: number; width: number };
  x: (value: number) => number | undefined;
  y: (value: number) => number | undefined;
}) {
  const { exit, plot } = props;
  const top = plot.y;
  // The first point drawn above the plot (or missing: it overflowed), else the epoch itself.
  const leaving = props.points.find((p) => {
    if (p.y === null) return true;
    const py = props.y(p.y);
    return py === undefined || !Number.isFinite(py) || py < top;
  });
  const px = props.x(leaving?.x ?? exit.epoch) ?? plot.x;
  const nearRight = px > plot.x + plot.width * 0.6;
  // Arabic text runs right to left, where "start" is its right end: the anchor flips so the
  // mark always grows away from the plot's nearer edge. The chart itself is laid out left to
  // right, so the text says its own direction (inherited, the flipped anchor made it grow into
  // the axis).
  const rtl = typeof document !== 'undefined' && document.documentElement.dir === 'rtl';
  return (
    <text
      className="loss-chart-exit"
      x={nearRight ? px - 4 : px + 4}
      y={top + 12 + props.row * EXIT_LINE_HEIGHT}
      textAnchor={nearRight !== rtl ? 'end' : 'start'}
      direction={rtl ? 'rtl' : 'ltr'}
      fill={exit.color}
      fontSize={12}
      fontWeight={600}
    >
      {exit.text}
    </text>
  );
}

function pathOf(
  points: readonly ChartPoint[],
  x: (value: number) => number | undefined,
  y: (value: number) => number | undefined,
): string {
  let d = '';
  let drawing = false;
  for (const point of points) {
    const px = point.y === null ? undefined : x(point.x);
    const py = point.y === null ? undefined : y(point.y);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) {
      drawing = false;
      continue;
    }
    d += `${drawing ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`;
    drawing = true;
  }
  return d;
}
