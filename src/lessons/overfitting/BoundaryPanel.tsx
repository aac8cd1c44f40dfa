/**
 * The decision boundary of the 'fit' run, computed in the worker and refreshed at a calm rate,
 * with a click on the plot adding a training point of the chosen class. A regression shows its
 * value map instead: the predicted value everywhere and the points' true values, on one colour
 * bar (ui/boundary/ValueLegend.tsx).
 */
import { useMemo, useState } from 'react';
import type { RunView } from '../../store/runs';
import { BoundaryPlot } from '../../ui/boundary/BoundaryPlot';
import { formatNumber } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { fitStandardisation } from '../../core/table-data';
import { dataMessages } from './data-messages';
import { COORDINATE_LIMIT, MAX_ADDED_POINTS, useFit } from './fit-store';
import { classCount, importedClassCount, isLabDataset, usesDeviceAxes } from './lab-data';
import { messages, type OverfittingKey } from './messages';
import { FIT_RUN } from './presets';
import { useBoundaryRefresh } from './use-boundary-refresh';

export const BOUNDARY_RESOLUTION = 64;

/** The mean of imported regression data's value, as the plot's legend words it (else null). */
export function useRegressionMean(): string | null {
  const imported = useFit((state) => state.imported);
  return useMemo(() => {
    if (imported === null || imported.table.task !== 'regression') return null;
    return formatNumber(fitStandardisation(imported.table.labels, 1).mean[0] ?? 0, 3);
  }, [imported]);
}

/**
 * The class names of the lab's data set, in the learner's language; for imported data its own
 * class names, and for a regression the two sides of the mean the value map shows.
 */
export function useClassNames(): string[] {
  const t = useLessonT(messages);
  const td = useLessonT(dataMessages);
  const dataset = useFit((state) => state.config.dataset);
  const imported = useFit((state) => state.imported);
  const mean = useRegressionMean();
  return useMemo(() => {
    if (imported !== null) {
      if (mean !== null) return [td('import.below', { mean }), td('import.above', { mean })];
      const count = importedClassCount(imported.table);
      return imported.table.classNames.slice(0, count).map((name, k) => name || `class ${k}`);
    }
    const name = isLabDataset(dataset) ? dataset : 'circle';
    return Array.from({ length: classCount[name] }, (_, k) =>
      t(`class.${name}.${k}` as OverfittingKey),
    );
  }, [dataset, t, td, imported, mean]);
}

function percent(value: number): string {
  return Number.isFinite(value) ? `${formatNumber(value * 100, 0)} %` : '—';
}

export function BoundaryPanel({ run }: { run: RunView | undefined }) {
  const t = useLessonT(messages);
  const td = useLessonT(dataMessages);
  const imported = useFit((state) => state.imported);
  const regressionMean = useRegressionMean();
  const picture = useBoundaryRefresh(FIT_RUN, BOUNDARY_RESOLUTION);
  const dataset = useFit((state) => state.config.dataset);
  const added = useFit((state) =>
    state.imported === null ? state.config.extraPoints.length : state.importedPoints.length,
  );
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
  const counts = {
    train: trainingPoints,
    validation: (picture?.labels.length ?? 0) - trainingPoints,
  };
  const summary =
    last === null
      ? regressionMean !== null
        ? td('plot.untrainedValues', counts)
        : t('plot.untrained', counts)
      : regressionMean !== null
        ? td('plot.lossSummary', {
            epoch: last.epoch,
            train: formatNumber(last.trainLoss, 4),
            validation: formatNumber(last.validationLoss, 4),
          })
        : t('plot.summary', {
            epoch: last.epoch,
            train: percent(last.trainAccuracy),
            validation: percent(last.validationAccuracy),
          });
  const axisLabels: [string, string] =
    imported !== null
      ? [imported.table.featureNames[0] ?? 'x1', imported.table.featureNames[1] ?? 'x2']
      : deviceAxes
        ? [t('axis.price'), t('axis.weight')]
        : ['x1', 'x2'];

  return (
    <>
      <BoundaryPlot
        picture={picture}
        label={t('plot.label')}
        summary={summary}
        classNames={classNames}
        axisLabels={axisLabels}
        legend={
          regressionMean !== null
            ? {
                training: td('legend.valueTraining'),
                validation: td('legend.valueValidation'),
                added: td('legend.valueAdded'),
              }
            : {
                training: t('legend.training'),
                validation: t('legend.validation'),
                added: t('legend.added'),
              }
        }
        highlightFrom={trainingPoints - added}
        onPick={(x1, x2) => setRejected(!addPoint(x1, x2))}
        {...(imported !== null && imported.table.task === 'regression'
          ? { valueLabel: td('plot.valueLegend', { label: imported.table.labelName }) }
          : {})}
      />
      {regressionMean !== null && imported !== null && (
        <p className="hint">{td('import.regressionMap', { label: imported.table.labelName })}</p>
      )}
      {rejected && (
        <p className="field-problem" role="alert">
          {imported !== null
            ? td('import.pointRejected', { max: MAX_ADDED_POINTS })
            : t('plot.rejected', { max: MAX_ADDED_POINTS, limit: COORDINATE_LIMIT })}
        </p>
      )}
    </>
  );
}
