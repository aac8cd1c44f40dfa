/**
 * A run on imported data (a CSV table or the penguins) instead of a generated data set: the
 * same RunConfig and the same order of random draws as buildRun (split, then initial
 * weights, then training), with the table standardised first. Regression gets a linear
 * output and a squared-error loss; classification the same outputs as generated data.
 */
import { splitDataset } from '../core/datasets';
import type { LossName, OutputActivation } from '../core/losses';
import { Mlp, type LayerSpec } from '../core/mlp';
import { Rng } from '../core/rng';
import { prepareTable, type PreparedTable, type TableData } from '../core/table-data';
import { Trainer, type TrainerSettings } from '../core/trainer';
import { optimizerSettings, pairedLoss, scheduleSettings, type BuiltRun } from './build';
import { checkRunConfig } from './config-checks';
import type { RunConfig } from './protocol';

export interface BuiltTableRun extends BuiltRun {
  readonly prepared: PreparedTable;
}

/** Squared-error losses fit a real-valued output; any other choice becomes the mean square. */
function regressionLoss(loss: LossName): LossName {
  return loss === 'squared' || loss === 'half-squared' || loss === 'mse' ? loss : 'mse';
}

export function buildTableRun(config: RunConfig, table: TableData, name: string): BuiltTableRun {
  checkRunConfig(config);
  const rng = new Rng(config.seed);
  const prepared = prepareTable(table, name);
  const data = prepared.dataset;
  const split = splitDataset(data, config.validationSplit, rng);
  const validation = split.validation.size > 0 ? split.validation : null;
  const output: OutputActivation =
    table.task === 'regression' ? 'linear' : data.targetSize > 1 ? 'softmax' : 'sigmoid';
  const layers: LayerSpec[] = [
    ...config.hidden.map((size) => ({ size, activation: config.hiddenActivation })),
    { size: data.targetSize, activation: output },
  ];
  const model = new Mlp({ inputSize: data.inputSize, layers });
  model.initialise(rng);
  const loss =
    table.task === 'regression' ? regressionLoss(config.loss) : pairedLoss(config.loss, output);
  const settings: TrainerSettings = {
    learningRate: config.learningRate,
    optimizer: optimizerSettings(config),
    schedule: scheduleSettings(config),
    epochs: config.epochs,
    loss,
    batchSize: config.batchSize,
    dropLast: config.dropLast,
    shuffle: config.shuffle,
    dropout: config.dropout,
    inputNoise: config.inputNoise,
    earlyStopping: config.patience > 0 ? { patience: config.patience, minDelta: 0 } : null,
  };
  const trainer = new Trainer(model, split.train, validation, settings, rng);
  return { model, trainer, train: split.train, validation, loss, rng, prepared };
}
