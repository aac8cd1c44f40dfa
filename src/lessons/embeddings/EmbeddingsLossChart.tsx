/**
 * The loss per epoch beside the plane, drawn by the shared LossChart on a log axis at first:
 * the squared pulls keep shrinking the loss long after the picture stops changing, and a log
 * axis shows that steady fall. Redrawn about 10 times a second while training streams.
 */
import { useMemo } from 'react';
import { useEmbeddings } from '../../store/embeddings';
import { LossChart, type ChartSeries } from '../../ui/charts/LossChart';
import { useThrottledVersion } from '../../ui/charts/useThrottledVersion';
import type { LessonTranslate } from '../../ui/i18n';
import type { EmbeddingsKey } from './messages';

export function EmbeddingsLossChart({ t }: { t: LessonTranslate<EmbeddingsKey> }) {
  const version = useThrottledVersion(useEmbeddings((state) => state.lossVersion));
  const loss = useEmbeddings((state) => state.loss);
  const series = useMemo<ChartSeries[]>(() => {
    void version; // the history is mutated in place: its version says when to read it again
    return [
      {
        id: 'embeddings-loss',
        label: t('chart.loss'),
        color: 'var(--series-1)',
        points: loss.points(),
      },
    ];
  }, [loss, version, t]);
  return <LossChart series={series} log title={t('chart.title')} height={240} />;
}
