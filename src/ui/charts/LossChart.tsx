/**
 * The shared loss chart: one line per series over epochs, a linear or logarithmic loss axis,
 * labelled marks (early stopping, divergence), and read-outs by pointer and by keyboard. Lines
 * stop where a value is not finite, and a mark says where and why. Each series is thinned to
 * at most MAX_CHART_POINTS points and nothing animates, so a streaming run stays cheap; the
 * caller throttles how often new series arrive (useThrottledVersion).
 */
import { memo, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { formatLoss } from '../format';
import { useLessonT } from '../i18n';
import {
  epochAxis,
  epochExtent,
  epochUnion,
  firstGap,
  nearestIndex,
  valueAt,
  valueAxis,
  type ValueAxis,
} from './chart-data';
import { ChartLegend, ChartSummary, ChartTable, MarkerList } from './ChartText';
import { decimate, type ChartPoint } from './decimate';
import { LossPlot, PlotLinesProvider, type PlotLines } from './LossPlot';
import { chartMessages } from './messages';
import { dashOf, type ChartMarker, type ChartSeries } from './types';
import './charts.css';

export type { ChartMarker, ChartSeries } from './types';

export interface LossChartProps {
  readonly series: readonly ChartSeries[];
  /** Start with a logarithmic loss axis (the learner can switch). */
  readonly log?: boolean;
  readonly title: string;
  readonly yLabel?: string;
  readonly height?: number;
  readonly markers?: readonly ChartMarker[];
  /**
   * A fixed epoch axis (for runs of a known length, such as a race: the lines then advance
   * towards the finish and the axes never have to be laid out again while they stream).
   * Without it the axis follows the data.
   */
  readonly epochRange?: readonly [number, number];
}

const PAGE_STEP = 10;

function LossChartView(props: LossChartProps) {
  const t = useLessonT(chartMessages);
  const { series, title } = props;
  const [log, setLog] = useState(props.log ?? false);
  const [cursor, setCursor] = useState<number | null>(null);
  const summaryId = useId();

  const drawn = useMemo(() => series.map((s) => decimate(s.points.x, s.points.y)), [series]);
  const divergedAt = useMemo(() => series.map(divergenceOf), [series]);
  // A diverging run never squashes the others: the runs that stayed finite set the axis.
  const yAxis = useStableAxis(
    useMemo(() => valueAxis(axisSeries(drawn, divergedAt), log), [drawn, divergedAt, log]),
  );
  const exits = useMemo(
    () =>
      series.flatMap((s, k) => {
        const epoch = divergedAt[k];
        if (epoch === null || epoch === undefined) return [];
        return [{ index: k, color: s.color, text: t('exit', { name: s.label, epoch }), epoch }];
      }),
    [series, divergedAt, t],
  );
  // The cursor's epochs are gathered only while there is a cursor (a streaming race would
  // otherwise merge every run's history ten times a second for nothing).
  const hasCursor = cursor !== null;
  const epochs = useMemo(
    () => (hasCursor ? epochUnion(series.map((s) => s.points)) : []),
    [series, hasCursor],
  );
  const markerList = useMemo(() => {
    const gaps: ChartMarker[] = [];
    series.forEach((s, k) => {
      const epoch = divergedAt[k];
      if (epoch === null || epoch === undefined) return;
      const label = t('diverged', { name: s.label, epoch });
      gaps.push({ x: epoch, kind: 'diverged', label, color: s.color, dash: dashOf(s) });
    });
    return [...(props.markers ?? []), ...gaps];
  }, [series, divergedAt, props.markers, t]);
  // Callers rebuild their markers with every update; equal ones keep the drawing untouched.
  const markersKey = JSON.stringify(markerList);
  const markers = useMemo(() => JSON.parse(markersKey) as ChartMarker[], [markersKey]);
  const lines = useMemo<PlotLines>(
    () => ({ series, points: drawn, floor: yAxis.floor, exits, markers }),
    [series, drawn, yAxis.floor, exits, markers],
  );
  const extent = epochExtent(series.map((s) => s.points));
  const xAxisKey = JSON.stringify(epochAxis(props.epochRange ?? extent));
  const xAxis = useMemo(() => JSON.parse(xAxisKey) as ReturnType<typeof epochAxis>, [xAxisKey]);

  const cursorEpoch =
    cursor === null || epochs.length === 0 ? null : (epochs[nearestIndex(epochs, cursor)] ?? null);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const epochs = epochUnion(series.map((s) => s.points));
    if (epochs.length === 0) return;
    const at = cursorEpoch === null ? -1 : nearestIndex(epochs, cursorEpoch);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowUp: at + 1,
      ArrowLeft: at < 0 ? 0 : at - 1,
      ArrowDown: at < 0 ? 0 : at - 1,
      PageUp: at + PAGE_STEP,
      PageDown: Math.max(0, at - PAGE_STEP),
      Home: 0,
      End: epochs.length - 1,
    };
    const target = moves[event.key];
    if (event.key === 'Escape') setCursor(null);
    else if (target === undefined) return;
    else setCursor(epochs[Math.min(Math.max(target, 0), epochs.length - 1)] ?? null);
    event.preventDefault();
  }

  return (
    <figure className="loss-chart">
      <figcaption className="loss-chart-title">{title}</figcaption>
      <label className="loss-chart-toggle">
        <input type="checkbox" checked={log} onChange={(event) => setLog(event.target.checked)} />{' '}
        {t('logAxis')}
      </label>
      <div
        className="loss-chart-plot"
        role="group"
        tabIndex={0}
        aria-label={t('region', { title })}
        aria-describedby={summaryId}
        onKeyDown={onKeyDown}
        onBlur={() => setCursor(null)}
      >
        <PlotLinesProvider lines={lines}>
          <LossPlot
            yAxis={yAxis}
            xAxis={xAxis}
            cursor={cursorEpoch}
            hasData={extent !== null}
            height={props.height ?? 280}
            xLabel={t('epoch')}
            yLabel={props.yLabel ?? t('loss')}
            onPick={setCursor}
          />
        </PlotLinesProvider>
      </div>
      <p className="loss-chart-readout" aria-live="polite" data-testid="chart-readout">
        {cursorEpoch === null ? (
          t('hint')
        ) : (
          <Readout epoch={cursorEpoch} series={series} word={t('epoch')} />
        )}
      </p>
      {yAxis.clampedZero && <p className="loss-chart-note">{t('zeroOnLog')}</p>}
      <ChartLegend series={series} t={t} />
      <MarkerList markers={markers} t={t} />
      <ChartSummary id={summaryId} series={series} t={t} />
      <ChartTable title={title} series={series} t={t} />
    </figure>
  );
}

