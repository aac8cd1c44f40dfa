import { describe, expect, it } from 'vitest';
import { Mlp, type MlpSpec } from '../../src/core/mlp';
import { Trainer, type TrainerSettings } from '../../src/core/trainer';
import { Rng } from '../../src/core/rng';
import { articleDevices, makeDataset, splitDataset } from '../../src/core/datasets';
import { DEFAULT_OPTIMIZER } from '../../src/core/optimizers';
import { DEFAULT_SCHEDULE } from '../../src/core/schedules';
import { ARTICLE_PROGRAM, runArticleProgram } from '../../src/core/article';
import { expandDataset } from '../../src/core/features';

const base: TrainerSettings = {
  loss: 'bce',
  learningRate: 0.1,
  optimizer: DEFAULT_OPTIMIZER,
  schedule: DEFAULT_SCHEDULE,
  batchSize: 8,
  dropLast: false,
  shuffle: true,
  epochs: 30,
  dropout: 0,
  inputNoise: 0,
  earlyStopping: null,
};

const circleSpec: MlpSpec = {
  inputSize: 2,
  layers: [
    { size: 6, activation: 'tanh' },
    { size: 1, activation: 'sigmoid' },
  ],
};

function circleRun(seed: number, settings: Partial<TrainerSettings> = {}) {
  const rng = new Rng(seed);
  const data = splitDataset(makeDataset('circle', 200, 0.1, rng), 0.25, rng);
  const model = new Mlp(circleSpec);
  model.initialise(rng);
  return new Trainer(model, data.train, data.validation, { ...base, ...settings }, rng);
}

/** The article's neuron as a general network: clip output, the program's update rule. */
function articleTrainer(learningRate: number, epochs: number) {
  const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation: 'clip' }] });
  model.params.set([0.5, 0.5, 0]);
  const settings = {
    ...base,
    loss: 'article' as const,
    learningRate,
    batchSize: 1,
    shuffle: false,
    epochs,
  };
  return new Trainer(model, articleDevices(), null, settings, new Rng(1));
}

