/**
 * "Check numerically": the engine nudges the parameter a little up and down, measures the
 * loss both times (a central finite difference) and returns it beside backpropagation's
 * value for the same sample and weights.
 */
import { useEngineRequest } from '../../store/requests';
import type { LessonTranslate } from '../../ui/i18n';
import { formatExact, formatFixed } from '../../ui/network';
import type { BackpropKey } from './ChainRule';

export function GradientCheck(props: {
  runId: string;
  index: number;
  isArticle: boolean;
  afterUpdate: boolean;
  clipped: boolean;
  t: LessonTranslate<BackpropKey>;
}) {
  const { runId, index, t } = props;
  const { answer, waiting, ask } = useEngineRequest('gradient-check');
  // An answer about another parameter (or run) than the one shown now is not shown.
  const mine =
    answer !== null && answer.value.runId === runId && answer.value.paramIndex === index
      ? answer.value
      : null;
  const check = () => ask({ runId, paramIndex: index }, null);
  return (
    <div className="gradient-check">
      <button type="button" className="button" onClick={check}>
        {t('checkButton')}
      </button>
      {waiting !== null && <p className="hint">{t('checkWaiting')}</p>}
      {waiting === null && mine !== null && (
        <div className="worked" role="status">
          <p className="worked-title">{t('checkTitle')}</p>
          <dl className="check-values">
            <dt>{t('checkAnalytic')}</dt>
            <dd className="numbers">{formatExact(mine.analytic, 8)}</dd>
            <dt>{t('checkNumeric')}</dt>
            <dd className="numbers">{formatExact(mine.numeric, 8)}</dd>
            <dt>{t('checkDifference')}</dt>
            <dd className="numbers">{formatFixed(Math.abs(mine.analytic - mine.numeric), 4)}</dd>
          </dl>
          {props.isArticle && <p className="hint">{t('checkArticle')}</p>}
          {props.afterUpdate && <p className="hint">{t('checkAfterUpdate')}</p>}
          {props.clipped && <p className="hint">{t('checkClipped')}</p>}
        </div>
      )}
    </div>
  );
}
