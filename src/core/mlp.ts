/**
 * A multilayer perceptron on flat Float64Arrays. All weights and biases live in one
 * `params` array (and their gradients in `grads`), so optimisers are small loops over two
 * arrays. Forward and backward keep every intermediate (pre-activations, activations,
 * deltas) in preallocated buffers that lessons can read; nothing is allocated per sample.
 *
 * Layer l's weights are stored row-major, one row per output neuron: W[j, i] multiplies
 * input i of neuron j. The inner loops compute four neurons per pass over the inputs, which
 * loads each input once for four multiply-adds.
 *
 * A lone neuron on two inputs (clip, linear or sigmoid) is the article's: its forward pass is
 * the article program's (article.ts, numpy's order of operations), so every view of it shows
 * the program's numbers bit for bit.
 */
import { activations, type ActivationName } from './activations';
import { neuronActivate, neuronSum, type NeuronActivation } from './article';
import { lossValue, outputDelta, softmax, type LossName, type OutputActivation } from './losses';
import type { Rng } from './rng';

export interface LayerSpec {
  readonly size: number;
  readonly activation: OutputActivation;
}

export interface MlpSpec {
  readonly inputSize: number;
  readonly layers: readonly LayerSpec[];
}

export interface LayerLayout {
  readonly inputSize: number;
  readonly outputSize: number;
  readonly activation: OutputActivation;
  /** Index of W[0, 0] in `params`. */
  readonly weightOffset: number;
  /** Index of the first bias in `params`. */
  readonly biasOffset: number;
}

/** Dropout applied to hidden layers during training (inverted: survivors scale by 1/(1 − rate)). */
export interface DropoutSettings {
  readonly rate: number;
  readonly rng: Rng;
}

export const MAX_LAYER_SIZE = 512;

export function validateSpec(spec: MlpSpec): void {
  if (!Number.isInteger(spec.inputSize) || spec.inputSize < 1 || spec.inputSize > MAX_LAYER_SIZE) {
    throw new RangeError(
      `input size must be an integer from 1 to ${MAX_LAYER_SIZE}, got ${spec.inputSize}`,
    );
  }
  if (spec.layers.length < 1 || spec.layers.length > 8) {
    throw new RangeError(`a network needs 1 to 8 layers, got ${spec.layers.length}`);
  }
  spec.layers.forEach((layer, index) => {
    if (!Number.isInteger(layer.size) || layer.size < 1 || layer.size > MAX_LAYER_SIZE) {
      throw new RangeError(
        `layer ${index + 1} size must be an integer from 1 to ${MAX_LAYER_SIZE}`,
      );
    }
    if (layer.activation === 'softmax' && index !== spec.layers.length - 1) {
      throw new RangeError('softmax is only allowed on the output layer');
    }
  });
}

export class Mlp {
  readonly spec: MlpSpec;
  readonly layers: readonly LayerLayout[];
  readonly params: Float64Array;
  readonly grads: Float64Array;
  /** 1 where a parameter is a weight (weight decay applies), 0 for a bias. */
  readonly isWeight: Uint8Array;
  /** activations[0] is the input; activations[l + 1] is layer l's output (after dropout). */
  readonly activations: Float64Array[];
  /** preActivations[l] is layer l's weighted sum z = W·a + b. */
  readonly preActivations: Float64Array[];
  /** deltas[l] is dLoss/dz for layer l, from the last backward pass. */
  readonly deltas: Float64Array[];
  /** Dropout multipliers of each layer's outputs from the last training forward pass (1 when off). */
  readonly dropoutMasks: Float64Array[];
  private dropoutActive = false;
  private readonly lossScratch: Float64Array;
  /** The article neuron's activation when the network is that neuron, else null. */
  readonly articleNeuron: NeuronActivation | null;

