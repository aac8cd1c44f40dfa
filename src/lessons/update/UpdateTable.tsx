/**
 * One row per parameter: old − learning rate × gradient = new, every number the engine's
 * (the old value and the gradient from the update record, the new value from the parameters
 * after it). With another optimiser or weight decay the rule differs, so the row shows the
 * engine's old → new instead of a formula that would not hold.
 */
import type { StepDetail } from '../../engine/protocol';
import type { LessonTranslate } from '../../ui/i18n';
import { formatExact, formatFactor, type ParamInfo } from '../../ui/network';
import type { messages } from './messages';

type T = LessonTranslate<keyof (typeof messages)['en']>;
type Update = NonNullable<StepDetail['lastUpdate']>;

export function UpdateTable(props: {
  params: readonly ParamInfo[];
  names: readonly string[];
  update: Update;
  after: Float64Array;
  plainRule: boolean;
  t: T;
}) {
  const { update, after, t } = props;
  const rate = formatExact(update.learningRate);
  return (
    <table className="update-table">
      <caption className="worked-title">{t('tableTitle', { rate })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('param')}</th>
          <th scope="col">{props.plainRule ? t('step') : '→'}</th>
        </tr>
      </thead>
      <tbody>
        {props.params.map((p) => {
          const old = formatExact(update.paramsBefore[p.index] ?? NaN);
          const now = formatExact(after[p.index] ?? NaN);
          const gradient = formatFactor(update.grads[p.index] ?? NaN);
          return (
            <tr key={p.index}>
              <th scope="row">{props.names[p.index]}</th>
              <td className="numbers">
                {props.plainRule ? `${old} − ${rate} × ${gradient} = ${now}` : `${old} → ${now}`}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
