/**
 * The overfitting lab's presets and fixes, as data. Each was chosen by running the engine on
 * seed 42 and is checked by tests/unit/overfitting-presets.test.ts, so a preset that stops
 * behaving as its name says fails the build rather than misleading a learner.
 */
import type { RunConfig } from '../../engine/protocol';
import { DEFAULT_RUN_CONFIG, fieldRange } from '../../store/config-schema';

export const FIT_RUN = 'fit';
export const BATCH_RUNS = ['batch-1', 'batch-16', 'batch-all'] as const;
export type BatchRunId = (typeof BATCH_RUNS)[number];

export type PresetName = 'underfit' | 'overfit' | 'just-right';
export const presetNames: readonly PresetName[] = ['underfit', 'overfit', 'just-right'];

export function isPresetName(name: string): name is PresetName {
  return (presetNames as readonly string[]).includes(name);
}

/** What every preset shares: a small tanh network trained with Adam in batches of 10. */
const shared: RunConfig = {
  ...DEFAULT_RUN_CONFIG,
  model: 'mlp',
  dataset: 'circle',
  noise: 0.5,
  validationSplit: 0.5,
  hiddenActivation: 'tanh',
  loss: 'bce',
  optimizer: 'adam',
  learningRate: 0.01,
  batchSize: 10,
  shuffle: true,
  epochs: 200,
  dropout: 0,
  weightDecay: 0,
  inputNoise: 0,
  patience: 0,
  seed: 42,
  extraPoints: [],
};

export const presets: Readonly<Record<PresetName, RunConfig>> = {
  // No hidden layer: one straight cut through the plane cannot split the four XOR quadrants,
  // so both losses stay near ln 2 ≈ 0.693, the loss of a coin toss.
  underfit: { ...shared, dataset: 'xor', datasetSize: 400, hidden: [] },
  // 30 noisy training points and two layers of 24: enough capacity to memorise every point.
  overfit: { ...shared, datasetSize: 60, hidden: [24, 24] },
  // Plenty of data for a small network: it learns the circle and nothing else.
  'just-right': { ...shared, datasetSize: 400, hidden: [6] },
};

export type FixName = 'moreData' | 'dropout' | 'earlyStopping' | 'augmentation' | 'weightDecay';
export const fixNames: readonly FixName[] = [
  'moreData',
  'dropout',
  'earlyStopping',
  'augmentation',
  'weightDecay',
];

/** The RunConfig field each fix controls. */
export const fixField = {
  moreData: 'datasetSize',
  dropout: 'dropout',
  earlyStopping: 'patience',
  augmentation: 'inputNoise',
  weightDecay: 'weightDecay',
} as const satisfies Record<FixName, keyof RunConfig>;

/** A value of each fix that clearly helps the overfit preset (see the preset tests). */
export const suggestedFix: Readonly<Record<FixName, number>> = {
  moreData: 400,
  dropout: 0.3,
  earlyStopping: 20,
  augmentation: 1,
  weightDecay: 0.03,
};

/** The overfit preset with one fix applied at `value` (its suggested value by default). */
export function withFix(fix: FixName, value = suggestedFix[fix]): RunConfig {
  return { ...presets.overfit, [fixField[fix]]: value };
}

/** Batch sizes compared by the batch-size runs; the last stands for "the whole training set". */
export const batchSizes: Readonly<Record<BatchRunId, number | 'all'>> = {
  'batch-1': 1,
  'batch-16': 16,
  'batch-all': 'all',
};

/**
 * The run that trains `base` with one of the compared batch sizes. "All" asks for the largest
 * batch the settings allow (2000), at least the size of any generated training set, so one
 * update per epoch; the table shows the engine's own count of updates per epoch either way.
 * Early stopping is off, so all three train for the same number of epochs.
 */
export function batchRunConfig(base: RunConfig, runId: BatchRunId): RunConfig {
  const size = batchSizes[runId];
  const batchSize = size === 'all' ? fieldRange('batchSize').max : size;
  return { ...base, batchSize, dropLast: false, patience: 0 };
}
