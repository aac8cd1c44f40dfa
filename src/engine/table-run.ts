/**
 * A run on imported data (a CSV table or the penguins) instead of a generated data set: the
 * same RunConfig and the same order of random draws as buildRun (split, then initial
 * weights, then training), with the table standardised first. Regression gets a linear
 * output and a squared-error loss; classification the same outputs as generated data.
 * Points added by hand join the training set after the split (as on generated data), in the
 * table's units, standardised with the table's own scale. Input features (config.inputs) are
 * computed from the standardised columns.
 */
import type { Dataset } from '../core/dataset';
import { appendSample, splitDataset } from '../core/datasets';
import type { LossName, OutputActivation } from '../core/losses';
import { Mlp, type LayerSpec } from '../core/mlp';
import { Rng } from '../core/rng';
import { prepareTable, type PreparedTable, type TableData } from '../core/table-data';
import { Trainer, type TrainerSettings } from '../core/trainer';
import { buildRun, commonSettings, fedWith, pairedLoss, type BuiltRun } from './build';
import { checkRunConfig } from './config-checks';
import type { RunConfig, TableInput } from './protocol';

type AddedPoints = TableInput['added'];

export interface BuiltTableRun extends BuiltRun {
  readonly prepared: PreparedTable;
}

/** Squared-error losses fit a real-valued output; any other choice becomes the mean square. */
function regressionLoss(loss: LossName): LossName {
  return loss === 'squared' || loss === 'half-squared' || loss === 'mse' ? loss : 'mse';
}

/** A run on the table when there is one, else on the config's generated data (buildRun). */
export function buildAnyRun(config: RunConfig, table: TableInput | null): BuiltRun {
  return table === null
    ? buildRun(config)
    : buildTableRun(config, table.data, table.name, table.added);
}

export function buildTableRun(
  config: RunConfig,
  table: TableData,
  name: string,
  added: AddedPoints = [],
): BuiltTableRun {
  checkRunConfig(config);
  const rng = new Rng(config.seed);
  const prepared = prepareTable(table, name);
  const data = prepared.dataset;
  const split = splitDataset(data, config.validationSplit, rng);
  // Features of the standardised x1, x2: what an exported model's featureVector computes
  // after its own standardisation step (core/model-export.ts).
  const fed = fedWith(
    config.inputs,
    withAddedPoints(split.train, added, prepared, table),
    split.validation.size > 0 ? split.validation : null,
  );
  const { train, validation } = fed;
  const output: OutputActivation =
    table.task === 'regression' ? 'linear' : data.targetSize > 1 ? 'softmax' : 'sigmoid';
  const layers: LayerSpec[] = [
    ...config.hidden.map((size) => ({ size, activation: config.hiddenActivation })),
    { size: data.targetSize, activation: output },
  ];
  const model = new Mlp({ inputSize: train.inputSize, layers });
  model.initialise(rng);
  const loss =
    table.task === 'regression' ? regressionLoss(config.loss) : pairedLoss(config.loss, output);
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
  return { ...fed, model, trainer, loss, rng, prepared };
}

/** The training set with the hand-added points, standardised as the table was. */
function withAddedPoints(
  train: Dataset,
  added: AddedPoints,
  prepared: PreparedTable,
  table: TableData,
): Dataset {
  const scale = prepared.inputScale;
  const target = prepared.targetScale;
  return added.reduce((set, [x1, x2, label]) => {
    const input = [
      standardised(x1, scale.mean[0], scale.std[0]),
      standardised(x2, scale.mean[1], scale.std[1]),
    ];
    if (table.task === 'classification') return appendSample(set, input, label);
    return appendValue(set, input, standardised(label, target?.mean[0], target?.std[0]));
  }, train);
}

function standardised(value: number, mean = 0, std = 1): number {
  return (value - mean) / std;
}

/** A regression row: the target is the (standardised) value, the label 0 as for every row. */
function appendValue(data: Dataset, input: readonly number[], value: number): Dataset {
  if (!input.every(Number.isFinite) || !Number.isFinite(value)) {
    throw new RangeError(`${data.name}: every value of an added point must be a finite number`);
  }
  const inputs = new Float64Array((data.size + 1) * data.inputSize);
  inputs.set(data.inputs);
  inputs.set(input, data.size * data.inputSize);
  const targets = new Float64Array(data.size + 1);
  targets.set(data.targets);
  targets[data.size] = value;
  const labels = new Int32Array(data.size + 1);
  labels.set(data.labels);
  return { ...data, size: data.size + 1, inputs, targets, labels };
}
