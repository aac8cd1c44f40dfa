/**
 * The loss of the sample whose mistake is traced back, written out: for the article's neuron
 * (y − p)², the number its program prints; for softmax + cross-entropy −ln of the right
 * class's probability. The result is always the engine's own sample loss.
 */
import type { StepDetail } from '../../engine/protocol';
import { Formula, FormulaText } from '../../ui/Formula';
import type { LessonTranslate } from '../../ui/i18n';
import { formatExact } from '../../ui/network';
import type { ModelInfo } from '../shared/model-info';
import { outputsOf } from '../shared/step-values';
import type { BackpropKey } from './ChainRule';

function largestIndex(values: Float64Array): number {
  let best = 0;
  for (let k = 1; k < values.length; k++)
    if ((values[k] as number) > (values[best] as number)) best = k;
  return best;
}

export function LossLine(props: {
  info: ModelInfo;
  detail: StepDetail;
  classNames: readonly string[];
  t: LessonTranslate<BackpropKey>;
}) {
  const { info, detail, t } = props;
  const loss = detail.sampleLoss;
  if (!Number.isFinite(loss) && detail.stage === 'forward')
    return <p className="hint">{t('lossPending')}</p>;
  const outputs = outputsOf(detail.activations) ?? new Float64Array(0);
  if (info.kind === 'article') {
    const y = formatExact(detail.target[0] ?? NaN);
    const p = formatExact(outputs[0] ?? NaN);
    return (
      <p>
        {t('lossArticle')}:{' '}
        <Formula className="numbers">{`(y − p)² = (${y} − ${p})² = ${formatExact(loss)}`}</Formula>
      </p>
    );
  }
  if (info.loss === 'cross-entropy' && outputs.length > 1) {
    const k = largestIndex(detail.target);
    const name = props.classNames[k] ?? String(k + 1);
    return (
      <p>
        {t('lossCrossEntropy')}:{' '}
        <Formula className="numbers">
          <FormulaText
            text={`−ln p(${name}) = −ln ${formatExact(outputs[k] ?? NaN)} = ${formatExact(loss)}`}
          />
        </Formula>
      </p>
    );
  }
  return (
    <p>
      {t('lossOther')}: <span className="numbers">{formatExact(loss)}</span>
    </p>
  );
}
