/**
 * `train --preset network` with data flags: trains on a CSV file or the penguins (or on a
 * generated set, to save its model), prints the same epoch table as the network command,
 * and with `--save-model FILE.json` writes the trained model (model-export.ts).
 */
import { writeFileSync } from 'node:fs';
import { classCount } from '../core/datasets';
import { PLAIN_FEATURES } from '../core/features';
import { exportModel, modelToJson, type ExportDescription } from '../core/model-export';
import { noStandardisation } from '../core/table-data';
import type { EpochSummary } from '../core/trainer';
import { buildRun, type BuiltRun } from '../engine/build';
import type { RunConfig } from '../engine/protocol';
import { buildTableRun } from '../engine/table-run';
import { peekFlag, quote, UsageError } from './args';
import { chosenData, takeDataFlags, type ChosenData } from './data-options';
import { parseNetworkArgs } from './network-command';

/** Flags that shape a generated data set, and so mean nothing for a file or the penguins. */
const GENERATED_ONLY = ['size', 'noise', 'add'] as const;

interface PreparedRun {
  readonly built: BuiltRun;
  readonly description: ExportDescription;
  /** The first line of the table output: what is being trained on. */
  readonly summary: string;
}

function failure(error: unknown): UsageError {
  return new UsageError(error instanceof Error ? error.message : String(error));
}

function generatedRun(config: RunConfig): PreparedRun {
  let built: BuiltRun;
  try {
    built = buildRun(config);
  } catch (error) {
    throw failure(error);
  }
  // The 2-D points the run was made of (its training set holds their input features).
  const data = built.plane?.train ?? built.train;
  const classes = Array.from(
    { length: classCount(data) },
    (_, k) => data.classNames[k] ?? `class ${k}`,
  );
  return {
    built,
    description: {
      task: 'classification',
      data: config.dataset,
      inputNames: data.featureNames,
      inputScale: noStandardisation(data.inputSize),
      features: built.inputFeatures ?? PLAIN_FEATURES,
      classes,
      targetScale: null,
    },
    summary: `data: ${config.dataset} (generated), ${classes.length} classes`,
  };
}

function tableRun(config: RunConfig, chosen: ChosenData): PreparedRun {
  let built;
  try {
    built = buildTableRun(config, chosen.table, chosen.name);
  } catch (error) {
    throw failure(error);
  }
  const { table } = chosen;
  const { dataset, inputScale, targetScale } = built.prepared;
  const what =
    table.task === 'regression'
      ? `regression of ${table.labelName}`
      : `${dataset.classNames.length} classes (${dataset.classNames.join(', ')})`;
  const held = built.validation?.size ?? 0;
  return {
    built,
    description: {
      task: table.task,
      data: chosen.name,
      inputNames: table.featureNames,
      inputScale,
      features: built.inputFeatures ?? PLAIN_FEATURES,
      classes: dataset.classNames,
      targetScale,
    },
    summary:
      `data: ${chosen.name}: ${dataset.size} rows, ${table.featureNames.join(' and ')} → ${what};` +
      ` ${held} held out for validation; inputs standardised`,
  };
}

function cell(value: number, digits: number, width: number, applies: boolean): string {
  return (applies ? value.toFixed(digits) : 'n/a').padStart(width);
}

function jsonNumber(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

/** Runs `train --preset network` with data flags; `args` follow `train`. */
export function runDataTrain(args: readonly string[], out: (line: string) => void): void {
  const flags = takeDataFlags(args);
  const options = parseNetworkArgs(flags.rest);
  const chosen = chosenData(flags, options.config);
  if (chosen !== null) {
    // --size and --noise shape a built-in table too; hand-added points only a generated set.
    const only = chosen.generated ? (['add'] as const) : GENERATED_ONLY;
    const wrong = only.find((flag) => flags.rest.some((a) => a.startsWith(`--${flag}`)));
    if (wrong !== undefined) {
      throw new UsageError(
        `--${wrong} shapes a generated data set; it does not apply to this data`,
      );
    }
  }
  const run = chosen === null ? generatedRun(options.config) : tableRun(options.config, chosen);
  const { trainer, model } = run.built;
  const classifies = run.description.task === 'classification';
  const table = options.format === 'table';
  if (table) {
    out(run.summary);
    out('epoch  train loss  val loss  train acc  val acc  status');
  }
  let last: EpochSummary | null = null;
  trainer.runEpochs(options.config.epochs, (summary: EpochSummary) => {
    last = summary;
    if (!table) {
      out(
        JSON.stringify({
          epoch: summary.epoch,
          loss: jsonNumber(summary.trainLoss),
          validationLoss: jsonNumber(summary.validationLoss),
          trainAccuracy: classifies ? jsonNumber(summary.trainAccuracy) : null,
          validationAccuracy: classifies ? jsonNumber(summary.validationAccuracy) : null,
          status: summary.status,
        }),
      );
    } else if (summary.epoch % options.printEvery === 0 || trainer.isDone) {
      out(
        [
          String(summary.epoch).padStart(5),
          summary.trainLoss.toFixed(6).padStart(10),
          summary.validationLoss.toFixed(6).padStart(9),
          cell(summary.trainAccuracy, 3, 9, classifies),
          cell(summary.validationAccuracy, 3, 8, classifies),
          ` ${summary.status}`,
        ].join(' '),
      );
    }
  });
  const path = flags.values['save-model'];
  if (path === undefined) return;
  saveModel(path, modelToJson(exportModel(model, run.description)));
  if (table) out(`model saved to ${path}${accuracyNote(last, classifies)}`);
}

function accuracyNote(last: EpochSummary | null, classifies: boolean): string {
  if (last === null || !classifies || !Number.isFinite(last.validationAccuracy)) return '';
  return ` (validation accuracy ${last.validationAccuracy.toFixed(3)})`;
}

function saveModel(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`cannot write ${quote(path)}: ${(error as Error).message}`);
  }
}

/** Whether `train` should come here: a network preset with any data flag. */
export function wantsDataTrain(args: readonly string[]): boolean {
  if (peekFlag(args, 'preset') !== 'network') return false;
  const flags = takeDataFlags(args);
  return flags.penguins || flags.regression !== null || Object.keys(flags.values).length > 0;
}
