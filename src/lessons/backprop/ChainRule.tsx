/**
 * The chain rule for one selected parameter, with the engine's numbers filled in:
 * ∂L/∂p · ∂p/∂z · ∂z/∂w. The factors are read from the step detail (output, target, the
 * layer's deltas, the input on the line); their product is set beside the engine's own
 * gradient, so a learner can see that the two agree.
 */
import { activations as activationFunctions } from '../../core/activations';
import type { StepDetail } from '../../engine/protocol';
import { Formula } from '../../ui/Formula';
import type { LessonTranslate } from '../../ui/i18n';
import { formatExact, formatFactor, paramLayout, type ParamInfo } from '../../ui/network';
import type { ModelInfo } from '../shared/model-info';
import type { messages } from './messages';

export type BackpropKey = keyof (typeof messages)['en'];
type T = LessonTranslate<BackpropKey>;

export interface ChainRuleProps {
  readonly info: ModelInfo;
  readonly layerSizes: readonly number[];
  readonly detail: StepDetail;
  /** The parameters the gradient was computed with. */
  readonly params: Float64Array;
  readonly gradient: Float64Array;
  readonly index: number;
  readonly name: string;
  readonly batchSize: number;
  readonly t: T;
}

interface Factors {
  readonly param: ParamInfo;
  readonly x: number;
  readonly delta: number;
  readonly z: number;
  readonly p: number;
  readonly y: number;
}

function factorsOf(props: ChainRuleProps): Factors | null {
  const param = paramLayout(props.layerSizes).find((p) => p.index === props.index);
  if (param === undefined) return null;
  const { detail } = props;
  const x = param.kind === 'weight' ? (detail.activations[param.layer]?.[param.from] ?? NaN) : 1;
  return {
    param,
    x,
    delta: detail.deltas[param.layer]?.[param.to] ?? NaN,
    z: detail.preActivations[param.layer]?.[param.to] ?? NaN,
    p: detail.activations[param.layer + 1]?.[param.to] ?? NaN,
    y: detail.target[param.to] ?? NaN,
  };
}

/** One factor: its symbol, what it is in words, and its value (maths kept left to right). */
function Line({ symbol, words, math }: { symbol: string; words?: string; math?: string }) {
  return (
    <p>
      <Formula className="numbers">{symbol}</Formula>
      {words !== undefined && ` (${words})`}
      {math !== undefined && (
        <>
          : <Formula className="numbers">{math}</Formula>
        </>
      )}
    </p>
  );
}

function InputFactor({ f, t }: { f: Factors; t: T }) {
  return f.param.kind === 'weight' ? (
    <Line symbol="∂z/∂w" words={t('dzdw')} math={formatExact(f.x)} />
  ) : (
    <Line symbol="∂z/∂b = 1" words={t('dzdb')} />
  );
}

/** The article's neuron: the slope factor, and where the program's rule departs from it. */
function ArticleOutput({ f, props }: { f: Factors; props: ChainRuleProps }) {
  const { t } = props;
  const neuron = props.info.activations[0] ?? 'clip';
  const slope = neuron === 'softmax' ? NaN : activationFunctions[neuron].derivative(f.z, f.p);
  const error = `(${formatExact(f.p)} − ${formatExact(f.y)})`;
  const x = formatFactor(f.x);
  return (
    <>
      <Line
        symbol="∂L/∂p = p − y"
        words={t('dLdpWords')}
        math={`${error} = ${formatExact(f.delta)}`}
      />
      <Line symbol="∂p/∂z" words={t('dpdz')} math={formatExact(slope)} />
      {neuron === 'clip' && slope === 1 && <p className="hint">{t('clipInside')}</p>}
      {neuron === 'clip' && slope !== 1 && (
        <p className="hint">{t('clipFlat', { z: formatExact(f.z) })}</p>
      )}
      {neuron === 'sigmoid' && <p className="hint">{t('sigmoidRule')}</p>}
      {neuron !== 'clip' && slope !== 1 && (
        <p className="hint">{t('articleRule', { slope: formatExact(slope) })}</p>
      )}
      <InputFactor f={f} t={t} />
      {slope !== 1 && (
        <p className="numbers">{`${error} × ${formatExact(slope)} × ${x} = ${formatExact(f.delta * slope * f.x)}`}</p>
      )}
      <p className="numbers chain-product">{`${error} × 1 × ${x} = ${formatExact(f.delta * f.x)}`}</p>
    </>
  );
}