  constructor(spec: MlpSpec) {
    validateSpec(spec);
    this.spec = spec;
    const layers: LayerLayout[] = [];
    let offset = 0;
    let inputSize = spec.inputSize;
    for (const layer of spec.layers) {
      const weightOffset = offset;
      const biasOffset = offset + layer.size * inputSize;
      layers.push({
        inputSize,
        outputSize: layer.size,
        activation: layer.activation,
        weightOffset,
        biasOffset,
      });
      offset = biasOffset + layer.size;
      inputSize = layer.size;
    }
    this.layers = layers;
    this.params = new Float64Array(offset);
    this.grads = new Float64Array(offset);
    this.isWeight = new Uint8Array(offset);
    for (const layer of layers) this.isWeight.fill(1, layer.weightOffset, layer.biasOffset);
    this.activations = [
      new Float64Array(spec.inputSize),
      ...layers.map((l) => new Float64Array(l.outputSize)),
    ];
    this.preActivations = layers.map((l) => new Float64Array(l.outputSize));
    this.deltas = layers.map((l) => new Float64Array(l.outputSize));
    this.dropoutMasks = layers.map((l) => new Float64Array(l.outputSize).fill(1));
    this.lossScratch = new Float64Array(this.outputSize);
    this.articleNeuron = articleNeuronOf(spec);
  }

  get outputSize(): number {
    return (this.layers[this.layers.length - 1] as LayerLayout).outputSize;
  }

  get output(): Float64Array {
    return this.activations[this.layers.length] as Float64Array;
  }

  /**
   * Random initial weights: He-scaled normals before ReLU, Glorot-scaled normals otherwise;
   * biases start at zero.
   */
  initialise(rng: Rng): void {
    for (const layer of this.layers) {
      const fanIn = layer.inputSize;
      const fanOut = layer.outputSize;
      const scale =
        layer.activation === 'relu' ? Math.sqrt(2 / fanIn) : Math.sqrt(2 / (fanIn + fanOut));
      for (let k = layer.weightOffset; k < layer.biasOffset; k++)
        this.params[k] = rng.normal() * scale;
      this.params.fill(0, layer.biasOffset, layer.biasOffset + layer.outputSize);
    }
  }

  zeroGrads(): void {
    this.grads.fill(0);
  }

  /** Runs the network on `inputs[offset … offset + inputSize)`; returns the output buffer. */
  forward(
    inputs: ArrayLike<number>,
    offset = 0,
    dropout: DropoutSettings | null = null,
  ): Float64Array {
    const input = this.activations[0] as Float64Array;
    for (let i = 0; i < input.length; i++) input[i] = inputs[offset + i] as number;
    if (this.articleNeuron !== null) return this.forwardArticleNeuron(this.articleNeuron, input);
    const last = this.layers.length - 1;
    this.dropoutActive = dropout !== null && dropout.rate > 0;
    for (let l = 0; l <= last; l++) {
      const layer = this.layers[l] as LayerLayout;
      const z = this.preActivations[l] as Float64Array;
      const out = this.activations[l + 1] as Float64Array;
      weightedSums(this.params, layer, this.activations[l] as Float64Array, z);
      activate(layer.activation, z, out);
      if (l < last) this.applyDropout(l, out, this.dropoutActive ? dropout : null);
    }
    return this.output;
  }

  private forwardArticleNeuron(activation: NeuronActivation, input: Float64Array): Float64Array {
    const p = this.params;
    const z = neuronSum(p, p[2] as number, input[0] as number, input[1] as number);
    (this.preActivations[0] as Float64Array)[0] = z;
    this.dropoutActive = false;
    const output = this.output;
    output[0] = neuronActivate(activation, z);
    return output;
  }

  private applyDropout(
    layerIndex: number,
    out: Float64Array,
    dropout: DropoutSettings | null,
  ): void {
    const mask = this.dropoutMasks[layerIndex] as Float64Array;
    if (dropout === null) {
      if (mask[0] !== 1 || mask[mask.length - 1] !== 1) mask.fill(1);
      return;
    }
    const keep = 1 - dropout.rate;
    const scale = 1 / keep;
    for (let j = 0; j < out.length; j++) {
      const m = dropout.rng.next() < keep ? scale : 0;
      mask[j] = m;
      out[j] = (out[j] as number) * m;
    }
  }

  /** The loss of the last forward pass against `targets[offset … offset + outputSize)`. */
  loss(loss: LossName, targets: ArrayLike<number>, offset = 0): number {
    const last = this.layers.length - 1;
    const z = this.preActivations[last] as Float64Array;
    return lossValue(loss, z, this.output, targets, this.outputSize, offset);
  }

