/**
 * The speed benchmark's workloads, run on the product's own training code: W1 and W2 go
 * through `Trainer.runEpochs` exactly as the lab trains (no special copy), W3 through the
 * trainer the worker builds for the article's neuron (core/article-trainer.ts), one
 * `stepEpoch` at a time as the worker's play loop calls it. Every workload is seeded and visits its samples in the same
 * order every epoch, so a run's final loss is reproducible and tests can check it.
 *
 * Each run first trains a throw-away copy for a few epochs (a warm-up, so the JIT has
 * compiled the loops), then times a fresh run from the same seed with `performance.now()`
 * and with `process.cpuUsage()`.
 */
import { ARTICLE_PROGRAM } from '../core/article';
import { articleTrainer } from '../core/article-trainer';
import type { Dataset } from '../core/dataset';
import { articleDevices, circleSigned, spiral } from '../core/datasets';
import { lossGrid } from '../core/landscape';
import type { LossName } from '../core/losses';
import { Mlp, type MlpSpec } from '../core/mlp';
import { DEFAULT_OPTIMIZER } from '../core/optimizers';
import { Rng } from '../core/rng';
import { DEFAULT_SCHEDULE } from '../core/schedules';
import { Trainer, type TrainerSettings } from '../core/trainer';

export type WorkloadName = 'W1' | 'W2' | 'W3';
export const workloadNames: readonly WorkloadName[] = ['W1', 'W2', 'W3'];

export interface WorkloadResult {
  readonly workload: string;
  /** Training samples per second (W3: weight updates per second). */
  readonly samplesPerSecond: number;
  /** Mean training loss of the last epoch (W3: the last epoch's total loss). */
  readonly finalLoss: number;
  /** Timed seconds, warm-up excluded. */
  readonly seconds: number;
  /**
   * The same rate over the process's CPU time instead of the clock's: on a shared machine the
   * clock also counts the time other processes had the core.
   */
  readonly samplesPerCpuSecond: number;
  /** Samples (W3: updates) in the timed run. */
  readonly samples: number;
}

export interface WorkloadOptions {
  /** Overrides the workload's epoch count (for quick runs and tests). */
  readonly epochs?: number;
}

/** A network workload: everything a trainer (ours or TensorFlow.js's) needs to reproduce it. */
export interface MlpWorkload {
  readonly name: 'W1' | 'W2';
  readonly spec: MlpSpec;
  readonly loss: LossName;
  readonly learningRate: number;
  readonly batchSize: number;
  readonly epochs: number;
  readonly warmupEpochs: number;
  /** Seeds the data, the initial weights and the trainer's own generator. */
  readonly seed: number;
  readonly makeData: (rng: Rng) => Dataset;
}

export const MLP_WORKLOADS: Readonly<Record<'W1' | 'W2', MlpWorkload>> = {
  W1: {
    name: 'W1',
    spec: {
      inputSize: 2,
      layers: [
        { size: 8, activation: 'tanh' },
        { size: 8, activation: 'tanh' },
        { size: 1, activation: 'tanh' },
      ],
    },
    loss: 'half-squared',
    learningRate: 0.03,
    batchSize: 10,
    epochs: 200,
    warmupEpochs: 20,
    seed: 1,
    makeData: (rng) => circleSigned(500, 0, rng),
  },
  W2: {
    name: 'W2',
    spec: {
      inputSize: 2,
      layers: [
        { size: 64, activation: 'relu' },
        { size: 64, activation: 'relu' },
        { size: 3, activation: 'softmax' },
      ],
    },
    loss: 'cross-entropy',
    learningRate: 0.05,
    batchSize: 32,
    epochs: 20,
    warmupEpochs: 2,
    seed: 2,
    makeData: (rng) => spiral(3000, 0, rng, 3),
  },
};

export const W3_EPOCHS = 1_000_000;
// Long enough for the optimising compiler to finish on a busy machine (it compiles on a
// background thread; a short warm-up times the loop before its optimised code is in).
const W3_WARMUP_EPOCHS = 200_000;

/** The trainer settings of a network workload: plain SGD, constant rate, nothing random. */
export function workloadSettings(workload: MlpWorkload, epochs: number): TrainerSettings {
  return {
    loss: workload.loss,
    learningRate: workload.learningRate,
    optimizer: { ...DEFAULT_OPTIMIZER, name: 'sgd', weightDecay: 0 },
    schedule: { ...DEFAULT_SCHEDULE, name: 'constant' },
    batchSize: workload.batchSize,
    dropLast: false,
    shuffle: false,
    epochs,
    dropout: 0,
    inputNoise: 0,
    earlyStopping: null,
  };
}

/** The workload's training set and a freshly initialised network, both from its seed. */
export function workloadSetup(workload: MlpWorkload): { data: Dataset; model: Mlp } {
  const data = workload.makeData(new Rng(workload.seed));
  const model = new Mlp(workload.spec);
  model.initialise(new Rng(workload.seed + 1));
  return { data, model };
}

function trainerFor(workload: MlpWorkload, epochs: number): Trainer {
  const { data, model } = workloadSetup(workload);
  return new Trainer(
    model,
    data,
    null,
    workloadSettings(workload, epochs),
    new Rng(workload.seed + 2),
  );
}

