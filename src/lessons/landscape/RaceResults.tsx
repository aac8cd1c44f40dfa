/** The race's readout: a sentence for screen readers and a table of where each racer ended. */
import type { ReactNode } from 'react';
import { formatNumber } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { richText } from '../../ui/landscape/rich';
import { messages } from './messages';
import { coordinates, type RaceSettings, type RacerOutcome } from './race';

export function RaceResults({
  settings,
  outcomes,
  labels,
  icons,
}: {
  settings: RaceSettings;
  outcomes: readonly RacerOutcome[];
  labels: readonly string[];
  icons: readonly ReactNode[];
}) {
  const t = useLessonT(messages);
  const list = outcomes
    .map((outcome, k) =>
      outcome.valley === 'lost'
        ? t('summaryLost', { racer: labels[k] ?? '' })
        : t('summaryItem', {
            racer: labels[k] ?? '',
            valley: t(`summaryValley.${outcome.valley}`),
          }),
    )
    .join(t('listSeparator'));
  return (
    <div className="landscape-results">
      <p role="status" data-testid="race-summary">
        {richText(t('summary'), { start: coordinates(settings.start), list }, new Set(['start']))}
      </p>
      <table>
        <caption>
          {richText(
            t('resultsCaption'),
            { steps: settings.steps, rate: settings.learningRate },
            new Set(['steps', 'rate']),
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('col.optimizer')}</th>
            <th scope="col">{t('col.valley')}</th>
            <th scope="col">{t('col.end')}</th>
            <th scope="col">{t('col.height')}</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map((outcome, k) => (
            <tr key={labels[k] ?? k}>
              <th scope="row">
                {icons[k]} {labels[k]}
              </th>
              <td>
                {t(`valley.${outcome.valley}`)}
                {outcome.rolling && t('rolling')}
              </td>
              <td className="numbers">
                ({formatNumber(outcome.end[0], 2)}, {formatNumber(outcome.end[1], 2)})
              </td>
              <td className="numbers">{formatNumber(outcome.height, 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