  /**
   * Backpropagates from the last forward pass: writes every layer's delta and ADDS this
   * sample's dLoss/dParam into `grads` (call zeroGrads between batches).
   */
  backward(loss: LossName, targets: ArrayLike<number>, offset = 0): void {
    const last = this.layers.length - 1;
    const outLayer = this.layers[last] as LayerLayout;
    outputDelta(
      loss,
      outLayer.activation,
      this.preActivations[last] as Float64Array,
      this.output,
      targets,
      this.deltas[last] as Float64Array,
      this.outputSize,
      this.lossScratch,
      offset,
    );
    for (let l = last; l >= 0; l--) {
      const layer = this.layers[l] as LayerLayout;
      const delta = this.deltas[l] as Float64Array;
      accumulateGradients(this.grads, layer, delta, this.activations[l] as Float64Array);
      if (l > 0) {
        const below = this.layers[l - 1] as LayerLayout;
        const belowDelta = this.deltas[l - 1] as Float64Array;
        propagateDelta(this.params, layer, delta, belowDelta);
        applySlope(
          below.activation as ActivationName,
          this.preActivations[l - 1] as Float64Array,
          this.activations[l] as Float64Array,
          this.dropoutActive ? (this.dropoutMasks[l - 1] as Float64Array) : null,
          belowDelta,
        );
      }
    }
  }

  /** Predicts without dropout and returns the output buffer (overwritten by the next call). */
  predict(inputs: ArrayLike<number>, offset = 0): Float64Array {
    return this.forward(inputs, offset, null);
  }
}

/** The activation of a lone neuron on two inputs that can be the article's, else null. */
function articleNeuronOf(spec: MlpSpec): NeuronActivation | null {
  const [layer, ...more] = spec.layers;
  if (spec.inputSize !== 2 || layer === undefined || more.length > 0 || layer.size !== 1) {
    return null;
  }
  const { activation } = layer;
  return activation === 'clip' || activation === 'linear' || activation === 'sigmoid'
    ? activation
    : null;
}

/** z = W·a + b, four output neurons per pass over the inputs. */
function weightedSums(p: Float64Array, layer: LayerLayout, a: Float64Array, z: Float64Array): void {
  const n = layer.inputSize;
  const m = layer.outputSize;
  const w = layer.weightOffset;
  const b = layer.biasOffset;
  let j = 0;
  for (; j + 3 < m; j += 4) {
    const r0 = w + j * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let i = 0; i < n; i++) {
      const ai = a[i] as number;
      s0 += (p[r0 + i] as number) * ai;
      s1 += (p[r1 + i] as number) * ai;
      s2 += (p[r2 + i] as number) * ai;
      s3 += (p[r3 + i] as number) * ai;
    }
    z[j] = s0 + (p[b + j] as number);
    z[j + 1] = s1 + (p[b + j + 1] as number);
    z[j + 2] = s2 + (p[b + j + 2] as number);
    z[j + 3] = s3 + (p[b + j + 3] as number);
  }
  for (; j < m; j++) {
    const r = w + j * n;
    let s = 0;
    for (let i = 0; i < n; i++) s += (p[r + i] as number) * (a[i] as number);
    z[j] = s + (p[b + j] as number);
  }
}

function activate(activation: OutputActivation, z: Float64Array, out: Float64Array): void {
  const n = z.length;
  switch (activation) {
    case 'linear':
      out.set(z);
      return;
    case 'relu':
      for (let j = 0; j < n; j++) {
        const v = z[j] as number;
        out[j] = v > 0 ? v : 0;
      }
      return;
    case 'tanh':
      for (let j = 0; j < n; j++) out[j] = Math.tanh(z[j] as number);
      return;
    case 'softmax':
      softmax(z, out, n);
      return;
    default: {
      const f = activations[activation].forward;
      for (let j = 0; j < n; j++) out[j] = f(z[j] as number);
    }
  }
}

