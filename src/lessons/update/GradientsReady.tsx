/**
 * Before the update: every parameter as it is now beside the gradient backpropagation left
 * for it, both the engine's. The update that follows turns each pair into a new value.
 */
import type { LessonTranslate } from '../../ui/i18n';
import { formatExact, type ParamInfo } from '../../ui/network';
import type { messages } from './messages';

type T = LessonTranslate<keyof (typeof messages)['en']>;

export function GradientsReady(props: {
  params: readonly ParamInfo[];
  names: readonly string[];
  now: Float64Array;
  /** The gradient gathered so far in the batch (the sum over its samples). */
  gradient: Float64Array;
  batch: number;
  t: T;
}) {
  const { t } = props;
  return (
    <>
      <table className="update-table">
        <caption className="worked-title">{t('readyTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('param')}</th>
            <th scope="col">{t('readyNow')}</th>
            <th scope="col">{t('readyGradient')}</th>
          </tr>
        </thead>
        <tbody>
          {props.params.map((p) => (
            <tr key={p.index}>
              <th scope="row">{props.names[p.index]}</th>
              <td className="numbers">{formatExact(props.now[p.index] ?? NaN)}</td>
              <td className="numbers">{formatExact(props.gradient[p.index] ?? NaN)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.batch > 1 && <p className="hint">{t('readySum')}</p>}
    </>
  );
}
