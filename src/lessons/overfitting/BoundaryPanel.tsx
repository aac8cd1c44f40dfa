/**
 * The decision boundary of the 'fit' run, computed in the worker and refreshed at a calm rate,
 * with a click on the plot adding a training point of the chosen class.
 */
import { useMemo, useState } from 'react';
import type { RunView } from '../../store/runs';
import { BoundaryPlot } from '../../ui/boundary/BoundaryPlot';
import { formatNumber } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { COORDINATE_LIMIT, MAX_ADDED_POINTS, useFit } from './fit-store';
import { classCount, isLabDataset, usesDeviceAxes } from './lab-data';
import { messages, type OverfittingKey } from './messages';
import { FIT_RUN } from './presets';
import { useBoundaryRefresh } from './use-boundary-refresh';

export const BOUNDARY_RESOLUTION = 64;

/** The class names of the lab's data set, in the learner's language. */
export function useClassNames(): string[] {
  const t = useLessonT(messages);
  const dataset = useFit((state) => state.config.dataset);
  return useMemo(() => {
    const name = isLabDataset(dataset) ? dataset : 'circle';
    return Array.from({ length: classCount[name] }, (_, k) =>
      t(`class.${name}.${k}` as OverfittingKey),
    );
  }, [dataset, t]);
}

function percent(value: number): string {
  return Number.isFinite(value) ? `${formatNumber(value * 100, 0)} %` : '—';
}

export function BoundaryPanel({ run }: { run: RunView | undefined }) {
  const t = useLessonT(messages);
  const picture = useBoundaryRefresh(FIT_RUN, BOUNDARY_RESOLUTION);
  const dataset = useFit((state) => state.config.dataset);
  const added = useFit((state) => state.config.extraPoints.length);
  const addPoint = useFit((state) => state.addPoint);
  const classNames = useClassNames();
  const deviceAxes = isLabDataset(dataset) && usesDeviceAxes(dataset);
  // A click can land outside the coordinates a point may have, or after the last allowed point.
  const [rejected, setRejected] = useState(false);

  const trainingPoints = useMemo(
    () => (picture === null ? 0 : picture.isValidation.reduce((n, v) => n + (v === 0 ? 1 : 0), 0)),
    [picture],
  );
  const last = run?.lastEpoch ?? null;
  const summary =
    last === null
      ? t('plot.untrained', {
          train: trainingPoints,
          validation: (picture?.labels.length ?? 0) - trainingPoints,
        })
      : t('plot.summary', {
          epoch: last.epoch,
          train: percent(last.trainAccuracy),
          validation: percent(last.validationAccuracy),
        });

  return (
    <>
      <BoundaryPlot
        picture={picture}
        label={t('plot.label')}
        summary={summary}
        classNames={classNames}
        axisLabels={deviceAxes ? [t('axis.price'), t('axis.weight')] : ['x1', 'x2']}
        legend={{
          training: t('legend.training'),
          validation: t('legend.validation'),
          added: t('legend.added'),
        }}
        highlightFrom={trainingPoints - added}
        onPick={(x1, x2) => setRejected(!addPoint(x1, x2))}
      />
      {rejected && (
        <p className="field-problem" role="alert">
          {t('plot.rejected', { max: MAX_ADDED_POINTS, limit: COORDINATE_LIMIT })}
        </p>
      )}
    </>
  );
}
