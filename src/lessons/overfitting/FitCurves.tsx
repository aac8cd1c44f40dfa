/**
 * Training and validation loss of the 'fit' run, epoch by epoch, with the epoch whose weights
 * early stopping kept marked on the chart, and the same story in words underneath.
 */
import { useMemo } from 'react';
import type { RunView } from '../../store/runs';
import { LossChart, type ChartMarker, type ChartSeries } from '../../ui/charts/LossChart';
import { formatLoss } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';

/** The lowest point of a series: its value and epoch (null when it has none). */
export function lowestPoint(run: RunView, name: 'validationLoss' | 'trainLoss') {
  const { x, y } = run.series[name].points();
  let best: { epoch: number; value: number } | null = null;
  for (let k = 0; k < y.length; k++) {
    const value = y[k] as number;
    if (Number.isFinite(value) && (best === null || value < best.value))
      best = { epoch: x[k] as number, value };
  }
  return best;
}

export function FitCurves({ run }: { run: RunView | undefined }) {
  const t = useLessonT(messages);

  const series = useMemo<ChartSeries[]>(() => {
    if (run === undefined) return [];
    return [
      {
        id: 'train',
        label: t('curves.train'),
        color: 'var(--series-1)',
        points: run.series.trainLoss.points(),
      },
      {
        id: 'validation',
        label: t('curves.validation'),
        color: 'var(--series-2)',
        points: run.series.validationLoss.points(),
        dashed: true,
      },
    ];
    // The series change in place, but every change also replaces the RunView (a new version).
  }, [run, t]);

  const markers = useMemo<ChartMarker[]>(() => {
    if (run === undefined) return [];
    const list: ChartMarker[] = [];
    if (run.bestEpoch !== null)
      list.push({
        x: run.bestEpoch,
        label: t('curves.kept', { epoch: run.bestEpoch }),
        kind: 'early-stop',
      });
    if (run.status === 'early-stopped' && run.stoppedAt !== null)
      list.push({
        x: run.stoppedAt,
        label: t('curves.stopped', { epoch: run.stoppedAt }),
        kind: 'info',
      });
    if (run.status === 'diverged' && run.stoppedAt !== null)
      list.push({ x: run.stoppedAt, label: t('curves.diverged'), kind: 'diverged' });
    return list;
  }, [run, t]);

  const last = run?.lastEpoch ?? null;
  const lowest = run === undefined ? null : lowestPoint(run, 'validationLoss');

  return (
    <div className="fit-curves">
      <LossChart
        series={series}
        markers={markers}
        title={t('curves.title')}
        yLabel={t('curves.y')}
        height={240}
      />
      <p className="fit-readout" data-testid="fit-readout">
        {last === null ? (
          t('curves.empty')
        ) : (
          <>
            {t('curves.latest', { epoch: last.epoch })}{' '}
            <span className="numbers">{formatLoss(last.trainLoss)}</span>
            {' · '}
            {t('curves.latestValidation')}{' '}
            <span className="numbers">{formatLoss(last.validationLoss)}</span>
            {lowest !== null && (
              <>
                {' · '}
                {t('curves.lowest', { epoch: lowest.epoch })}{' '}
                <span className="numbers">{formatLoss(lowest.value)}</span>
              </>
            )}
          </>
        )}
      </p>
      {run?.bestEpoch !== null && run?.bestEpoch !== undefined && (
        <p className="fit-note">{t('curves.restored', { epoch: run.bestEpoch })}</p>
      )}
    </div>
  );
}
