import { describe, expect, it } from 'vitest';
import { landscapeTiming, MLP_WORKLOADS, runWorkload } from '../../src/cli/bench';
import { ARTICLE_PROGRAM, runArticleProgram } from '../../src/core/article';
import type { Dataset } from '../../src/core/dataset';
import { circleSigned, spiral } from '../../src/core/datasets';
import { Mlp, type MlpSpec } from '../../src/core/mlp';
import { DEFAULT_OPTIMIZER } from '../../src/core/optimizers';
import { Rng } from '../../src/core/rng';
import { DEFAULT_SCHEDULE } from '../../src/core/schedules';
import { Trainer } from '../../src/core/trainer';
import type { LossName } from '../../src/core/losses';
import { buildRun } from '../../src/engine/build';
import { DEFAULT_RACE_SETTINGS, raceConfig } from '../../src/lessons/learning-rate/race';

/**
 * The workloads as the benchmark brief defines them, built here independently of
 * src/cli/bench.ts (only the seeds are shared) and trained with a plain Trainer.
 */
function directFinalLoss(
  seed: number,
  data: (rng: Rng) => Dataset,
  spec: MlpSpec,
  loss: LossName,
  learningRate: number,
  batchSize: number,
  epochs: number,
): number {
  const model = new Mlp(spec);
  model.initialise(new Rng(seed + 1));
  const trainer = new Trainer(
    model,
    data(new Rng(seed)),
    null,
    {
      loss,
      learningRate,
      optimizer: { ...DEFAULT_OPTIMIZER, name: 'sgd', weightDecay: 0 },
      schedule: { ...DEFAULT_SCHEDULE, name: 'constant' },
      batchSize,
      dropLast: false,
      shuffle: false,
      epochs,
      dropout: 0,
      inputNoise: 0,
      earlyStopping: null,
    },
    new Rng(seed + 2),
  );
  const summary = trainer.runEpochs(epochs);
  if (summary === null) throw new Error('no epoch ran');
  return summary.trainLoss;
}

function w1Direct(epochs: number): number {
  return directFinalLoss(
    MLP_WORKLOADS.W1.seed,
    (rng) => circleSigned(500, 0, rng),
    {
      inputSize: 2,
      layers: [
        { size: 8, activation: 'tanh' },
        { size: 8, activation: 'tanh' },
        { size: 1, activation: 'tanh' },
      ],
    },
    'half-squared',
    0.03,
    10,
    epochs,
  );
}

describe('benchmark workloads', () => {
  it('W1 trains the 2-8-8-1 tanh network on the signed circle exactly like a Trainer', () => {
    const result = runWorkload('W1', { epochs: 2 });
    expect(result.workload).toBe('W1');
    expect(result.samples).toBe(1000);
    expect(Number.isFinite(result.finalLoss)).toBe(true);
    expect(result.finalLoss).toBe(w1Direct(2));
    expect(result.samplesPerSecond).toBeGreaterThan(0);
    expect(result.samplesPerCpuSecond).toBeGreaterThan(0);
  });

  it("W1's loss falls between epoch 1 and epoch 20", () => {
    const after1 = runWorkload('W1', { epochs: 1 }).finalLoss;
    const after20 = runWorkload('W1', { epochs: 20 }).finalLoss;
    expect(after20).toBeLessThan(after1);
  });

  it('W2 trains the 2-64-64-3 relu/softmax network on spiral3 exactly like a Trainer', () => {
    const result = runWorkload('W2', { epochs: 1 });
    const direct = directFinalLoss(
      MLP_WORKLOADS.W2.seed,
      (rng) => spiral(3000, 0, rng, 3),
      {
        inputSize: 2,
        layers: [
          { size: 64, activation: 'relu' },
          { size: 64, activation: 'relu' },
          { size: 3, activation: 'softmax' },
        ],
      },
      'cross-entropy',
      0.05,
      32,
      1,
    );
    expect(result.samples).toBe(3000);
    expect(Number.isFinite(result.finalLoss)).toBe(true);
    expect(result.finalLoss).toBe(direct);
  });

  it("W3 runs the article's program and reports its last epoch's total loss", () => {
    const result = runWorkload('W3', { epochs: 1000 });
    // The same trainer the worker builds for the main run, played epoch by epoch.
    const { trainer } = buildRun(
      raceConfig({ ...DEFAULT_RACE_SETTINGS, neuron: 'clip', epochs: 1000 }, 0.1),
    );
    let played = Number.NaN;
    for (let s = trainer.stepEpoch(); s !== null; s = trainer.stepEpoch()) played = s.trainLossSum;
    expect(result.finalLoss).toBe(played);
    let lastTotal = Number.NaN;
    runArticleProgram({ ...ARTICLE_PROGRAM, learningRate: 0.1, epochs: 1000 }, (epoch) => {
      lastTotal = epoch.totalLoss;
    });
    expect(result.samples).toBe(4000);
    expect(Number.isFinite(result.finalLoss)).toBe(true);
    expect(result.finalLoss).toBe(lastTotal);
  });

  it('times a loss landscape grid over W1', () => {
    const timing = landscapeTiming({ resolution: 5 });
    expect(timing.cells).toBe(25);
    expect(timing.samples).toBe(25 * 500);
    expect(timing.seconds).toBeGreaterThanOrEqual(0);
  });

  it('rejects an epoch count that is not a whole number ≥ 1', () => {
    expect(() => runWorkload('W1', { epochs: 0 })).toThrow(RangeError);
    expect(() => runWorkload('W3', { epochs: 1.5 })).toThrow(RangeError);
  });
});
