/**
 * Every parameter's gradient as a table, largest share of the blame first: the drawing's
 * text alternative, and the whole list when the network is too large to draw.
 */
import type { LessonTranslate } from '../../ui/i18n';
import { formatExact, formatPercent, type ParamInfo } from '../../ui/network';
import type { BackpropKey } from './ChainRule';

const MAX_ROWS = 24;

export function BlameTable(props: {
  params: readonly ParamInfo[];
  names: readonly string[];
  gradient: Float64Array;
  t: LessonTranslate<BackpropKey>;
}) {
  const { gradient, t } = props;
  let total = 0;
  for (const p of props.params) total += Math.abs(gradient[p.index] ?? 0);
  const rows = [...props.params]
    .sort((a, b) => Math.abs(gradient[b.index] ?? 0) - Math.abs(gradient[a.index] ?? 0))
    .slice(0, MAX_ROWS);
  return (
    <table className="blame-table">
      <caption className="worked-title">{t('blameTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('blameParam')}</th>
          <th scope="col">{t('blameGradient')}</th>
          <th scope="col">{t('blameShare')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => {
          const g = gradient[p.index] ?? NaN;
          return (
            <tr key={p.index}>
              <th scope="row">{props.names[p.index]}</th>
              <td className="numbers">{formatExact(g)}</td>
              <td className="numbers">{total > 0 ? formatPercent(Math.abs(g) / total) : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
