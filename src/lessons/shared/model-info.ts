/**
 * What a lesson needs to know about a run's model beyond its numbers: the activation of each
 * layer, the loss its gradient comes from, its optimiser, and names for its inputs, neurons
 * and classes. Read from the run's settings, the same ones the engine built it from.
 */
import type { LossName, OutputActivation } from '../../core/losses';
import type { OptimizerName } from '../../core/optimizers';
import { pairedLoss } from '../../engine/build';
import type { ModelKind, RunConfig } from '../../engine/protocol';
import type { LessonTranslate } from '../../ui/i18n';
import type { ParamInfo } from '../../ui/network';
import type { SharedKey } from './step-messages';

export interface ModelInfo {
  readonly kind: ModelKind;
  /** One per layer after the inputs. */
  readonly activations: readonly OutputActivation[];
  /** The loss whose gradient the engine computes. */
  readonly loss: LossName;
  readonly optimizer: OptimizerName;
  readonly weightDecay: number;
  /** The inputs are a device's price and weight (the article's features). */
  readonly devices: boolean;
  /** Class names are glasses / ring / earbuds. */
  readonly threeDevices: boolean;
}

export function modelInfo(config: RunConfig, layerSizes: readonly number[]): ModelInfo {
  const outputs = layerSizes[layerSizes.length - 1] ?? 1;
  const common = {
    kind: config.model,
    optimizer: config.optimizer,
    weightDecay: config.weightDecay,
  };
  if (config.model === 'article') {
    return {
      ...common,
      activations: [config.neuron],
      loss: 'article',
      devices: true,
      threeDevices: false,
    };
  }
  const output: OutputActivation = outputs > 1 ? 'softmax' : 'sigmoid';
  return {
    ...common,
    activations: [...config.hidden.map(() => config.hiddenActivation), output],
    loss: pairedLoss(config.loss, output),
    devices: config.dataset === 'devices' || config.dataset === 'devices3',
    threeDevices: config.dataset === 'devices3',
  };
}

/** Names per column of the drawing: inputs, hidden neurons, outputs. */
export function nodeLabels(
  info: ModelInfo,
  layerSizes: readonly number[],
  t: LessonTranslate<SharedKey>,
): string[][] {
  const last = layerSizes.length - 1;
  return layerSizes.map((size, column) =>
    Array.from({ length: size }, (_, n) => {
      if (column === 0) return inputName(info, n, t);
      if (column < last) return t('name.hidden', { layer: column, n: n + 1 });
      return size === 1 ? t('name.output') : (classNames(info, size, t)[n] ?? '');
    }),
  );
}

function inputName(info: ModelInfo, n: number, t: LessonTranslate<SharedKey>): string {
  if (info.devices && n === 0) return t('name.price');
  if (info.devices && n === 1) return t('name.weight');
  return t('name.input', { n: n + 1 });
}

/**
 * Class names for the prediction bars. One output: [the class above 0.5, the class below]
 * (for the devices: glasses, ring, as in the article). Several: one per output.
 */
export function classNames(info: ModelInfo, outputs: number, t: LessonTranslate<SharedKey>) {
  if (outputs === 1) {
    return info.devices ? [t('class.glasses'), t('class.ring')] : [t('class.one'), t('class.zero')];
  }
  if (info.threeDevices) return [t('class.glasses'), t('class.ring'), t('class.earbuds')];
  return Array.from({ length: outputs }, (_, k) => t('class.n', { n: k + 1 }));
}

/** The bar to mark as the truth: for one output, 0 when the target is 1 (else 1). */
export function trueClassOf(target: Float64Array | null): number | null {
  if (target === null || target.length === 0) return null;
  if (target.length === 1) return (target[0] as number) >= 0.5 ? 0 : 1;
  let best = 0;
  for (let k = 1; k < target.length; k++) {
    if ((target[k] as number) > (target[best] as number)) best = k;
  }
  return best;
}

/**
 * A parameter's short name: the article's own w1, w2 and b for its neuron, otherwise the
 * connection it sits on, e.g. "w price → glasses" or "b glasses".
 */
export function paramName(
  info: ModelInfo,
  param: ParamInfo,
  labels: readonly (readonly string[])[],
): string {
  if (info.kind === 'article') return param.kind === 'bias' ? 'b' : `w${param.from + 1}`;
  const to = labels[param.layer + 1]?.[param.to] ?? '';
  return param.kind === 'bias' ? `b ${to}` : `w ${labels[param.layer]?.[param.from] ?? ''} → ${to}`;
}
