/**
 * The loss lesson's worked arithmetic for one prediction, taken from the engine's StepDetail
 * (the last layer's activations and the sample's target) and computed with core's own
 * lossValue, so the lesson's numbers are the engine's formulas applied to the engine's values.
 */
import { lossValue } from '../../core/losses';
import type { StepDetail } from '../../engine/protocol';

export interface WorkedLoss {
  /** The prediction: one probability per class (one number for a single-output neuron). */
  readonly probabilities: readonly number[];
  readonly target: readonly number[];
  /** Index of the true class; for a single output, the label itself (1 or 0). */
  readonly trueClass: number;
  /** The probability the model gave the right answer. */
  readonly pTrue: number;
  /** The squared error of the true class alone: (1 − p_true)², or (y − p)² for one output. */
  readonly trueClassSquared: number;
  /** Σ over every output of (y − p)²; the same as trueClassSquared for a single output. */
  readonly squaredSum: number;
  /** −ln p_true (categorical, or binary for one output); NaN when p is not a probability. */
  readonly crossEntropy: number;
}

function lastOf<T>(list: readonly T[]): T | undefined {
  return list[list.length - 1];
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) {
    if ((values[i] as number) > (values[best] as number)) best = i;
  }
  return best;
}

/** The worked numbers of the last forward pass, or null before the run has made one. */
export function workedLoss(detail: StepDetail): WorkedLoss | null {
  const z = lastOf(detail.preActivations);
  const a = lastOf(detail.activations);
  const y = detail.target;
  if (detail.idle === true || z === undefined || a === undefined) return null;
  if (detail.activations.length < 2) return null;
  return workedLossOf(z, a, y);
}

/** The worked numbers of an output layer's sums z and outputs a against the target y. */
export function workedLossOf(z: Float64Array, a: Float64Array, y: Float64Array): WorkedLoss | null {
  const n = a.length;
  if (n === 0 || y.length !== n) return null;
  return n === 1 ? singleOutput(z, a, y) : multiClass(z, a, y);
}

/** The article's neuron (or any one-output model): p is the chance of label 1. */
function singleOutput(z: Float64Array, a: Float64Array, y: Float64Array): WorkedLoss {
  const p = a[0] as number;
  const label = y[0] as number;
  const squared = lossValue('squared', z, a, y, 1);
  // Binary cross-entropy needs p to be a probability; a linear neuron's output may not be.
  const isProbability = p >= 0 && p <= 1;
  return {
    probabilities: [p],
    target: [label],
    trueClass: label >= 0.5 ? 1 : 0,
    pTrue: label >= 0.5 ? p : 1 - p,
    trueClassSquared: squared,
    squaredSum: squared,
    crossEntropy: isProbability ? lossValue('bce', z, a, y, 1) : Number.NaN,
  };
}

function multiClass(z: Float64Array, a: Float64Array, y: Float64Array): WorkedLoss {
  const n = a.length;
  const t = argmax(y);
  const one = (values: Float64Array) => values.subarray(t, t + 1);
  return {
    probabilities: Array.from(a),
    target: Array.from(y),
    trueClass: t,
    pTrue: a[t] as number,
    trueClassSquared: lossValue('squared', one(z), one(a), one(y), 1),
    squaredSum: lossValue('squared', z, a, y, n),
    crossEntropy: lossValue('cross-entropy', z, a, y, n),
  };
}