/** grads[W] += δ ⊗ a and grads[b] += δ, four rows per pass over the inputs. */
function accumulateGradients(
  g: Float64Array,
  layer: LayerLayout,
  delta: Float64Array,
  a: Float64Array,
): void {
  const n = layer.inputSize;
  const m = layer.outputSize;
  const w = layer.weightOffset;
  const b = layer.biasOffset;
  let j = 0;
  for (; j + 3 < m; j += 4) {
    const d0 = delta[j] as number;
    const d1 = delta[j + 1] as number;
    const d2 = delta[j + 2] as number;
    const d3 = delta[j + 3] as number;
    g[b + j] = (g[b + j] as number) + d0;
    g[b + j + 1] = (g[b + j + 1] as number) + d1;
    g[b + j + 2] = (g[b + j + 2] as number) + d2;
    g[b + j + 3] = (g[b + j + 3] as number) + d3;
    if (d0 === 0 && d1 === 0 && d2 === 0 && d3 === 0) continue;
    const r0 = w + j * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    for (let i = 0; i < n; i++) {
      const ai = a[i] as number;
      g[r0 + i] = (g[r0 + i] as number) + d0 * ai;
      g[r1 + i] = (g[r1 + i] as number) + d1 * ai;
      g[r2 + i] = (g[r2 + i] as number) + d2 * ai;
      g[r3 + i] = (g[r3 + i] as number) + d3 * ai;
    }
  }
  for (; j < m; j++) {
    const d = delta[j] as number;
    g[b + j] = (g[b + j] as number) + d;
    if (d === 0) continue;
    const r = w + j * n;
    for (let i = 0; i < n; i++) g[r + i] = (g[r + i] as number) + d * (a[i] as number);
  }
}

/** below[i] = Σ_j W[j, i] δ[j]: the blame passed back to the layer's inputs. */
function propagateDelta(
  p: Float64Array,
  layer: LayerLayout,
  delta: Float64Array,
  below: Float64Array,
): void {
  const n = layer.inputSize;
  const m = layer.outputSize;
  const w = layer.weightOffset;
  below.fill(0);
  let j = 0;
  for (; j + 3 < m; j += 4) {
    const d0 = delta[j] as number;
    const d1 = delta[j + 1] as number;
    const d2 = delta[j + 2] as number;
    const d3 = delta[j + 3] as number;
    const r0 = w + j * n;
    const r1 = r0 + n;
    const r2 = r1 + n;
    const r3 = r2 + n;
    for (let i = 0; i < n; i++) {
      below[i] =
        (below[i] as number) +
        (p[r0 + i] as number) * d0 +
        (p[r1 + i] as number) * d1 +
        (p[r2 + i] as number) * d2 +
        (p[r3 + i] as number) * d3;
    }
  }
  for (; j < m; j++) {
    const d = delta[j] as number;
    const r = w + j * n;
    for (let i = 0; i < n; i++) below[i] = (below[i] as number) + (p[r + i] as number) * d;
  }
}

/** δ ← δ · f'(z) (· dropout mask): from dLoss/d(output) to dLoss/dz of a hidden layer. */
function applySlope(
  activation: ActivationName,
  z: Float64Array,
  out: Float64Array,
  mask: Float64Array | null,
  delta: Float64Array,
): void {
  const n = delta.length;
  if (mask === null) {
    switch (activation) {
      case 'tanh':
        for (let j = 0; j < n; j++) {
          const a = out[j] as number;
          delta[j] = (delta[j] as number) * (1 - a * a);
        }
        return;
      case 'relu':
        for (let j = 0; j < n; j++) if ((z[j] as number) <= 0) delta[j] = 0;
        return;
      case 'linear':
        return;
      default: {
        const slope = activations[activation].derivative;
        for (let j = 0; j < n; j++)
          delta[j] = (delta[j] as number) * slope(z[j] as number, out[j] as number);
        return;
      }
    }
  }
  // With dropout the stored output is a·m; recover a where the unit survived.
  const slope = activations[activation].derivative;
  for (let j = 0; j < n; j++) {
    const m = mask[j] as number;
    delta[j] =
      m === 0 ? 0 : (delta[j] as number) * m * slope(z[j] as number, (out[j] as number) / m);
  }
}