describe('Trainer', () => {
  it('reproduces a run bit for bit from its seed, and another seed differs', () => {
    const losses = (seed: number) => {
      const out: number[] = [];
      circleRun(seed).runEpochs(10, (s) => out.push(s.trainLoss, s.validationLoss));
      return out;
    };
    expect(losses(3)).toEqual(losses(3));
    expect(losses(3)).not.toEqual(losses(4));
  });

  it('gives identical numbers whether stepped by stage, by sample, by batch or by epoch', () => {
    const byEpoch = circleRun(11);
    byEpoch.runEpochs(3);
    const byStage = circleRun(11);
    while (byStage.epoch < 3) byStage.nextStage();
    const bySample = circleRun(11);
    while (bySample.epoch < 3) bySample.stepSample();
    const byBatch = circleRun(11);
    while (byBatch.epoch < 3) byBatch.stepBatch();
    expect(Array.from(byStage.model.params)).toEqual(Array.from(byEpoch.model.params));
    expect(Array.from(bySample.model.params)).toEqual(Array.from(byEpoch.model.params));
    expect(Array.from(byBatch.model.params)).toEqual(Array.from(byEpoch.model.params));
  });

  it('runs the four stages in order and updates once per batch', () => {
    const trainer = circleRun(2, { batchSize: 4 });
    const seen: string[] = [];
    for (let k = 0; k < 4 * 3 + 1; k++) seen.push(trainer.nextStage()!.stage);
    expect(seen.slice(0, 4)).toEqual(['forward', 'loss', 'backprop', 'forward']);
    expect(seen.filter((s) => s === 'update')).toHaveLength(1);
    expect(seen[12]).toBe('update');
    expect(trainer.totalUpdates).toBe(1);
  });

  it('counts iterations with both conventions for the last partial batch', () => {
    const keep = circleRun(5, { batchSize: 32, dropLast: false });
    const drop = circleRun(5, { batchSize: 32, dropLast: true });
    // 150 training samples: 4 full batches of 32 and one of 22.
    expect(keep.stepEpoch()!.updates).toBe(5);
    expect(drop.stepEpoch()!.updates).toBe(4);
  });

  it('learns the circle: loss falls and accuracy rises', () => {
    const trainer = circleRun(7, {
      optimizer: { ...DEFAULT_OPTIMIZER, name: 'adam' },
      learningRate: 0.05,
    });
    const first = trainer.stepEpoch()!;
    const last = trainer.runEpochs(29)!;
    expect(last.trainLoss).toBeLessThan(first.trainLoss * 0.6);
    expect(last.validationAccuracy).toBeGreaterThan(0.85);
    expect(last.status).toBe('finished');
  });

  it('stops with status "diverged" on a non-finite loss, without throwing', () => {
    const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation: 'linear' }] });
    model.params.set([0.5, 0.5, 0]);
    const settings = {
      ...base,
      loss: 'article' as const,
      learningRate: 50,
      batchSize: 1,
      shuffle: false,
      epochs: 1000,
    };
    const trainer = new Trainer(model, articleDevices(), null, settings, new Rng(1));
    let last = null;
    for (let e = 0; e < 1000 && !trainer.isDone; e++) last = trainer.stepEpoch();
    expect(trainer.status).toBe('diverged');
    expect(last?.status).toBe('diverged');
    expect(last!.epoch).toBeLessThan(1000);
    expect(trainer.stepEpoch()).toBeNull();
  });

  it('early stopping restores the best weights and reports "early-stopped"', () => {
    const trainer = circleRun(8, {
      earlyStopping: { patience: 3, minDelta: 0 },
      learningRate: 2,
      epochs: 400,
      optimizer: { ...DEFAULT_OPTIMIZER, name: 'adam' },
    });
    let best = Infinity;
    trainer.runEpochs(400, (s) => {
      best = Math.min(best, s.validationLoss);
    });
    expect(trainer.status).toBe('early-stopped');
    expect(trainer.bestValidation).toBe(best);
  });

  it("runs the article's neuron like the article's program, bit for bit", () => {
    const expected: number[][] = [];
    runArticleProgram({ ...ARTICLE_PROGRAM, learningRate: 0.1, epochs: 100 }, (e) => {
      expected.push([e.totalLoss, ...e.weights, e.bias]);
    });
    const trainer = articleTrainer(0.1, 100);
    const actual: number[][] = [];
    trainer.runEpochs(100, (s) =>
      actual.push([s.trainLossSum, ...Array.from(trainer.model.params)].slice(0, 4)),
    );
    // Params are [w1, w2, b], so each row lines up with the program's [loss, w1, w2, b].
    actual.forEach((row, e) => row.forEach((v, k) => expect(v).toBe(expected[e]![k]!)));
    expect(actual[0]![0]!.toFixed(4)).toBe('0.4635');
  });

  it('jitters the point, not each feature: x1² is the square of the jittered x1', () => {
    const features = ['x1', 'x2', 'x1^2', 'x2^2', 'x1*x2', 'sin(x1)', 'sin(x2)'] as const;
    const rng = new Rng(4);
    const plane = makeDataset('circle', 40, 0.1, rng);
    const train = expandDataset(plane, features);
    const model = new Mlp({ ...circleSpec, inputSize: features.length });
    model.initialise(rng);
    const settings = { ...base, inputNoise: 0.3, batchSize: 1, shuffle: false };
    const trainer = new Trainer(model, train, null, settings, rng);
    let moved = 0;
    for (let sample = 0; sample < 10; sample++) {
      trainer.nextStage(); // forward pass of this sample
      const [x1, x2, x1x1, x2x2, x1x2, sin1, sin2] = trainer.currentInput;
      expect([x1x1, x2x2, x1x2, sin1, sin2]).toEqual([
        x1! * x1!,
        x2! * x2!,
        x1! * x2!,
        Math.sin(x1!),
        Math.sin(x2!),
      ]);
      if (x1 !== plane.inputs[2 * sample]) moved++;
      for (let stage = 0; stage < 3; stage++) trainer.nextStage();
    }
    expect(moved).toBe(10);
  });

  it('refuses a feature-fed set whose rows no longer match its points', () => {
    const plane = makeDataset('circle', 10, 0.1, new Rng(2));
    const train = { ...expandDataset(plane, ['x1', 'x2', 'x1^2']), size: 9 };
    const model = new Mlp({ ...circleSpec, inputSize: 3 });
    expect(() => new Trainer(model, train, null, base, new Rng(1))).toThrow(/no longer matches/);
  });
});