/** An output neuron whose loss and activation give ∂L/∂z = p − y (softmax + cross-entropy, sigmoid + BCE). */
function ShortcutOutput({ f, props }: { f: Factors; props: ChainRuleProps }) {
  const { t } = props;
  const error = `(${formatExact(f.p)} − ${formatExact(f.y)})`;
  return (
    <>
      <Line symbol="∂L/∂z = p − y" math={`${error} = ${formatExact(f.delta)}`} />
      {props.info.activations[f.param.layer] === 'softmax' && (
        <p className="hint">{t('softmaxShortcut')}</p>
      )}
      <InputFactor f={f} t={t} />
      <p className="numbers chain-product">{`${error} × ${formatFactor(f.x)} = ${formatExact(f.delta * f.x)}`}</p>
    </>
  );
}

/** A hidden neuron: its slope times the blame flowing back along its outgoing weights. */
function HiddenNeuron({ f, props }: { f: Factors; props: ChainRuleProps }) {
  const { t, detail, params, layerSizes } = props;
  const layer = f.param.layer;
  const name = props.info.activations[layer] ?? 'linear';
  const slope = name === 'softmax' ? NaN : activationFunctions[name].derivative(f.z, f.p);
  const next = paramLayout(layerSizes).filter(
    (p) => p.layer === layer + 1 && p.kind === 'weight' && p.from === f.param.to,
  );
  const terms = next
    .map(
      (p) =>
        `${formatFactor(params[p.index] as number)} × ${formatFactor(detail.deltas[layer + 1]?.[p.to] ?? NaN)}`,
    )
    .join(' + ');
  return (
    <>
      <p className="hint">{t('dLdzHidden')}</p>
      <p className="numbers">{`∂L/∂z = ${formatExact(slope)} × (${terms}) = ${formatExact(f.delta)}`}</p>
      <InputFactor f={f} t={t} />
      <p className="numbers chain-product">{`${formatFactor(f.delta)} × ${formatFactor(f.x)} = ${formatExact(f.delta * f.x)}`}</p>
    </>
  );
}

function OtherOutput({ f, props }: { f: Factors; props: ChainRuleProps }) {
  const { t } = props;
  return (
    <>
      <p className="hint">{t('otherLoss', { delta: formatExact(f.delta) })}</p>
      <InputFactor f={f} t={t} />
      <p className="numbers chain-product">{`${formatFactor(f.delta)} × ${formatFactor(f.x)} = ${formatExact(f.delta * f.x)}`}</p>
    </>
  );
}

function Breakdown({ f, props }: { f: Factors; props: ChainRuleProps }) {
  const isOutput = f.param.layer === props.layerSizes.length - 2;
  if (!isOutput) return <HiddenNeuron f={f} props={props} />;
  if (props.info.kind === 'article') return <ArticleOutput f={f} props={props} />;
  const { loss } = props.info;
  if (loss === 'cross-entropy' || loss === 'bce') return <ShortcutOutput f={f} props={props} />;
  return <OtherOutput f={f} props={props} />;
}

export function ChainRule(props: ChainRuleProps) {
  const f = factorsOf(props);
  if (f === null) return null;
  const { t } = props;
  return (
    <div className="worked chain-rule">
      <p className="worked-title">{t('chainTitle', { name: props.name })}</p>
      <p className="hint">{t('chainHint')}</p>
      <Breakdown f={f} props={props} />
      <p>
        {t('engineGradient')}{' '}
        <strong className="numbers">{formatExact(props.gradient[props.index] ?? NaN)}</strong>
      </p>
      {props.info.kind === 'mlp' && props.batchSize > 1 && <p className="hint">{t('batchSum')}</p>}
    </div>
  );
}