/** The epoch a series diverged: the caller's (the lab's rule), else its first non-finite value. */
function divergenceOf(s: ChartSeries): number | null {
  return s.divergedAt !== undefined ? s.divergedAt : firstGap(s.points);
}

/** The series that set the loss axis: those that did not diverge (all, if every one did). */
function axisSeries(
  drawn: readonly (readonly ChartPoint[])[],
  divergedAt: readonly (number | null)[],
): (readonly ChartPoint[])[] {
  const finite = drawn.filter((_, k) => divergedAt[k] === null);
  return finite.length > 0 ? finite : [...drawn];
}

/**
 * The same axis object for as long as its scale, domain and ticks stay the same, so the plot
 * (and recharts' layout) is left alone while only the lines move.
 */
function useStableAxis(axis: ValueAxis): ValueAxis {
  const key = [axis.scale, ...axis.domain, '|', ...axis.ticks, axis.floor, axis.clampedZero].join();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key stands for the axis' values
  return useMemo(() => axis, [key, axis.format]);
}

/** "epoch 40: train 0.1230, validation 0.1500", the numbers kept left-to-right. */
function Readout(props: { epoch: number; series: readonly ChartSeries[]; word: string }) {
  const values = props.series
    .map((s) => ({ label: s.label, value: valueAt(s.points, props.epoch) }))
    .filter((v) => v.value !== undefined);
  return (
    <>
      {props.word} <span className="numbers">{props.epoch}</span>:{' '}
      {values.map((v, i) => (
        <span key={v.label}>
          {i > 0 && ', '}
          {v.label} <span className="numbers">{formatLoss(v.value)}</span>
        </span>
      ))}
    </>
  );
}

export const LossChart = memo(LossChartView);
