/**
 * The forward pass written out with the engine's numbers: for every neuron, input × weight
 * for each line plus the bias = z, then the activation. Each printed result is the engine's
 * own value, not a recomputation.
 */
import type { OutputActivation } from '../../core/losses';
import { FormulaText } from '../../ui/Formula';
import type { LessonTranslate } from '../../ui/i18n';
import { formatExact, formatFactor, paramLayout } from '../../ui/network';
import type { messages } from './messages';

type ForwardKey = keyof (typeof messages)['en'];

export interface WeightedSumsProps {
  readonly layerSizes: readonly number[];
  readonly params: Float64Array;
  readonly preActivations: readonly Float64Array[];
  readonly activations: readonly Float64Array[];
  readonly layerActivations: readonly OutputActivation[];
  readonly labels: readonly (readonly string[])[];
  readonly t: LessonTranslate<ForwardKey>;
}

/** Write out at most this many neurons; beyond it only the output layer. */
const MAX_WRITTEN_NEURONS = 6;

function sumLine(props: WeightedSumsProps, layer: number, neuron: number): string {
  const inputs = props.activations[layer] as Float64Array;
  const terms = paramLayout(props.layerSizes)
    .filter((p) => p.layer === layer && p.to === neuron)
    .map((p) => {
      const w = props.params[p.index] as number;
      return p.kind === 'weight'
        ? `${formatExact(inputs[p.from] as number)} × ${formatFactor(w)}`
        : formatFactor(w);
    });
  const z = props.preActivations[layer]?.[neuron] as number;
  return `z = ${terms.join(' + ')} = ${formatExact(z)}`;
}

function activationLine(name: OutputActivation, z: number, a: number): string {
  const zText = formatExact(z);
  const aText = formatExact(a);
  switch (name) {
    case 'clip':
      return `clip(${zText}, 0, 1) = ${aText}`;
    case 'linear':
      return `a = z = ${aText}`;
    case 'relu':
      return `max(0, ${zText}) = ${aText}`;
    case 'tanh':
      return `tanh(${zText}) = ${aText}`;
    case 'sigmoid':
      return `1 / (1 + e^(−${formatFactor(z)})) = ${aText}`;
    case 'softmax':
      return '';
  }
}

function softmaxLines(z: Float64Array, p: Float64Array, names: readonly string[]): string[] {
  const powers = Array.from(z, (value) => `e^${formatFactor(value)}`).join(' + ');
  return Array.from(p, (share, k) => {
    const zk = z[k] as number;
    return `p(${names[k] ?? k + 1}) = e^${formatFactor(zk)} / (${powers}) = ${formatExact(share)}`;
  });
}

function NeuronLines(props: WeightedSumsProps & { layer: number; neuron: number }) {
  const { layer, neuron } = props;
  const activation = props.layerActivations[layer] ?? 'linear';
  const z = props.preActivations[layer]?.[neuron] as number;
  const a = props.activations[layer + 1]?.[neuron] as number;
  const clipped = activation === 'clip' && (z < 0 || z > 1);
  return (
    <div className="worked-neuron">
      <p>
        <strong>{props.labels[layer + 1]?.[neuron]}</strong>
      </p>
      <p className="numbers">{sumLine(props, layer, neuron)}</p>
      {activation !== 'softmax' && <p className="numbers">{activationLine(activation, z, a)}</p>}
      {clipped && <p className="hint">{props.t('clipped')}</p>}
    </div>
  );
}

export function WeightedSums(props: WeightedSumsProps) {
  const layers = props.layerSizes.length - 1;
  const neurons = props.layerSizes.slice(1).reduce((sum, size) => sum + size, 0);
  const first = neurons <= MAX_WRITTEN_NEURONS ? 0 : layers - 1;
  const last = layers - 1;
  const outputActivation = props.layerActivations[last];
  const shown = Array.from({ length: layers - first }, (_, k) => first + k);
  return (
    <div className="worked">
      <p className="hint">{props.t('sumsHow')}</p>
      {first > 0 && <p className="hint">{props.t('hiddenSkipped')}</p>}
      {shown.map((layer) =>
        Array.from({ length: props.layerSizes[layer + 1] ?? 0 }, (_, neuron) => (
          <NeuronLines key={`${layer}-${neuron}`} {...props} layer={layer} neuron={neuron} />
        )),
      )}
      {outputActivation === 'softmax' && (
        <>
          <p className="hint">{props.t('softmaxHow')}</p>
          {softmaxLines(
            props.preActivations[last] as Float64Array,
            props.activations[last + 1] as Float64Array,
            props.labels[last + 1] ?? [],
          ).map((line) => (
            <p key={line} className="numbers">
              <FormulaText text={line} />
            </p>
          ))}
        </>
      )}
    </div>
  );
}
