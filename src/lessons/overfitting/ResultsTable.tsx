/**
 * The final losses of the lab's finished runs, latest last, so "before" and "after" a change
 * (a fix, an added point) sit one above the other, each with the fixes it had on and, when
 * early stopping ended it, which epoch's weights it kept.
 */
import type { RunConfig } from '../../engine/protocol';
import { formatLoss } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { ActiveFixes } from './ActiveFixes';
import { useFit, type FinishedRun } from './fit-store';
import { KeptWeights } from './KeptWeights';
import { messages, type OverfittingKey } from './messages';
import { presets } from './presets';

/** The data and the network; the fixes have a column of their own. */
export function describeSettings(config: RunConfig, t: LessonTranslate<OverfittingKey>): string {
  const parts = [
    t(`dataset.${config.dataset}` as OverfittingKey),
    t('settings.points', { n: config.datasetSize }),
    config.hidden.length === 0
      ? t('settings.noHidden')
      : t('settings.hidden', { sizes: config.hidden.join('-') }),
  ];
  if (config.batchSize !== presets.overfit.batchSize)
    parts.push(t('settings.batch', { n: config.batchSize }));
  return parts.join(' · ');
}

export function ResultsTable() {
  const t = useLessonT(messages);
  const results = useFit((state) => state.results);
  if (results.length === 0)
    return (
      <p className="hint" data-presenter="secondary">
        {t('results.none')}
      </p>
    );
  return (
    <table className="results-table" data-testid="fit-results" data-presenter="secondary">
      <caption>{t('results.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.settings')}</th>
          <th scope="col">{t('results.fixes')}</th>
          <th scope="col">{t('results.added')}</th>
          <th scope="col">{t('results.epochs')}</th>
          <th scope="col">{t('results.train')}</th>
          <th scope="col">{t('results.validation')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={result.serial}>
            <td>{describeSettings(result.config, t)}</td>
            <td data-column="fixes">
              <ActiveFixes fixes={result.fixes} />
            </td>
            <td className="numbers">{result.config.extraPoints.length}</td>
            <td data-column="epochs">
              <EpochsCell result={result} />
            </td>
            <td className="numbers" data-column="train">
              {formatLoss(result.trainLoss)}
            </td>
            <td className="numbers" data-column="validation">
              {formatLoss(result.validationLoss)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EpochsCell({ result }: { result: FinishedRun }) {
  if (result.keptEpoch === null) return <span className="numbers">{result.epochs}</span>;
  return <KeptWeights stoppedAt={result.stoppedAt ?? result.epochs} keptEpoch={result.keptEpoch} />;
}
