/**
 * Turns a RunConfig (plain JSON) into the core objects that train it. Invalid settings make
 * the core (or `checkRunConfig`) throw a RangeError naming the problem; the Engine reports it.
 */
import { articleTrainer } from '../core/article-trainer';
import type { Dataset } from '../core/dataset';
import { expandDataset, isPlain, type InputFeature } from '../core/features';
import { appendSample, articleDevices, makeDataset, splitDataset } from '../core/datasets';
import type { LossName, OutputActivation } from '../core/losses';
import { Mlp, type LayerSpec } from '../core/mlp';
import { DEFAULT_OPTIMIZER, type OptimizerSettings } from '../core/optimizers';
import { Rng } from '../core/rng';
import type { ScheduleSettings } from '../core/schedules';
import { Trainer, type TrainerSettings } from '../core/trainer';
import { checkRunConfig } from './config-checks';
import { assertNever } from '../core/assert-never';
import type { RunConfig } from './protocol';

export interface BuiltRun {
  readonly model: Mlp;
  readonly trainer: Trainer;
  readonly train: Dataset;
  readonly validation: Dataset | null;
  /** The loss actually trained with (the config's, mapped to one that fits the output). */
  readonly loss: LossName;
  readonly rng: Rng;
  /**
   * What the network is fed for a point of the plane (core/features.ts); absent means the
   * data's own inputs as they are.
   */
  readonly inputFeatures?: readonly InputFeature[];
  /** The 2-D training and validation points before feature expansion (absent: train/validation). */
  readonly plane?: { readonly train: Dataset; readonly validation: Dataset | null };
}

export function buildRun(config: RunConfig): BuiltRun {
  checkRunConfig(config);
  switch (config.model) {
    case 'article':
      return buildArticleRun(config);
    case 'mlp':
      return buildMlpRun(config);
    default:
      return assertNever(config.model);
  }
}

/**
 * The article's program: one neuron from w = [0.5, 0.5], b = 0, one sample at a time, in order.
 * `inputs` does not apply: the article's neuron is defined on the two plain inputs (its
 * weights start at [0.5, 0.5] and its devices are price and weight), so a link that sets
 * input features and the article model trains the article's neuron as it is.
 */
function buildArticleRun(config: RunConfig): BuiltRun {
  const rng = new Rng(config.seed);
  const train = withExtraPoints(articleDevices(), config.extraPoints);
  const trainer = articleTrainer(train, config.neuron, commonSettings(config), rng);
  return { model: trainer.model, trainer, train, validation: null, loss: 'article', rng };
}

function buildMlpRun(config: RunConfig): BuiltRun {
  const rng = new Rng(config.seed);
  const data = makeDataset(config.dataset, config.datasetSize, config.noise, rng);
  const split = splitDataset(data, config.validationSplit, rng);
  // Learner-added points join the training set after the split, so adding one never
  // reshuffles which generated points are held out.
  const fed = fedWith(
    config.inputs,
    withExtraPoints(split.train, config.extraPoints),
    split.validation.size > 0 ? split.validation : null,
  );
  const { train, validation } = fed;
  const output: OutputActivation = data.targetSize > 1 ? 'softmax' : 'sigmoid';
  const layers: LayerSpec[] = [
    ...config.hidden.map((size) => ({ size, activation: config.hiddenActivation })),
    { size: data.targetSize, activation: output },
  ];
  const model = new Mlp({ inputSize: train.inputSize, layers });
  model.initialise(rng);
  const loss = pairedLoss(config.loss, output);
  const settings: TrainerSettings = {
    ...commonSettings(config),
    loss,
    batchSize: config.batchSize,
    dropLast: config.dropLast,
    shuffle: config.shuffle,
    dropout: config.dropout,
    inputNoise: config.inputNoise,
    earlyStopping: config.patience > 0 ? { patience: config.patience, minDelta: 0 } : null,
  };
  const trainer = new Trainer(model, train, validation, settings, rng);
  return { ...fed, model, trainer, loss, rng };
}

/** The sets a network is fed, and (unless plain) the features and 2-D sets they came from. */
export type FedSets = Pick<BuiltRun, 'train' | 'validation' | 'inputFeatures' | 'plane'>;

/**
 * The 2-D sets expanded into the run's input features. Plain x1, x2 leaves them untouched (the
 * same objects, no extra fields), so such a run is exactly what it was before features existed;
 * expanding draws no random numbers, so the draws after it stay in the same order either way.
 */
export function fedWith(
  features: readonly InputFeature[],
  train: Dataset,
  validation: Dataset | null,
): FedSets {
  if (isPlain(features)) return { train, validation };
  return {
    train: expandDataset(train, features),
    validation: validation === null ? null : expandDataset(validation, features),
    inputFeatures: [...features],
    plane: { train, validation },
  };
}

type CommonSettings = Pick<TrainerSettings, 'learningRate' | 'optimizer' | 'schedule' | 'epochs'>;

export function commonSettings(config: RunConfig): CommonSettings {
  return {
    learningRate: config.learningRate,
    optimizer: optimizerSettings(config),
    schedule: scheduleSettings(config),
    epochs: config.epochs,
  };
}

/** `momentum` is momentum's β only; Adam keeps its usual β1 = 0.9, β2 = 0.999. */
export function optimizerSettings(config: RunConfig): OptimizerSettings {
  return {
    ...DEFAULT_OPTIMIZER,
    name: config.optimizer,
    momentum: config.momentum,
    weightDecay: config.weightDecay,
  };
}

export function scheduleSettings(config: RunConfig): ScheduleSettings {
  return {
    name: config.schedule,
    gamma: config.scheduleGamma,
    stepEvery: config.scheduleStep,
    floor: 0,
  };
}

/**
 * The loss that fits the output layer: cross-entropy pairs with softmax and binary
 * cross-entropy with a single sigmoid, and the article's rule belongs to the article's neuron.
 */
export function pairedLoss(loss: LossName, output: OutputActivation): LossName {
  if (loss === 'article') return 'half-squared';
  if (loss === 'cross-entropy' && output !== 'softmax') return 'bce';
  if (loss === 'bce' && output === 'softmax') return 'cross-entropy';
  return loss;
}

function withExtraPoints(data: Dataset, points: RunConfig['extraPoints']): Dataset {
  return points.reduce((set, [x1, x2, label]) => appendSample(set, [x1, x2], label), data);
}
