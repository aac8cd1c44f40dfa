/**
 * Loss functions, each beside its gradient. A loss sees the output layer's pre-activations
 * `z` and activations `a` so that softmax + cross-entropy (and sigmoid + binary
 * cross-entropy) can use their short, numerically stable fused gradient `a − y`.
 *
 * - `squared`: Σ (y − a)², the article's per-sample loss (summed over outputs).
 * - `half-squared`: ½ Σ (a − y)², whose gradient is simply (a − y).
 * - `mse`: the mean over outputs of (y − a)².
 * - `bce`: binary cross-entropy, −Σ [y ln a + (1 − y) ln(1 − a)], for outputs in (0, 1).
 * - `cross-entropy`: categorical cross-entropy −Σ y ln softmax(z), softmax outputs only.
 * - `article`: the article program's rule. It reports (y − a)² but updates with the error
 *   (y − a) alone, which is the gradient of ½(y − a)² with the activation's slope taken as 1
 *   (for the clip this is the "straight-through" rule; the factor 2 sits in the rate).
 */
import { assertNever } from './assert-never';
import { activations, type ActivationName } from './activations';

export type LossName = 'squared' | 'half-squared' | 'mse' | 'bce' | 'cross-entropy' | 'article';
export type OutputActivation = ActivationName | 'softmax';

export const lossNames: readonly LossName[] = [
  'squared',
  'half-squared',
  'mse',
  'bce',
  'cross-entropy',
  'article',
];

/** Probabilities are kept this far from 0 and 1 so a log never returns −∞ for a finite input. */
const PROBABILITY_FLOOR = 1e-15;

function clampProbability(p: number): number {
  return p < PROBABILITY_FLOOR
    ? PROBABILITY_FLOOR
    : p > 1 - PROBABILITY_FLOOR
      ? 1 - PROBABILITY_FLOOR
      : p;
}

/** Writes softmax(z) into `out`, subtracting the largest logit first so exp never overflows. */
export function softmax(z: ArrayLike<number>, out: Float64Array, n = z.length): void {
  let max = -Infinity;
  for (let i = 0; i < n; i++) if ((z[i] as number) > max) max = z[i] as number;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((z[i] as number) - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) / sum;
}

/** ln Σ exp(z), computed stably. */
function logSumExp(z: ArrayLike<number>, n = z.length): number {
  let max = -Infinity;
  for (let i = 0; i < n; i++) if ((z[i] as number) > max) max = z[i] as number;
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += Math.exp((z[i] as number) - max);
  return max + Math.log(sum);
}

/** The loss of one sample. */
export function lossValue(
  loss: LossName,
  z: ArrayLike<number>,
  a: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
  yOffset = 0,
): number {
  let total = 0;
  switch (loss) {
    case 'squared':
    case 'article':
      for (let i = 0; i < n; i++) total += ((y[yOffset + i] as number) - (a[i] as number)) ** 2;
      return total;
    case 'half-squared':
      for (let i = 0; i < n; i++) total += ((a[i] as number) - (y[yOffset + i] as number)) ** 2;
      return 0.5 * total;
    case 'mse':
      for (let i = 0; i < n; i++) total += ((y[yOffset + i] as number) - (a[i] as number)) ** 2;
      return total / n;
    case 'bce':
      for (let i = 0; i < n; i++) {
        const p = clampProbability(a[i] as number);
        const t = y[yOffset + i] as number;
        total -= t * Math.log(p) + (1 - t) * Math.log(1 - p);
      }
      return total;
    case 'cross-entropy': {
      const lse = logSumExp(z, n);
      for (let i = 0; i < n; i++) {
        const t = y[yOffset + i] as number;
        if (t !== 0) total -= t * ((z[i] as number) - lse);
      }
      return total;
    }
    default:
      return assertNever(loss);
  }
}

/** dLoss/dOutput for one output unit, before the activation's slope is applied. */
function dLoss_dOutput(loss: LossName, a: number, y: number, n: number): number {
  switch (loss) {
    case 'squared':
      return 2 * (a - y);
    case 'half-squared':
    case 'article':
      return a - y;
    case 'mse':
      return (2 * (a - y)) / n;
    case 'bce': {
      const p = clampProbability(a);
      return (p - y) / (p * (1 - p));
    }
    case 'cross-entropy':
      return a === 0 ? 0 : -y / clampProbability(a);
    default:
      return assertNever(loss);
  }
}

/**
 * Writes dLoss/dz (the output layer's "delta") into `delta`. `scratch` must hold `n` numbers;
 * only softmax outputs with a loss other than cross-entropy use it.
 */
export function outputDelta(
  loss: LossName,
  activation: OutputActivation,
  z: ArrayLike<number>,
  a: ArrayLike<number>,
  y: ArrayLike<number>,
  delta: Float64Array,
  n: number,
  scratch: Float64Array,
  yOffset = 0,
): void {
  if (loss === 'cross-entropy' && activation === 'softmax') {
    let targetSum = 0;
    for (let i = 0; i < n; i++) targetSum += y[yOffset + i] as number;
    for (let i = 0; i < n; i++)
      delta[i] = (a[i] as number) * targetSum - (y[yOffset + i] as number);
    return;
  }
  if (loss === 'bce' && activation === 'sigmoid') {
    for (let i = 0; i < n; i++) delta[i] = (a[i] as number) - (y[yOffset + i] as number);
    return;
  }
  if (activation === 'softmax') {
    // Softmax couples the outputs: dL/dz_j = a_j (g_j − Σ_i g_i a_i).
    let weighted = 0;
    for (let i = 0; i < n; i++) {
      const g = dLoss_dOutput(loss, a[i] as number, y[yOffset + i] as number, n);
      scratch[i] = g;
      weighted += g * (a[i] as number);
    }
    for (let i = 0; i < n; i++) delta[i] = (a[i] as number) * ((scratch[i] as number) - weighted);
    return;
  }
  const slope = activations[activation];
  for (let i = 0; i < n; i++) {
    const g = dLoss_dOutput(loss, a[i] as number, y[yOffset + i] as number, n);
    delta[i] = loss === 'article' ? g : g * slope.derivative(z[i] as number, a[i] as number);
  }
}
