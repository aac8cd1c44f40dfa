/**
 * Finite-difference checks for what core-gradients.test.ts leaves out: dropout (with its mask
 * held fixed, so the loss is a smooth function of the parameters), the clip activation, and
 * the article's loss, whose update is the gradient of ½(y − a)² with the output's slope
 * taken as 1.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Mlp, type LayerSpec } from '../../src/core/mlp';
import { checkGradients, relativeError } from '../../src/core/gradcheck';
import { Rng } from '../../src/core/rng';
import type { ActivationName } from '../../src/core/activations';
import type { LossName, OutputActivation } from '../../src/core/losses';

const STEP = 1e-5;
/** Fixed, so the sampled networks (and any failure) are the same on every run. */
const SEED = 20_261_204;

interface Case {
  model: Mlp;
  input: number[];
  target: number[];
}

function buildCase(
  seed: number,
  hidden: number[],
  hiddenActivation: ActivationName,
  outputActivation: OutputActivation,
  outputSize: number,
  inputSize = 1 + (seed % 4),
): Case {
  const rng = new Rng(seed);
  const layers: LayerSpec[] = [
    ...hidden.map((size) => ({ size, activation: hiddenActivation })),
    { size: outputSize, activation: outputActivation },
  ];
  const model = new Mlp({ inputSize, layers });
  model.initialise(rng);
  for (let k = 0; k < model.params.length; k++)
    model.params[k] = (model.params[k] as number) + 0.3 * rng.normal();
  const input = Array.from({ length: inputSize }, () => rng.uniform(-1.5, 1.5));
  const target = Array.from({ length: outputSize }, () => rng.uniform(-0.5, 1.5));
  return { model, input, target };
}

/** Central difference of `loss` (a function of the current parameters) for every parameter. */
function numericGradients(model: Mlp, loss: () => number): number[] {
  const params = model.params;
  return Array.from(params, (original, index) => {
    params[index] = original + STEP;
    const above = loss();
    params[index] = original - STEP;
    const below = loss();
    params[index] = original;
    return (above - below) / (2 * STEP);
  });
}

/**
 * Asserts analytic ≈ numeric to a relative 1e-6 plus an absolute 1e-8: the central
 * difference's rounding noise is about ε·|loss|/step, which reaches 1e-10 for the larger losses
 * dropout's scaling makes, and would fail a purely relative test on gradients near zero. A
 * wrong backward rule misses by orders of magnitude more.
 */
function expectClose(analytic: number, numeric: number, what: string, relative = 1e-6): void {
  const tolerance = relative * (Math.abs(analytic) + Math.abs(numeric)) + 1e-8;
  expect(Math.abs(analytic - numeric), what).toBeLessThanOrEqual(tolerance);
}

/** True when a pre-activation sits within the step's reach of a kink (ReLU at 0, clip at 0 and 1). */
function nearKink(model: Mlp): boolean {
  return model.preActivations.some((z, l) => {
    const activation = model.layers[l]?.activation;
    const kinks = activation === 'relu' ? [0] : activation === 'clip' ? [0, 1] : [];
    return Array.from(z).some((v) => kinks.some((kink) => Math.abs(v - kink) < 1e-3));
  });
}