/** Starts the clock and the CPU meter; the returned function reads both in seconds. */
function startTimer(): () => { seconds: number; cpuSeconds: number } {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  return () => {
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
  };
}

function runMlpWorkload(workload: MlpWorkload, epochs: number): WorkloadResult {
  const warmup = trainerFor(workload, workload.warmupEpochs);
  warmup.runEpochs(workload.warmupEpochs);
  const trainer = trainerFor(workload, epochs);
  const timer = startTimer();
  const summary = trainer.runEpochs(epochs);
  const { seconds, cpuSeconds } = timer();
  const samples = epochs * trainer.train.size;
  return {
    workload: workload.name,
    samplesPerSecond: samples / seconds,
    samplesPerCpuSecond: samples / cpuSeconds,
    finalLoss: summary?.trainLoss ?? Number.NaN,
    seconds,
    samples,
  };
}

/** The article's neuron at lr 0.1 as the main run trains it (the engine's seed does not matter). */
function articleWorkloadTrainer(epochs: number): Trainer {
  const settings = {
    learningRate: 0.1,
    optimizer: { ...DEFAULT_OPTIMIZER, name: 'sgd' as const, weightDecay: 0 },
    schedule: { ...DEFAULT_SCHEDULE, name: 'constant' as const },
    epochs,
  };
  return articleTrainer(articleDevices(), ARTICLE_PROGRAM.activation, settings, new Rng(1));
}

/** Plays every epoch as the worker's play loop does; returns the last epoch's total loss. */
function playArticle(trainer: Trainer): number {
  let totalLoss = Number.NaN;
  for (let summary = trainer.stepEpoch(); summary !== null; summary = trainer.stepEpoch()) {
    totalLoss = summary.trainLossSum;
  }
  return totalLoss;
}

function runArticleWorkload(epochs: number): WorkloadResult {
  playArticle(articleWorkloadTrainer(W3_WARMUP_EPOCHS));
  const trainer = articleWorkloadTrainer(epochs);
  const timer = startTimer();
  const totalLoss = playArticle(trainer);
  const { seconds, cpuSeconds } = timer();
  const samples = trainer.totalUpdates;
  return {
    workload: 'W3',
    samplesPerSecond: samples / seconds,
    samplesPerCpuSecond: samples / cpuSeconds,
    finalLoss: totalLoss,
    seconds,
    samples,
  };
}

/** Runs one workload once (after its warm-up) and reports its speed and final loss. */
export function runWorkload(name: WorkloadName, options: WorkloadOptions = {}): WorkloadResult {
  const epochs = options.epochs;
  if (epochs !== undefined && (!Number.isInteger(epochs) || epochs < 1)) {
    throw new RangeError(`epochs must be a whole number ≥ 1, got ${epochs}`);
  }
  switch (name) {
    case 'W1':
    case 'W2': {
      const workload = MLP_WORKLOADS[name];
      return runMlpWorkload(workload, epochs ?? workload.epochs);
    }
    case 'W3':
      return runArticleWorkload(epochs ?? W3_EPOCHS);
  }
}

export interface LandscapeTiming {
  readonly resolution: number;
  /** Grid cells computed (resolution²). */
  readonly cells: number;
  /** Forward passes made (cells × data-set size). */
  readonly samples: number;
  readonly seconds: number;
  readonly cellsPerSecond: number;
  readonly samplesPerSecond: number;
}

/**
 * Times one loss landscape as a lesson draws it: W1's initial network over its 500 points,
 * the mean loss on a resolution × resolution grid of the first two weights (each ±3).
 * A smaller grid computed first serves as the warm-up.
 */
export function landscapeTiming(options: { resolution?: number } = {}): LandscapeTiming {
  const resolution = options.resolution ?? 41;
  const workload = MLP_WORKLOADS.W1;
  const { data, model } = workloadSetup(workload);
  const ranges = [
    [-3, 3],
    [-3, 3],
  ] as const;
  lossGrid(model, data, workload.loss, [0, 1], ranges, 8);
  const start = performance.now();
  lossGrid(model, data, workload.loss, [0, 1], ranges, resolution);
  const seconds = (performance.now() - start) / 1000;
  const cells = resolution * resolution;
  const samples = cells * data.size;
  return {
    resolution,
    cells,
    samples,
    seconds,
    cellsPerSecond: cells / seconds,
    samplesPerSecond: samples / seconds,
  };
}

/**
 * Times the landscape the article lesson draws: the article's neuron over its four devices,
 * loss on a 128 × 128 grid of (w1, w2) with the bias held. Median of `runs` timings.
 */
export function articleLandscapeTiming(runs = 5): { resolution: number; milliseconds: number } {
  const resolution = 128;
  const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation: 'clip' }] });
  model.params.set([0.5, 0.5, 0]);
  const data = articleDevices();
  const ranges = [
    [-1, 3],
    [-1, 3],
  ] as const;
  lossGrid(model, data, 'article', [0, 1], ranges, 16);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    lossGrid(model, data, 'article', [0, 1], ranges, resolution);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { resolution, milliseconds: times[Math.floor(runs / 2)] as number };
}
