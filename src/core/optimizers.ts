/**
 * Optimisers: each is a small loop over a flat parameter array and its gradient array.
 * `gradientScale` turns a batch's summed gradient into its mean (1 / batch size).
 * Weight decay (L2) adds λ·w to the gradient of weights, never of biases.
 */
export type OptimizerName = 'sgd' | 'momentum' | 'adam';
export const optimizerNames: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];

export interface OptimizerSettings {
  readonly name: OptimizerName;
  /** Momentum's velocity decay (β). Adam does not read it: its β1 is `beta1`. */
  readonly momentum: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  readonly weightDecay: number;
}

export const DEFAULT_OPTIMIZER: OptimizerSettings = {
  name: 'sgd',
  momentum: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  weightDecay: 0,
};

export class Optimizer {
  readonly settings: OptimizerSettings;
  /** Momentum's velocity, or Adam's first moment. */
  private readonly velocity: Float64Array;
  /** Adam's second moment. */
  private readonly squares: Float64Array;
  private steps = 0;

  constructor(size: number, settings: OptimizerSettings) {
    this.settings = settings;
    this.velocity = new Float64Array(settings.name === 'sgd' ? 0 : size);
    this.squares = new Float64Array(settings.name === 'adam' ? size : 0);
  }

  /** How many updates have been applied. */
  get stepCount(): number {
    return this.steps;
  }

  reset(): void {
    this.velocity.fill(0);
    this.squares.fill(0);
    this.steps = 0;
  }

  /** Applies one update in place and returns the update's Euclidean length. */
  step(
    params: Float64Array,
    grads: Float64Array,
    learningRate: number,
    gradientScale: number,
    isWeight: Uint8Array,
  ): number {
    this.steps++;
    switch (this.settings.name) {
      case 'sgd':
        return this.sgd(params, grads, learningRate, gradientScale, isWeight);
      case 'momentum':
        return this.momentum(params, grads, learningRate, gradientScale, isWeight);
      case 'adam':
        return this.adam(params, grads, learningRate, gradientScale, isWeight);
    }
  }

  private sgd(
    p: Float64Array,
    g: Float64Array,
    lr: number,
    scale: number,
    isWeight: Uint8Array,
  ): number {
    const decay = this.settings.weightDecay;
    let squaredLength = 0;
    for (let k = 0; k < p.length; k++) {
      let gradient = (g[k] as number) * scale;
      if (decay !== 0 && isWeight[k] === 1) gradient += decay * (p[k] as number);
      const change = lr * gradient;
      p[k] = (p[k] as number) - change;
      squaredLength += change * change;
    }
    return Math.sqrt(squaredLength);
  }

  private momentum(
    p: Float64Array,
    g: Float64Array,
    lr: number,
    scale: number,
    isWeight: Uint8Array,
  ): number {
    const { weightDecay: decay, momentum: beta } = this.settings;
    const v = this.velocity;
    let squaredLength = 0;
    for (let k = 0; k < p.length; k++) {
      let gradient = (g[k] as number) * scale;
      if (decay !== 0 && isWeight[k] === 1) gradient += decay * (p[k] as number);
      const velocity = beta * (v[k] as number) + gradient;
      v[k] = velocity;
      const change = lr * velocity;
      p[k] = (p[k] as number) - change;
      squaredLength += change * change;
    }
    return Math.sqrt(squaredLength);
  }

  private adam(
    p: Float64Array,
    g: Float64Array,
    lr: number,
    scale: number,
    isWeight: Uint8Array,
  ): number {
    const { weightDecay: decay, beta1, beta2, epsilon } = this.settings;
    const m = this.velocity;
    const s = this.squares;
    const correction1 = 1 - beta1 ** this.steps;
    const correction2 = 1 - beta2 ** this.steps;
    let squaredLength = 0;
    for (let k = 0; k < p.length; k++) {
      let gradient = (g[k] as number) * scale;
      if (decay !== 0 && isWeight[k] === 1) gradient += decay * (p[k] as number);
      const mean = beta1 * (m[k] as number) + (1 - beta1) * gradient;
      const square = beta2 * (s[k] as number) + (1 - beta2) * gradient * gradient;
      m[k] = mean;
      s[k] = square;
      const change = (lr * (mean / correction1)) / (Math.sqrt(square / correction2) + epsilon);
      p[k] = (p[k] as number) - change;
      squaredLength += change * change;
    }
    return Math.sqrt(squaredLength);
  }
}
