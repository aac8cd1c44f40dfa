/**
 * Central finite differences: the independent check of backpropagation. For a parameter
 * θ, (L(θ + h) − L(θ − h)) / 2h approaches dL/dθ with an error of order h².
 */
import type { LossName } from './losses';
import type { Mlp } from './mlp';

export interface GradientComparison {
  readonly index: number;
  readonly analytic: number;
  readonly numeric: number;
  /** |analytic − numeric| / max(|analytic| + |numeric|, tiny). */
  readonly relativeError: number;
}

/** Loss of one sample with the current parameters (no dropout). */
export function sampleLoss(
  model: Mlp,
  loss: LossName,
  input: ArrayLike<number>,
  target: ArrayLike<number>,
): number {
  model.forward(input, 0, null);
  return model.loss(loss, target, 0);
}

/** The central difference of the sample loss with respect to params[index]. */
export function numericGradient(
  model: Mlp,
  loss: LossName,
  input: ArrayLike<number>,
  target: ArrayLike<number>,
  index: number,
  step = 1e-5,
): number {
  const params = model.params;
  const original = params[index] as number;
  params[index] = original + step;
  const above = sampleLoss(model, loss, input, target);
  params[index] = original - step;
  const below = sampleLoss(model, loss, input, target);
  params[index] = original;
  return (above - below) / (2 * step);
}

export function relativeError(a: number, b: number): number {
  const scale = Math.max(Math.abs(a) + Math.abs(b), 1e-12);
  return Math.abs(a - b) / scale;
}

/** Compares backpropagation with central differences for every parameter. */
export function checkGradients(
  model: Mlp,
  loss: LossName,
  input: ArrayLike<number>,
  target: ArrayLike<number>,
  step = 1e-5,
): GradientComparison[] {
  model.zeroGrads();
  model.forward(input, 0, null);
  model.backward(loss, target, 0);
  const analytic = Float64Array.from(model.grads);
  const results: GradientComparison[] = [];
  for (let index = 0; index < analytic.length; index++) {
    const numeric = numericGradient(model, loss, input, target, index, step);
    const exact = analytic[index] as number;
    results.push({ index, analytic: exact, numeric, relativeError: relativeError(exact, numeric) });
  }
  model.zeroGrads();
  return results;
}
