/**
 * Lesson: scale. The same arithmetic for the article's 3-parameter toy and for GPT-3:
 * compute ≈ 6 × parameters × tokens, time = compute ÷ (peak × utilisation × GPUs), every
 * assumption an editable field, both runs on one logarithmic strip.
 */
import { useState, type ReactNode } from 'react';
import {
  ARTICLE_TOY,
  DEFAULT_UTILISATION,
  estimateScale,
  GPT3,
  RTX_4090_FP32_PEAK,
  SECONDS_PER_YEAR,
  tokensOf,
  type ScaleEstimate,
} from '../../core/scale';
import { Formula } from '../../ui/Formula';
import { useLessonT } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { NO_ACTION, usePrimaryAction } from '../../ui/primary-action';
import { LogStrip } from './LogStrip';
import { messages, type ScaleKey } from './messages';
import { durationValue, Sci } from './Sci';
import './scale.css';

const BILLION = 1e9;
const TERA = 1e12;

export const DEFAULTS = {
  parametersBillions: GPT3.parameters / BILLION,
  tokensBillions: GPT3.tokens / BILLION,
  peakTeraflops: RTX_4090_FP32_PEAK / TERA,
  utilisationPercent: DEFAULT_UTILISATION * 100,
  gpus: 1,
  toyParameters: ARTICLE_TOY.parameters,
  toySamples: ARTICLE_TOY.samples,
  toyEpochs: ARTICLE_TOY.epochs,
};
type Inputs = typeof DEFAULTS;
type InputName = keyof Inputs;

interface Limit {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  /** The smallest value is excluded (the field must be above it). */
  readonly aboveMin?: boolean;
}
const LIMITS: Readonly<Record<InputName, Limit>> = {
  parametersBillions: { min: 0, max: 1e6, aboveMin: true },
  tokensBillions: { min: 0, max: 1e9, aboveMin: true },
  peakTeraflops: { min: 0, max: 1e6, aboveMin: true },
  utilisationPercent: { min: 0, max: 100, aboveMin: true },
  gpus: { min: 1, max: 10_000_000, integer: true },
  toyParameters: { min: 1, max: 1e15, integer: true },
  toySamples: { min: 1, max: 1e15, integer: true },
  toyEpochs: { min: 1, max: 1e9, integer: true },
};

export default function ScaleLesson() {
  const t = useLessonT(messages);
  const [inputs, setInputs] = useState<Inputs>(DEFAULTS);
  // Arithmetic to talk through, nothing to run: a clicker goes on to the next lesson.
  usePrimaryAction('scale', NO_ACTION);
  const gpu = {
    peakFlopsPerSecond: inputs.peakTeraflops * TERA,
    utilisation: inputs.utilisationPercent / 100,
    devices: inputs.gpus,
  };
  const gpt = estimateScale({
    ...gpu,
    parameters: inputs.parametersBillions * BILLION,
    tokens: inputs.tokensBillions * BILLION,
  });
  const toyTokens = tokensOf(inputs.toySamples, inputs.toyEpochs);
  const toy = estimateScale({ ...gpu, parameters: inputs.toyParameters, tokens: toyTokens });

  const field = (name: InputName) => {
    const limit = LIMITS[name];
    const range = {
      min: limit.min.toLocaleString('en-US'),
      max: limit.max.toLocaleString('en-US'),
    };
    return (
      <NumberField
        label={t(`field.${name}` as ScaleKey)}
        value={inputs[name]}
        {...limit}
        invalidMessage={t(limit.aboveMin ? 'field.invalidAbove' : 'field.invalid', range)}
        // Subnormals such as 1e-320 pass "above 0" yet make the time overflow: say why.
        tooSmallMessage={limit.aboveMin ? t('field.tooSmall', range) : undefined}
        onValue={(value) => setInputs((old) => ({ ...old, [name]: value }))}
      />
    );
  };

  const orders = Math.log10(gpt.compute / toy.compute);
  return (
    <div className="scale-lesson">
      <p>{t('intro')}</p>
      <fieldset className="scale-gpu">
        <legend>{t('gpu.legend')}</legend>
        {field('peakTeraflops')}
        {field('utilisationPercent')}
        {field('gpus')}
        <button
          type="button"
          className="button"
          onClick={() => setInputs(DEFAULTS)}
          data-presenter="secondary"
        >
          {t('reset')}
        </button>
        <p className="assumption" data-presenter="secondary">
          {t('gpu.assumption')}
        </p>
      </fieldset>
      <p className="throughput">
        {t('throughput.label')}{' '}
        <Formula className="numbers" testId="throughput-formula">
          {inputs.peakTeraflops.toLocaleString('en-US')} × 10<sup>12</sup> ×{' '}
          {inputs.utilisationPercent.toLocaleString('en-US')} % ×{' '}
          {inputs.gpus.toLocaleString('en-US')} = <Sci value={gpt.sustainedFlopsPerSecond} /> FLOP/s
        </Formula>
      </p>
      <div className="scale-runs">
        <RunCard
          title={t('gpt.title')}
          fields={
            <>
              {field('parametersBillions')}
              {field('tokensBillions')}
            </>
          }
          parameters={inputs.parametersBillions * BILLION}
          tokens={inputs.tokensBillions * BILLION}
          estimate={gpt}
          testId="gpt"
        />
        <RunCard
          title={t('toy.title')}
          fields={
            <>
              {field('toyParameters')}
              {field('toySamples')}
              {field('toyEpochs')}
            </>
          }
          parameters={inputs.toyParameters}
          tokens={toyTokens}
          tokenNote={t('toy.tokens', {
            samples: inputs.toySamples.toLocaleString('en-US'),
            epochs: inputs.toyEpochs.toLocaleString('en-US'),
            tokens: toyTokens.toLocaleString('en-US'),
          })}
          estimate={toy}
          testId="toy"
        />
      </div>
      <p className="toy-note">{t('toy.note')}</p>
      <section className="scale-strips" aria-labelledby="strips-title">
        <h3 id="strips-title">{t('strips.title')}</h3>
        <p className="strip-caption">{t('strips.computeCaption')}</p>
        <LogStrip
          label={t('strips.compute', {
            toy: exponential(toy.compute),
            gpt: exponential(gpt.compute),
          })}
          marks={[
            { value: toy.compute, label: t('mark.toy'), shape: 'circle' },
            { value: gpt.compute, label: t('mark.gpt'), shape: 'diamond' },
          ]}
        />
        <p className="strip-caption">{t('strips.timeCaption')}</p>
        <LogStrip
          label={t('strips.time', {
            toy: exponential(toy.seconds),
            gpt: exponential(gpt.seconds),
          })}
          marks={[
            { value: toy.seconds, label: t('mark.toy'), shape: 'circle' },
            { value: gpt.seconds, label: t('mark.gpt'), shape: 'diamond' },
          ]}
          references={[
            { value: 1, label: t('ref.second') },
            { value: 86_400, label: t('ref.day') },
            { value: SECONDS_PER_YEAR, label: t('ref.year') },
          ]}
        />
        {/* An underflowed compute (0) has no order of magnitude to compare. */}
        {Number.isFinite(orders) && (
          <p data-testid="orders">{t('strips.orders', { orders: orders.toFixed(1) })}</p>
        )}
      </section>
    </div>
  );
}

