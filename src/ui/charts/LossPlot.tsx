/**
 * The recharts drawing inside the loss chart. Recharts keeps its own store and re-registers an
 * axis, a line or a reference line whenever one of its object props is a new object, which
 * costs whole extra render passes; so every object handed to it here is kept stable and only
 * the data changes while a run streams.
 */
import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDecade, formatTick, type LogAxis } from './chart-data';
import type { ChartPoint } from './decimate';
import { HoverLayer } from './HoverLayer';
import type { SharedRow } from './tables';
import { dashOf, MARKER_COLOURS, type ChartMarker, type ChartSeries } from './types';

export interface LossPlotProps {
  readonly series: readonly ChartSeries[];
  /** Per series, the points to draw (used when `shared` is null). */
  readonly rows: readonly (readonly ChartPoint[])[];
  /** All series as one table (`y0`, `y1`, …), when they line up. */
  readonly shared: readonly SharedRow[] | null;
  /** Shared rows thinned into buckets: join a line across buckets where it has no point. */
  readonly joinGaps: boolean;
  readonly axis: LogAxis | null;
  readonly xDomain: readonly [number, number];
  readonly markers: readonly ChartMarker[];
  readonly cursor: number | null;
  readonly epochs: readonly number[];
  readonly height: number;
  readonly xLabel: string;
  readonly yLabel: string;
  onPick(epoch: number | null): void;
}

const MARGIN = { top: 16, right: 16, bottom: 20, left: 8 };
const LINEAR_DOMAIN = ['auto', 'auto'] as const;
const NO_POINTS: readonly ChartPoint[] = [];

export const LossPlot = memo(function LossPlot(props: LossPlotProps) {
  const { axis, shared } = props;
  const xLabel = useMemo(
    () => ({
      value: props.xLabel,
      position: 'insideBottom' as const,
      offset: -12,
      fill: 'var(--muted)',
    }),
    [props.xLabel],
  );
  const yLabel = useMemo(
    () => ({
      value: props.yLabel,
      angle: -90,
      position: 'insideLeft' as const,
      fill: 'var(--muted)',
    }),
    [props.yLabel],
  );
  const yScale = useMemo(
    () =>
      axis === null
        ? { scale: 'linear' as const, domain: LINEAR_DOMAIN, tickFormatter: formatTick }
        : {
            scale: 'log' as const,
            domain: axis.domain,
            ticks: axis.ticks,
            allowDataOverflow: true,
            tickFormatter: formatDecade,
          },
    [axis],
  );
  const markerLines = useMemo(
    () =>
      props.markers.map((m, i) => ({
        key: `${m.kind}-${m.x}-${i}`,
        x: m.x,
        stroke: MARKER_COLOURS[m.kind],
        // Numbered on the chart; the list under it says what each number means.
        label: {
          value: String(i + 1),
          position: 'top' as const,
          fill: MARKER_COLOURS[m.kind],
          fontSize: 11,
        },
      })),
    [props.markers],
  );

  return (
    <ResponsiveContainer width="100%" height={props.height}>
      <LineChart
        {...(shared === null ? {} : { data: shared })}
        margin={MARGIN}
        accessibilityLayer={false}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
        <XAxis
          type="number"
          dataKey="x"
          domain={props.xDomain}
          allowDecimals={false}
          stroke="var(--muted)"
          label={xLabel}
        />
        <YAxis type="number" width={64} stroke="var(--muted)" {...yScale} label={yLabel} />
        {props.series.map((s, i) => (
          <Line
            key={s.id}
            {...(shared === null
              ? { data: props.rows[i] ?? NO_POINTS, dataKey: 'y' }
              : { dataKey: `y${i}` })}
            name={s.label}
            type="linear"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={dashOf(s)}
            dot={false}
            activeDot={false}
            connectNulls={props.joinGaps}
            isAnimationActive={false}
          />
        ))}
        {markerLines.map(({ key, ...line }) => (
          <ReferenceLine key={key} {...line} strokeDasharray="4 3" />
        ))}
        {props.cursor !== null && <ReferenceLine x={props.cursor} stroke="var(--focus)" />}
        <HoverLayer epochs={props.epochs} onPick={props.onPick} />
      </LineChart>
    </ResponsiveContainer>
  );
});
