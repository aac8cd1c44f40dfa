/**
 * The final losses of the lab's finished runs, latest last, so "before" and "after" a change
 * (a fix, an added point) sit one above the other.
 */
import type { RunConfig } from '../../engine/protocol';
import { formatLoss } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import { useFit } from './fit-store';
import { messages, type OverfittingKey } from './messages';
import { fixField, fixNames, presets } from './presets';

export function describeSettings(config: RunConfig, t: LessonTranslate<OverfittingKey>): string {
  const parts = [
    t(`dataset.${config.dataset}` as OverfittingKey),
    t('settings.points', { n: config.datasetSize }),
    config.hidden.length === 0
      ? t('settings.noHidden')
      : t('settings.hidden', { sizes: config.hidden.join('-') }),
  ];
  for (const fix of fixNames) {
    const field = fixField[fix];
    if (fix !== 'moreData' && config[field] !== 0)
      parts.push(`${t(`fix.${fix}.short` as OverfittingKey)} ${config[field]}`);
  }
  if (config.batchSize !== presets.overfit.batchSize)
    parts.push(t('settings.batch', { n: config.batchSize }));
  return parts.join(' · ');
}

export function ResultsTable() {
  const t = useLessonT(messages);
  const results = useFit((state) => state.results);
  if (results.length === 0) return <p className="hint">{t('results.none')}</p>;
  return (
    <table className="results-table" data-testid="fit-results">
      <caption>{t('results.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.settings')}</th>
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
            <td className="numbers">{result.config.extraPoints.length}</td>
            <td className="numbers">
              {result.epochs}
              {result.status === 'early-stopped' ? ` (${t('results.early')})` : ''}
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