function RunCard(props: {
  readonly title: string;
  readonly fields: ReactNode;
  readonly parameters: number;
  readonly tokens: number;
  readonly tokenNote?: string;
  readonly estimate: ScaleEstimate;
  readonly testId: string;
}) {
  const t = useLessonT(messages);
  const { estimate } = props;
  const { duration } = estimate;
  return (
    <section className="scale-card" aria-label={props.title}>
      <h3>{props.title}</h3>
      <div className="scale-fields">{props.fields}</div>
      {props.tokenNote !== undefined && (
        <p className="hint" data-presenter="secondary">
          {props.tokenNote}
        </p>
      )}
      <dl className="scale-sums">
        <dt>{t('sum.compute')}</dt>
        <dd>
          <Formula className="numbers">
            6 × <Sci value={props.parameters} /> × <Sci value={props.tokens} /> ={' '}
            <Sci value={estimate.compute} /> FLOP
          </Formula>
        </dd>
        <dt>{t('sum.time')}</dt>
        <dd>
          <Formula className="numbers">
            <Sci value={estimate.compute} /> ÷ <Sci value={estimate.sustainedFlopsPerSecond} /> ={' '}
            <Sci value={estimate.seconds} /> s
          </Formula>
        </dd>
      </dl>
      <p className="scale-answer" data-testid={`${props.testId}-time`}>
        {duration.kind === 'time' ? (
          <>
            ≈ {/* Past a million of the largest unit, digits stop helping: a power of ten. */}
            {duration.value >= 1e6 ? (
              <Sci value={duration.value} />
            ) : (
              <span className="numbers">{durationValue(duration.value)}</span>
            )}{' '}
            {t(`unit.${duration.unit}` as ScaleKey)}
            {duration.unit !== 'years' && (
              <>
                {' '}
                (<Sci value={estimate.years} /> {t('unit.years')})
              </>
            )}
          </>
        ) : (
          t(duration.kind === 'too-long' ? 'duration.tooLong' : 'duration.notFinite')
        )}
      </p>
    </section>
  );
}

/** "3.15e+23" for an aria-label; the same words as <Sci> for what overflowed. */
function exponential(value: number): string {
  if (Number.isNaN(value)) return '—';
  return Number.isFinite(value) ? value.toExponential(2) : value > 0 ? '∞' : '−∞';
}
