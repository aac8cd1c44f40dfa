/**
 * The main run's loss per epoch, the same quantity as the transport bar's readout, with the
 * epochs where the article's program prints its loss marked with the value the engine measured
 * there. It is on the first screen, so it is the light SVG plot, not recharts.
 */
import { useMemo } from 'react';
import { ARTICLE_OUTPUT_DEFAULTS } from '../../core/article-output';
import type { ModelKind } from '../../engine/protocol';
import { lossSeriesOf, useRuns } from '../../store/runs';
import { valueAt } from '../../ui/charts/chart-data';
import { EpochPlot, type PlotMark } from '../../ui/charts/EpochPlot';
import { chartMessages } from '../../ui/charts/messages';
import { useThrottled } from '../../ui/charts/useThrottledVersion';
import { formatLoss } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';

const PRINT_EVERY = ARTICLE_OUTPUT_DEFAULTS.printEvery;
/** More marks than this crowd the chart (a run of 1,000 epochs would print 40 lines). */
const MAX_MARKS = 8;

export interface MainLossChartProps {
  readonly runId: string;
  readonly model: ModelKind;
  readonly epochs: number;
}

export default function MainLossChart({ runId, model, epochs }: MainLossChartProps) {
  const t = useLessonT(messages);
  const ct = useLessonT(chartMessages);
  // The run view is replaced on every snapshot; the chart follows about ten times a second.
  const run = useThrottled(useRuns((state) => state.runs[runId]));
  const name = lossSeriesOf(model);
  const points = useMemo(() => run?.series[name].points() ?? null, [run, name]);

  const marks = useMemo<PlotMark[]>(() => {
    const list: PlotMark[] = [];
    // Every printed epoch is marked from the start, so the list under the chart keeps its size
    // while the run fills in the values.
    for (let epoch = 0; epoch < epochs && list.length < MAX_MARKS; epoch += PRINT_EVERY) {
      const loss = points === null ? undefined : valueAt(points, epoch);
      const label =
        loss === undefined
          ? t('chart.markPending', { epoch })
          : t('chart.mark', { epoch, loss: formatLoss(loss) });
      list.push({ x: epoch, y: loss, label });
    }
    return list;
  }, [points, epochs, t]);

  return (
    <>
      <EpochPlot
        points={points}
        epochs={[0, Math.max(1, epochs - 1)]}
        marks={marks}
        title={t('chart.title')}
        yLabel={model === 'article' ? t('chart.ySum') : t('chart.yMean')}
        xLabel={ct('epoch')}
        marksLabel={ct('markers')}
        height={220}
      />
      <p className="hint">
        {model === 'article'
          ? t('chart.printedArticle', { every: PRINT_EVERY })
          : t('chart.printedOther', { every: PRINT_EVERY })}
      </p>
    </>
  );
}
