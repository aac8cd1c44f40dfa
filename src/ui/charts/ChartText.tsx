/**
 * The chart's words: a legend that shows each line's colour and dash, the list of marks, a
 * summary for screen readers and a table of the last epochs behind a disclosure.
 */
import { formatLoss } from '../format';
import type { LessonTranslate } from '../i18n';
import { lastEpochs, summarise, valueAt } from './chart-data';
import type { chartMessages } from './messages';
import { dashOf, MARKER_COLOURS, type ChartMarker, type ChartSeries } from './types';

type ChartT = LessonTranslate<keyof typeof chartMessages.en>;

export function ChartLegend({ series, t }: { series: readonly ChartSeries[]; t: ChartT }) {
  return (
    <ul className="loss-chart-legend" aria-label={t('legend')}>
      {series.map((s) => (
        <li key={s.id}>
          <svg width="32" height="10" aria-hidden="true" focusable="false">
            <line
              x1="1"
              y1="5"
              x2="31"
              y2="5"
              stroke={s.color}
              strokeWidth="2.5"
              strokeDasharray={dashOf(s) || undefined}
            />
          </svg>
          <span>{s.label}</span>
        </li>
      ))}
    </ul>
  );
}

export function MarkerList({ markers, t }: { markers: readonly ChartMarker[]; t: ChartT }) {
  if (markers.length === 0) return null;
  return (
    <ol className="loss-chart-markers" aria-label={t('markers')}>
      {markers.map((m, i) => (
        <li
          key={`${m.kind}-${m.x}-${i}`}
          style={{
            borderColor: m.color ?? MARKER_COLOURS[m.kind],
            borderInlineStartStyle: m.dash ? 'dashed' : 'solid',
          }}
        >
          {m.label}
        </li>
      ))}
    </ol>
  );
}

export function ChartSummary(props: { id: string; series: readonly ChartSeries[]; t: ChartT }) {
  const { t } = props;
  const sentences = props.series.map((s) => {
    const summary = summarise(s.points);
    if (summary === null) return t('summaryEmpty', { name: s.label });
    return t('summary', {
      name: s.label,
      first: formatLoss(summary.first.y),
      firstEpoch: summary.first.x,
      last: formatLoss(summary.last.y),
      lastEpoch: summary.last.x,
      min: formatLoss(summary.min.y),
      minEpoch: summary.min.x,
    });
  });
  return (
    <p id={props.id} className="visually-hidden">
      {sentences.length === 0 ? t('noData') : sentences.join(' ')}
    </p>
  );
}

const TABLE_ROWS = 10;

export function ChartTable(props: { title: string; series: readonly ChartSeries[]; t: ChartT }) {
  const { t, series } = props;
  const epochs = lastEpochs(
    series.map((s) => s.points),
    TABLE_ROWS,
  );
  return (
    <details className="loss-chart-table">
      <summary>{t('showTable')}</summary>
      <table>
        <caption>{t('tableCaption', { title: props.title, count: epochs.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('epoch')}</th>
            {series.map((s) => (
              <th scope="col" key={s.id}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {epochs.map((epoch) => (
            <tr key={epoch}>
              <th scope="row" className="numbers">
                {epoch}
              </th>
              {series.map((s) => (
                <td key={s.id} className="numbers">
                  {formatLoss(valueAt(s.points, epoch))}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
