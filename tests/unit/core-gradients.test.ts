import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Mlp, type LayerSpec } from '../../src/core/mlp';
import { checkGradients } from '../../src/core/gradcheck';
import { Rng } from '../../src/core/rng';
import type { ActivationName } from '../../src/core/activations';
import type { LossName, OutputActivation } from '../../src/core/losses';

const hiddenActivations: ActivationName[] = ['linear', 'tanh', 'sigmoid', 'relu'];

/** Pairs of output activation and loss the core supports for training. */
const outputs: { activation: OutputActivation; loss: LossName; classes: boolean }[] = [
  { activation: 'linear', loss: 'squared', classes: false },
  { activation: 'linear', loss: 'half-squared', classes: false },
  { activation: 'tanh', loss: 'mse', classes: false },
  { activation: 'sigmoid', loss: 'bce', classes: false },
  { activation: 'sigmoid', loss: 'squared', classes: false },
  { activation: 'relu', loss: 'half-squared', classes: false },
  { activation: 'softmax', loss: 'cross-entropy', classes: true },
  { activation: 'softmax', loss: 'squared', classes: true },
  { activation: 'softmax', loss: 'mse', classes: true },
];

function buildCase(
  seed: number,
  hidden: number[],
  hiddenActivation: ActivationName,
  out: (typeof outputs)[number],
  outputSize: number,
) {
  const rng = new Rng(seed);
  const layers: LayerSpec[] = [
    ...hidden.map((size) => ({ size, activation: hiddenActivation })),
    { size: outputSize, activation: out.activation },
  ];
  const inputSize = 1 + rng.int(4);
  const model = new Mlp({ inputSize, layers });
  model.initialise(rng);
  for (let k = 0; k < model.params.length; k++)
    model.params[k] = (model.params[k] as number) + 0.1 * rng.normal();
  const input = Array.from({ length: inputSize }, () => rng.uniform(-2, 2));
  let target: number[];
  if (out.classes) {
    target = new Array<number>(outputSize).fill(0);
    target[rng.int(outputSize)] = 1;
  } else if (out.loss === 'bce') {
    target = Array.from({ length: outputSize }, () => (rng.next() < 0.5 ? 0 : 1));
  } else {
    target = Array.from({ length: outputSize }, () => rng.uniform(-1, 1));
  }
  return { model, input, target };
}

describe('backpropagation against central finite differences', () => {
  it('agrees to a relative error below 1e-6 for every activation × loss and random architectures', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 0, maxLength: 3 }),
        fc.constantFrom(...hiddenActivations),
        fc.constantFrom(...outputs),
        fc.integer({ min: 2, max: 4 }),
        (seed, hidden, hiddenActivation, out, classCount) => {
          const outputSize = out.classes ? classCount : 1 + (seed % 3);
          const { model, input, target } = buildCase(
            seed,
            hidden,
            hiddenActivation,
            out,
            outputSize,
          );
          for (const result of checkGradients(model, out.loss, input, target)) {
            // For tiny gradients the difference quotient's rounding noise (~1e-11) dominates a
            // relative measure: there the absolute difference is what must be small.
            if (Math.abs(result.analytic) + Math.abs(result.numeric) < 1e-4) {
              expect(Math.abs(result.analytic - result.numeric)).toBeLessThan(1e-10);
              continue;
            }
            // ReLU's kink: a finite difference that straddles z = 0 is not a derivative.
            if (hiddenActivation === 'relu' || out.activation === 'relu') {
              if (result.relativeError > 1e-6) return nearReluKink(model, input);
            }
            expect(result.relativeError).toBeLessThan(1e-6);
          }
          return true;
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** True when some ReLU pre-activation lies within the finite-difference step of its kink. */
function nearReluKink(model: Mlp, input: number[]): boolean {
  model.forward(input, 0, null);
  return model.preActivations.some(
    (z, l) =>
      model.layers[l]?.activation === 'relu' && Array.from(z).some((v) => Math.abs(v) < 1e-3),
  );
}