describe('dropout with a fixed mask', () => {
  const hiddenActivations: ActivationName[] = ['linear', 'tanh', 'sigmoid', 'relu', 'clip'];
  const losses: { activation: OutputActivation; loss: LossName }[] = [
    { activation: 'linear', loss: 'squared' },
    // Not bce: its probability floor flattens the loss where a saturated sigmoid (easy with
    // dropout's 1/(1 − rate) scaling) meets it, while the fused gradient a − y does not flatten.
    { activation: 'sigmoid', loss: 'squared' },
    { activation: 'softmax', loss: 'cross-entropy' },
    { activation: 'tanh', loss: 'mse' },
  ];

  it('backpropagates through the mask: analytic gradients equal central differences', () => {
    let mixedMasks = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.array(fc.integer({ min: 2, max: 6 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom(...hiddenActivations),
        fc.constantFrom(...losses),
        fc.constantFrom(0.2, 0.5, 0.7),
        (seed, hidden, hiddenActivation, out, rate) => {
          const { model, input, target } = buildCase(
            seed,
            hidden,
            hiddenActivation,
            out.activation,
            3,
          );
          if (out.loss === 'cross-entropy') target.splice(0, 3, 0, 1, 0);
          // A fresh generator with the same seed draws the same mask on every forward pass.
          const dropout = () => ({ rate, rng: new Rng(seed ^ 0x5bd1e995) });
          const maskedLoss = () => {
            model.forward(input, 0, dropout());
            return model.loss(out.loss, target, 0);
          };

          model.zeroGrads();
          model.forward(input, 0, dropout());
          const masks = model.dropoutMasks.slice(0, -1).flatMap((mask) => Array.from(mask));
          if (masks.includes(0) && masks.some((m) => m > 1)) mixedMasks++;
          model.backward(out.loss, target, 0);
          const analytic = Array.from(model.grads);
          const kinked = nearKink(model);

          const numeric = numericGradients(model, maskedLoss);
          for (const [index, exact] of analytic.entries()) {
            const estimate = numeric[index] as number;
            if (kinked && relativeError(exact, estimate) > 1e-5) return true;
            // Dropout's 1/(1 − rate) per layer steepens the loss, and with it the difference
            // quotient's h² error: 1e-5 relative still sits orders of magnitude below a wrong rule.
            expectClose(exact, estimate, `parameter ${index}`, 1e-5);
          }
          return true;
        },
      ),
      { numRuns: 200, seed: SEED },
    );
    // The property means something only if masks really dropped some units and kept others.
    expect(mixedMasks).toBeGreaterThan(50);
  });
});

describe('the clip activation', () => {
  const losses: LossName[] = ['squared', 'half-squared', 'mse'];

  it('agrees with central differences inside and outside [0, 1], in hidden and output layers', () => {
    let flatUnits = 0;
    let slopedUnits = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 0, maxLength: 3 }),
        fc.constantFrom<OutputActivation>('clip', 'linear'),
        fc.constantFrom(...losses),
        (seed, hidden, outputActivation, loss) => {
          const { model, input, target } = buildCase(seed, hidden, 'clip', outputActivation, 2);
          model.forward(input, 0, null);
          model.preActivations.forEach((z, l) => {
            if (model.layers[l]?.activation !== 'clip') return;
            for (const v of z) {
              if (v > 0 && v < 1) slopedUnits++;
              else flatUnits++;
            }
          });
          if (nearKink(model)) return true;
          for (const result of checkGradients(model, loss, input, target, STEP)) {
            expectClose(result.analytic, result.numeric, `parameter ${result.index}`);
          }
          return true;
        },
      ),
      { numRuns: 300, seed: SEED },
    );
    // Both of the clip's pieces were exercised.
    expect(flatUnits).toBeGreaterThan(100);
    expect(slopedUnits).toBeGreaterThan(100);
  });
});

describe("the article's loss", () => {
  /**
   * The article updates with the error alone: dL/dz = a − y for every output, whatever the
   * activation's slope. That is the gradient of S(θ) = Σ (a* − y)·z(θ), with the outputs a*
   * held at their current values; its central differences are the reference.
   */
  function articleCheck({ model, input, target }: Case): void {
    const last = model.layers.length - 1;
    model.zeroGrads();
    model.forward(input, 0, null);
    const errors = Array.from(model.output, (a, i) => a - (target[i] as number));
    expect(model.loss('article', target, 0)).toBe(errors.reduce((sum, e) => sum + e * e, 0));
    model.backward('article', target, 0);
    const analytic = Array.from(model.grads);
    const surrogate = () => {
      model.forward(input, 0, null);
      const z = model.preActivations[last] as Float64Array;
      return errors.reduce((sum, e, i) => sum + e * (z[i] as number), 0);
    };
    const numeric = numericGradients(model, surrogate);
    analytic.forEach((exact, index) =>
      expectClose(exact, numeric[index] as number, `parameter ${index}`),
    );
  }

  it("is the straight-through gradient of ½(y − a)² on the article's neuron (clip, linear, sigmoid)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.constantFrom<OutputActivation>('clip', 'linear', 'sigmoid'),
        (seed, activation) => {
          articleCheck(buildCase(seed, [], 'linear', activation, 1, 2));
          return true;
        },
      ),
      { numRuns: 200, seed: SEED },
    );
  });

  it('is the straight-through gradient behind hidden layers too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 2 }),
        fc.constantFrom<ActivationName>('tanh', 'sigmoid', 'linear'),
        fc.constantFrom<OutputActivation>('clip', 'linear', 'sigmoid'),
        (seed, hidden, hiddenActivation, activation) => {
          articleCheck(buildCase(seed, hidden, hiddenActivation, activation, 1));
          return true;
        },
      ),
      { numRuns: 200, seed: SEED },
    );
  });

  it('equals the plain gradient of ½(y − a)² where the slope is 1 (a linear output)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), (seed) => {
        const { model, input, target } = buildCase(seed, [3], 'tanh', 'linear', 1, 2);
        const article = checkGradients(model, 'article', input, target, STEP);
        const half = checkGradients(model, 'half-squared', input, target, STEP);
        article.forEach((result, index) =>
          expectClose(result.analytic, half[index]?.numeric ?? NaN, `parameter ${index}`),
        );
        return true;
      }),
      { numRuns: 100, seed: SEED },
    );
  });
});
