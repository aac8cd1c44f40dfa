/**
 * The article's factor 2, made visible. Its program prints (y − p)² but updates with
 * error × input, which is the gradient of ½(y − p)²: the exact gradient of what it prints is
 * twice as large, and the missing 2 sits in the learning rate. Both numbers are shown so a
 * learner who differentiates the printed loss finds everything consistent.
 */
import type { StepDetail } from '../../engine/protocol';
import type { LessonTranslate } from '../../ui/i18n';
import { formatExact, formatFactor } from '../../ui/network';
import type { BackpropKey } from './ChainRule';

export function FactorTwo(props: {
  detail: StepDetail;
  /** The input on the selected line (1 for the bias). */
  input: number;
  name: string;
  learningRate: number;
  t: LessonTranslate<BackpropKey>;
}) {
  const { detail, input, t } = props;
  // The article's rule: ∂L/∂z of ½(y − p)² is the engine's delta, p − y.
  const error = detail.deltas[0]?.[0] ?? NaN;
  const p = formatExact(detail.activations[1]?.[0] ?? NaN);
  const y = formatExact(detail.target[0] ?? NaN);
  const x = formatFactor(input);
  const used = error * input;
  const rate = props.learningRate;
  return (
    <div className="worked factor-two">
      <p className="worked-title">{t('twoTitle')}</p>
      <p>{t('twoPrinted', { name: props.name, x: formatExact(input) })}</p>
      <p className="numbers">{`2 × (${p} − ${y}) × ${x} = ${formatExact(2 * used)}`}</p>
      <p>{t('twoUsed')}</p>
      <p className="numbers">{`(${p} − ${y}) × ${x} = ${formatExact(used)}`}</p>
      <p>{t('twoRate', { rate: formatExact(rate), half: formatExact(rate / 2) })}</p>
      <p className="numbers">
        {`${formatExact(rate)} × ${formatFactor(used)} = ${formatExact(rate / 2)} × ${formatFactor(2 * used)} = ${formatExact(rate * used)}`}
      </p>
    </div>
  );
}
