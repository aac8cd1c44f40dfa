import { describe, expect, it } from 'vitest';
import { lossValue, outputDelta, softmax } from '../../src/core/losses';
import { Mlp } from '../../src/core/mlp';
import { Optimizer, DEFAULT_OPTIMIZER } from '../../src/core/optimizers';
import { learningRateAt, DEFAULT_SCHEDULE } from '../../src/core/schedules';
import { Rng } from '../../src/core/rng';

const probs = [0.6, 0.25, 0.15];
const glasses = [1, 0, 0];
const logits = probs.map(Math.log);

describe('losses on the article example (60% / 25% / 15%, truly glasses)', () => {
  it('squared error of the true class alone is (1 − 0.60)² = 0.16', () => {
    expect(lossValue('squared', [0.6], [0.6], [1], 1)).toBeCloseTo(0.16, 15);
  });

  it('squared error summed over the three classes is 0.16 + 0.0625 + 0.0225 = 0.245', () => {
    expect(lossValue('squared', logits, probs, glasses, 3)).toBeCloseTo(0.245, 15);
  });

  it('cross-entropy is −ln 0.60 = 0.5108…', () => {
    expect(lossValue('cross-entropy', logits, probs, glasses, 3)).toBeCloseTo(-Math.log(0.6), 12);
    expect(lossValue('cross-entropy', logits, probs, glasses, 3)).toBeCloseTo(0.5108256, 6);
  });

  it('softmax + cross-entropy stays finite for huge logits', () => {
    const z = [1000, -1000, 0];
    const a = new Float64Array(3);
    softmax(z, a);
    expect(Array.from(a).every(Number.isFinite)).toBe(true);
    expect(lossValue('cross-entropy', z, a, [0, 1, 0], 3)).toBeCloseTo(2000, 6);
    const delta = new Float64Array(3);
    outputDelta('cross-entropy', 'softmax', z, a, [0, 1, 0], delta, 3, new Float64Array(3));
    expect(Array.from(delta)).toEqual([1, -1, 0].map((v, i) => v + (i === 2 ? a[2]! : 0)));
  });
});

describe('optimisers and schedules', () => {
  it("Adam's first step moves every parameter by the learning rate", () => {
    const params = new Float64Array([1, -2, 3]);
    const grads = new Float64Array([0.3, -40, 1e-3]);
    const adam = new Optimizer(3, { ...DEFAULT_OPTIMIZER, name: 'adam' });
    adam.step(params, grads, 0.01, 1, new Uint8Array(3).fill(1));
    expect(params[0]).toBeCloseTo(1 - 0.01, 6);
    expect(params[1]).toBeCloseTo(-2 + 0.01, 6);
    expect(params[2]).toBeCloseTo(3 - 0.01, 4);
  });

  it('momentum accumulates velocity: the second identical step is 1 + β times the first', () => {
    const params = new Float64Array([0]);
    const optimizer = new Optimizer(1, { ...DEFAULT_OPTIMIZER, name: 'momentum', momentum: 0.9 });
    const first = optimizer.step(params, new Float64Array([1]), 0.1, 1, new Uint8Array([1]));
    const second = optimizer.step(params, new Float64Array([1]), 0.1, 1, new Uint8Array([1]));
    expect(first).toBeCloseTo(0.1, 15);
    expect(second).toBeCloseTo(0.19, 15);
  });

  it('weight decay shrinks weights but not biases', () => {
    const params = new Float64Array([2, 2]);
    const sgd = new Optimizer(2, { ...DEFAULT_OPTIMIZER, weightDecay: 0.5 });
    sgd.step(params, new Float64Array([0, 0]), 0.1, 1, new Uint8Array([1, 0]));
    expect(Array.from(params)).toEqual([2 - 0.1 * 0.5 * 2, 2]);
  });

  it('schedules give the documented rates', () => {
    expect(learningRateAt(DEFAULT_SCHEDULE, 0.1, 50, 100)).toBe(0.1);
    expect(
      learningRateAt(
        { ...DEFAULT_SCHEDULE, name: 'step', gamma: 0.5, stepEvery: 10 },
        0.1,
        25,
        100,
      ),
    ).toBeCloseTo(0.025, 15);
    expect(
      learningRateAt({ ...DEFAULT_SCHEDULE, name: 'exponential', gamma: 0.9 }, 1, 2, 100),
    ).toBeCloseTo(0.81, 15);
    const cosine = { ...DEFAULT_SCHEDULE, name: 'cosine' as const, floor: 0.1 };
    expect(learningRateAt(cosine, 1, 0, 11)).toBeCloseTo(1, 15);
    expect(learningRateAt(cosine, 1, 5, 11)).toBeCloseTo(0.55, 15);
    expect(learningRateAt(cosine, 1, 10, 11)).toBeCloseTo(0.1, 15);
  });
});

describe('inverted dropout', () => {
  it('keeps the expected activation: the mean over many masks matches no dropout', () => {
    const model = new Mlp({
      inputSize: 3,
      layers: [
        { size: 64, activation: 'relu' },
        { size: 1, activation: 'linear' },
      ],
    });
    model.initialise(new Rng(5));
    const input = [0.3, -0.7, 1.1];
    const plain = model.predict(input)[0]!;
    const rng = new Rng(9);
    let sum = 0;
    const trials = 20000;
    for (let t = 0; t < trials; t++) sum += model.forward(input, 0, { rate: 0.3, rng })[0]!;
    expect(Math.abs(sum / trials - plain)).toBeLessThan(0.02 * Math.max(1, Math.abs(plain)));
    const masks = Array.from(model.dropoutMasks[0]!);
    expect(masks.some((m) => m === 0)).toBe(true);
    expect(masks.filter((m) => m !== 0).every((m) => Math.abs(m - 1 / 0.7) < 1e-12)).toBe(true);
  });
});

describe('the seeded generator', () => {
  it('repeats a stream for one seed and differs for another', () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      return Array.from({ length: 8 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('has normals with mean 0 and variance 1', () => {
    const rng = new Rng(1);
    let sum = 0;
    let squares = 0;
    const n = 50000;
    for (let i = 0; i < n; i++) {
      const v = rng.normal();
      sum += v;
      squares += v * v;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(squares / n - 1)).toBeLessThan(0.03);
  });
});
