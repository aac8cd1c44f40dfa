/**
 * Activation functions, each beside its derivative. `derivative` takes both the input `z`
 * and the output `a` so that tanh and sigmoid reuse the value already computed.
 */
export type ActivationName = 'linear' | 'relu' | 'tanh' | 'sigmoid' | 'clip';

export interface Activation {
  readonly name: ActivationName;
  forward(z: number): number;
  /** d(output)/d(input) at input `z` whose output was `a`. */
  derivative(z: number, a: number): number;
}

export const activations: Readonly<Record<ActivationName, Activation>> = {
  linear: { name: 'linear', forward: (z) => z, derivative: () => 1 },
  relu: { name: 'relu', forward: (z) => (z > 0 ? z : 0), derivative: (z) => (z > 0 ? 1 : 0) },
  tanh: { name: 'tanh', forward: Math.tanh, derivative: (_z, a) => 1 - a * a },
  sigmoid: {
    name: 'sigmoid',
    forward: (z) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z))),
    derivative: (_z, a) => a * (1 - a),
  },
  /** The article's clip(z, 0, 1): flat (derivative 0) outside the interval. */
  clip: {
    name: 'clip',
    forward: (z) => (z < 0 ? 0 : z > 1 ? 1 : z),
    derivative: (z) => (z > 0 && z < 1 ? 1 : 0),
  },
};
