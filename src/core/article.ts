/**
 * The article's program, exactly: one neuron over [price, weight], trained online (one
 * sample at a time, in order) with the update w += lr·(y − p)·x, b += lr·(y − p), the loss
 * (y − p)² summed over each epoch. The arithmetic follows the program's order of operations
 * so that results equal numpy's float64 output.
 */
import { fma } from './fma';

export type NeuronActivation = 'clip' | 'linear' | 'sigmoid';

export interface ArticleProgramOptions {
  /** Training rows [price, weight]. */
  readonly inputs: readonly (readonly [number, number])[];
  readonly labels: readonly number[];
  readonly learningRate: number;
  readonly epochs: number;
  readonly activation: NeuronActivation;
  readonly initialWeights: readonly [number, number];
  readonly initialBias: number;
}

export interface ArticleEpoch {
  readonly epoch: number;
  /** The program's total_loss: Σ (y − p)² over the epoch's samples. */
  readonly totalLoss: number;
  readonly weights: readonly [number, number];
  readonly bias: number;
}

/** The article's starting point: four devices, w = [0.5, 0.5], b = 0, lr = 0.1, 100 epochs. */
export const ARTICLE_PROGRAM: ArticleProgramOptions = {
  inputs: [
    [0.55, 0.48],
    [0.45, 0.72],
    [0.35, 0.03],
    [0.2, 0.03],
  ],
  labels: [1, 1, 0, 0],
  learningRate: 0.1,
  epochs: 100,
  activation: 'clip',
  initialWeights: [0.5, 0.5],
  initialBias: 0,
};

/** The device the article's program classifies after training. */
export const ARTICLE_TEST_DEVICE: readonly [number, number] = [0.5, 0.55];

export function neuronActivate(activation: NeuronActivation, z: number): number {
  switch (activation) {
    case 'clip':
      // np.clip passes NaN through; so does this comparison chain.
      return z < 0 ? 0 : z > 1 ? 1 : z;
    case 'linear':
      return z;
    case 'sigmoid':
      return 1 / (1 + Math.exp(-z));
  }
}

/**
 * The weighted sum as numpy computes np.dot(x, w) + b: OpenBLAS accumulates the dot
 * product with fused multiply-adds, then the bias is added.
 */
export function neuronSum(
  weights: ArrayLike<number>,
  bias: number,
  x0: number,
  x1: number,
): number {
  return fma(x1, weights[1] as number, x0 * (weights[0] as number)) + bias;
}

/** The neuron's output for one input, as the program computes it. */
export function neuronPredict(
  activation: NeuronActivation,
  weights: ArrayLike<number>,
  bias: number,
  x0: number,
  x1: number,
): number {
  return neuronActivate(activation, neuronSum(weights, bias, x0, x1));
}

/**
 * Runs the program and calls `onEpoch` after every epoch. Returns the final parameters.
 * Stops early (after reporting that epoch) when `onEpoch` returns false.
 */
export function runArticleProgram(
  options: ArticleProgramOptions,
  onEpoch: (epoch: ArticleEpoch) => boolean | void,
): { weights: [number, number]; bias: number } {
  const { inputs, labels, learningRate, epochs, activation } = options;
  let w0 = options.initialWeights[0];
  let w1 = options.initialWeights[1];
  let bias = options.initialBias;
  const count = inputs.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let totalLoss = 0;
    for (let s = 0; s < count; s++) {
      const x = inputs[s] as readonly [number, number];
      const prediction = neuronActivate(activation, fma(x[1], w1, x[0] * w0) + bias);
      const error = (labels[s] as number) - prediction;
      totalLoss += error * error;
      const step = learningRate * error;
      w0 += step * x[0];
      w1 += step * x[1];
      bias += step;
    }
    if (onEpoch({ epoch, totalLoss, weights: [w0, w1], bias }) === false) break;
  }
  return { weights: [w0, w1], bias };
}

/**
 * The same program as a tight loop with no per-epoch callback: the speed path for long runs
 * (the W3 benchmark). Returns the last epoch's total loss and the parameters.
 */
export function trainArticleFast(options: ArticleProgramOptions): {
  totalLoss: number;
  weights: [number, number];
  bias: number;
} {
  const { inputs, labels, learningRate, epochs, activation } = options;
  const count = inputs.length;
  const xs = new Float64Array(count * 2);
  const ys = new Float64Array(count);
  for (let s = 0; s < count; s++) {
    const row = inputs[s] as readonly [number, number];
    xs[2 * s] = row[0];
    xs[2 * s + 1] = row[1];
    ys[s] = labels[s] as number;
  }
  let w0 = options.initialWeights[0];
  let w1 = options.initialWeights[1];
  let bias = options.initialBias;
  let totalLoss = 0;
  const clip = activation === 'clip';
  const linear = activation === 'linear';
  for (let epoch = 0; epoch < epochs; epoch++) {
    totalLoss = 0;
    for (let s = 0; s < count; s++) {
      const x0 = xs[2 * s] as number;
      const x1 = xs[2 * s + 1] as number;
      const z = fma(x1, w1, x0 * w0) + bias;
      const prediction = clip ? (z < 0 ? 0 : z > 1 ? 1 : z) : linear ? z : 1 / (1 + Math.exp(-z));
      const error = (ys[s] as number) - prediction;
      totalLoss += error * error;
      const step = learningRate * error;
      w0 += step * x0;
      w1 += step * x1;
      bias += step;
    }
  }
  return { totalLoss, weights: [w0, w1], bias };
}
