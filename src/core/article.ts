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
      return clipNeuron(z);
    case 'linear':
      return linearNeuron(z);
    case 'sigmoid':
      return sigmoidNeuron(z);
  }
}

/**
 * The activation as a function of z alone, for a loop that applies one activation to many
 * sums: a call through it costs less than choosing the activation by name at every sample.
 */
export function neuronActivation(activation: NeuronActivation): (z: number) => number {
  switch (activation) {
    case 'clip':
      return clipNeuron;
    case 'linear':
      return linearNeuron;
    case 'sigmoid':
      return sigmoidNeuron;
  }
}

function clipNeuron(z: number): number {
  // np.clip passes NaN through; so does this comparison chain.
  return z < 0 ? 0 : z > 1 ? 1 : z;
}

function linearNeuron(z: number): number {
  return z;
}

function sigmoidNeuron(z: number): number {
  return 1 / (1 + Math.exp(-z));
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
 * The program's update after one sample, on its parameters [w0, w1, b] in place:
 * w += (lr·error)·x and b += lr·error, where error = y − p. The lab's trainer calls this for
 * the article's neuron too, so the screen and the program round the same way.
 */
export function neuronUpdate(
  params: Float64Array,
  learningRate: number,
  error: number,
  x0: number,
  x1: number,
): void {
  const step = learningRate * error;
  params[0] = (params[0] as number) + step * x0;
  params[1] = (params[1] as number) + step * x1;
  params[2] = (params[2] as number) + step;
}

/**
 * Runs the program and calls `onEpoch` after every epoch. Returns the final parameters.
 * Stops early (after reporting that epoch) when `onEpoch` returns false. Unlike the lab's
 * trainer it goes on after a divergence, printing NaN, as the Python program does.
 */
export function runArticleProgram(
  options: ArticleProgramOptions,
  onEpoch: (epoch: ArticleEpoch) => boolean | void,
): { weights: [number, number]; bias: number } {
  const { inputs, labels, learningRate, epochs, activation } = options;
  const params = Float64Array.of(...options.initialWeights, options.initialBias);
  const count = inputs.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    let totalLoss = 0;
    for (let s = 0; s < count; s++) {
      const [x0, x1] = inputs[s] as readonly [number, number];
      const prediction = neuronPredict(activation, params, params[2] as number, x0, x1);
      const error = (labels[s] as number) - prediction;
      totalLoss += error * error;
      neuronUpdate(params, learningRate, error, x0, x1);
    }
    const weights: [number, number] = [params[0] as number, params[1] as number];
    if (onEpoch({ epoch, totalLoss, weights, bias: params[2] as number }) === false) break;
  }
  return { weights: [params[0] as number, params[1] as number], bias: params[2] as number };
}
