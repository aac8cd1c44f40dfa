/**
 * The main run's loss per epoch on the shared loss chart, the same quantity as the transport
 * bar's readout, with the epochs where the article's program prints its loss marked with the
 * value the engine measured there. The loop lesson loads this file lazily: it brings recharts,
 * which the first screen must not wait for.
 */
import { useMemo } from 'react';
import { ARTICLE_OUTPUT_DEFAULTS } from '../../core/article-output';
import type { ModelKind } from '../../engine/protocol';
import { lossSeriesOf, useRuns } from '../../store/runs';
import { valueAt } from '../../ui/charts/chart-data';
import { LossChart, type ChartMarker, type ChartSeries } from '../../ui/charts/LossChart';
import { useThrottled } from '../../ui/charts/useThrottledVersion';
import { formatLoss } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';

const PRINT_EVERY = ARTICLE_OUTPUT_DEFAULTS.printEvery;
/** More marks than this crowd the chart (a run of 1,000 epochs would print 40 lines). */
const MAX_MARKS = 8;
/** Runs up to this long get their whole epoch axis from the start, so it never re-lays out. */
const FIXED_AXIS_UP_TO = 1000;

export interface MainLossChartProps {
  readonly runId: string;
  readonly model: ModelKind;
  readonly epochs: number;
}

export default function MainLossChart({ runId, model, epochs }: MainLossChartProps) {
  const t = useLessonT(messages);
  // The run view is replaced on every snapshot; the chart follows about ten times a second.
  const run = useThrottled(useRuns((state) => state.runs[runId]));
  const name = lossSeriesOf(model);
  const points = useMemo(() => run?.series[name].points() ?? null, [run, name]);

  const series = useMemo<ChartSeries[]>(
    () =>
      points === null
        ? []
        : [{ id: 'main-loss', label: t('chart.line'), color: 'var(--series-1)', points }],
    [points, t],
  );
  const markers = useMemo<ChartMarker[]>(() => {
    if (points === null) return [];
    const marks: ChartMarker[] = [];
    // Every printed epoch is marked from the start, so the list under the chart keeps its size
    // while the run fills in the values.
    for (let epoch = 0; epoch < epochs && marks.length < MAX_MARKS; epoch += PRINT_EVERY) {
      const loss = valueAt(points, epoch);
      const label =
        loss === undefined
          ? t('chart.markPending', { epoch })
          : t('chart.mark', { epoch, loss: formatLoss(loss) });
      marks.push({ x: epoch, kind: 'info', label });
    }
    return marks;
  }, [points, epochs, t]);

  return (
    <>
      <LossChart
        series={series}
        markers={markers}
        title={t('chart.title')}
        yLabel={model === 'article' ? t('chart.ySum') : t('chart.yMean')}
        height={220}
        {...(epochs <= FIXED_AXIS_UP_TO ? { epochRange: [0, Math.max(1, epochs - 1)] } : {})}
      />
      <p className="hint">
        {model === 'article'
          ? t('chart.printedArticle', { every: PRINT_EVERY })
          : t('chart.printedOther', { every: PRINT_EVERY })}
      </p>
    </>
  );
}
