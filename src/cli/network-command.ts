/**
 * `train --preset network`: trains a configurable network on a 2-D data set with every
 * option of the core as a flag. Each flag maps to one setting of the lab's settings schema
 * (src/settings/schema.ts), so the command line accepts exactly what the app accepts, with the
 * same ranges and the same messages, and `--help` reads each range off the schema.
 */
import { buildRun } from '../engine/build';
import { checkRunConfig } from '../engine/config-checks';
import type { RunConfig } from '../engine/protocol';
import { checkArticleField, describeArticleField } from '../settings/article';
import {
  DEFAULT_RUN_CONFIG,
  describeField,
  formatNumber,
  validateField,
  type RunKey,
} from '../settings/schema';
import type { EpochSummary } from '../core/trainer';
import {
  parseDecimal,
  parseFlags,
  quote,
  refused,
  single,
  UsageError,
  type FlagSpec,
} from './args';

type Parser = (flag: string, text: string) => unknown;

const number: Parser = parseDecimal;
const word: Parser = (_flag, text) => text;
const list: Parser = (flag, text) =>
  text === '' ? [] : text.split(',').map((part) => parseDecimal(flag, part.trim()));
/** Names are checked by the schema, which lists the ones it knows in its message. */
const names: Parser = (_flag, text) => (text === '' ? [] : text.split(',').map((p) => p.trim()));

/** Value flags: flag name → the setting it sets and how its text becomes a value. */
export const VALUE_FLAGS: Readonly<Record<string, { key: RunKey; parse: Parser; help: string }>> = {
  dataset: { key: 'dataset', parse: word, help: 'data set' },
  size: { key: 'datasetSize', parse: number, help: 'number of samples' },
  noise: { key: 'noise', parse: number, help: 'noise level of the data' },
  validation: { key: 'validationSplit', parse: number, help: 'fraction held out for validation' },
  hidden: { key: 'hidden', parse: list, help: 'hidden layer sizes, e.g. 8,8 ("" for none)' },
  // Not --features: the penguins preset's --features names table columns.
  inputs: { key: 'inputs', parse: names, help: 'what the network is fed, e.g. x1^2,x2^2' },
  activation: { key: 'hiddenActivation', parse: word, help: 'hidden activation' },
  loss: { key: 'loss', parse: word, help: 'loss' },
  optimizer: { key: 'optimizer', parse: word, help: 'optimizer' },
  lr: { key: 'learningRate', parse: number, help: 'learning rate' },
  momentum: { key: 'momentum', parse: number, help: "momentum's decay" },
  schedule: { key: 'schedule', parse: word, help: 'learning-rate schedule' },
  gamma: { key: 'scheduleGamma', parse: number, help: 'step/exponential factor' },
  'step-every': { key: 'scheduleStep', parse: number, help: 'epochs between step decays' },
  batch: { key: 'batchSize', parse: number, help: 'batch size' },
  epochs: { key: 'epochs', parse: number, help: 'passes over the data' },
  dropout: { key: 'dropout', parse: number, help: 'dropout rate of hidden layers' },
  'weight-decay': { key: 'weightDecay', parse: number, help: 'L2 weight decay' },
  'input-noise': { key: 'inputNoise', parse: number, help: 'augmentation: input jitter' },
  patience: { key: 'patience', parse: number, help: 'early stopping patience (0 = off)' },
  seed: { key: 'seed', parse: number, help: 'random seed' },
};

/** The default as a flag would spell it: `6,6` for a list, plain decimals for numbers. */
function shownDefault(key: RunKey): string {
  const value: unknown = DEFAULT_RUN_CONFIG[key];
  if (Array.isArray(value)) return value.length === 0 ? '""' : value.join(',');
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

const SWITCHES: Readonly<Record<string, { key: RunKey; value: boolean; help: string }>> = {
  'drop-last': { key: 'dropLast', value: true, help: 'drop the last partial batch' },
  'no-shuffle': { key: 'shuffle', value: false, help: 'keep the sample order every epoch' },
};

/** The table prints every tenth epoch unless told otherwise. */
const PRINT_EVERY = 10;

export const NETWORK_USAGE = [
  "train --preset network [flags]   train a network with any of the lab's settings",
  ...Object.entries(VALUE_FLAGS).map(
    ([flag, { key, help }]) =>
      `  --${flag.padEnd(22)}${help}: ${describeField(key)} (default ${shownDefault(key)})`,
  ),
  ...Object.entries(SWITCHES).map(([flag, { help }]) => `  --${flag.padEnd(22)}${help}`),
  '  --add <x1,x2,label>     append a training example; repeatable',
  `  --print-every <k>       table format: print every k-th epoch: ${describeArticleField('printEvery', 'cli')} (default ${PRINT_EVERY})`,
  '  --format <name>         table (default) or jsonl (one JSON object per epoch)',
];

function setting(
  config: Record<string, unknown>,
  key: RunKey,
  value: unknown,
  flag: string,
  text: string,
): void {
  const result = validateField(key, value);
  if (!result.ok) throw refused(`--${flag}`, text, result.message);
  config[key] = result.value;
}

export interface NetworkOptions {
  readonly config: RunConfig;
  readonly format: 'table' | 'jsonl';
  readonly printEvery: number;
}

export function parseNetworkArgs(args: readonly string[]): NetworkOptions {
  const spec: Record<string, FlagSpec> = {
    preset: { value: true },
    add: { value: true, repeatable: true },
    'print-every': { value: true },
    format: { value: true },
  };
  for (const flag of Object.keys(VALUE_FLAGS)) spec[flag] = { value: true };
  for (const flag of Object.keys(SWITCHES)) spec[flag] = { value: false };
  const flags = parseFlags(args, spec);
  const config: Record<string, unknown> = { ...DEFAULT_RUN_CONFIG, model: 'mlp' };
  for (const [flag, { key, parse }] of Object.entries(VALUE_FLAGS)) {
    const text = single(flags, flag);
    if (text !== undefined) setting(config, key, parse(`--${flag}`, text), flag, text);
  }
  for (const [flag, { key, value }] of Object.entries(SWITCHES)) {
    if (flags.switches.has(flag)) config[key] = value;
  }
  const points = (flags.values.get('add') ?? []).map((text) => {
    const parts = text.split(',');
    if (parts.length !== 3) throw new UsageError(`--add expects x1,x2,label, got ${quote(text)}`);
    return parts.map((part) => parseDecimal('--add', part.trim()));
  });
  if (points.length > 0)
    setting(config, 'extraPoints', points, 'add', points.map(String).join(' '));
  const format = single(flags, 'format') ?? 'table';
  if (format !== 'table' && format !== 'jsonl') {
    throw new UsageError(`--format must be table or jsonl, got ${quote(format)}`);
  }
  const printEvery = printEveryOf(single(flags, 'print-every'));
  try {
    checkRunConfig(config as unknown as RunConfig);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  return { config: config as unknown as RunConfig, format, printEvery };
}

/** `--print-every`, checked by the same setting as the article command's. */
function printEveryOf(text: string | undefined): number {
  if (text === undefined) return PRINT_EVERY;
  const result = checkArticleField('printEvery', parseDecimal('--print-every', text), 'cli');
  if (!result.ok) throw refused('--print-every', text, result.message);
  return result.value;
}

function jsonNumber(value: number): number | string {
  return Number.isFinite(value) ? value : String(value);
}

export function runNetworkCommand(options: NetworkOptions, out: (line: string) => void): void {
  let built;
  try {
    built = buildRun(options.config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { trainer } = built;
  if (options.format === 'table') out('epoch  train loss  val loss  train acc  val acc  status');
  trainer.runEpochs(options.config.epochs, (summary: EpochSummary) => {
    const last = trainer.isDone;
    if (options.format === 'jsonl') {
      out(
        JSON.stringify({
          epoch: summary.epoch,
          loss: jsonNumber(summary.trainLoss),
          validationLoss: jsonNumber(summary.validationLoss),
          trainAccuracy: jsonNumber(summary.trainAccuracy),
          validationAccuracy: jsonNumber(summary.validationAccuracy),
          params: Array.from(built.model.params, jsonNumber),
          status: summary.status,
        }),
      );
    } else if (summary.epoch % options.printEvery === 0 || last) {
      out(
        [
          String(summary.epoch).padStart(5),
          summary.trainLoss.toFixed(6).padStart(10),
          summary.validationLoss.toFixed(6).padStart(9),
          summary.trainAccuracy.toFixed(3).padStart(9),
          summary.validationAccuracy.toFixed(3).padStart(8),
          ` ${summary.status}`,
        ].join(' '),
      );
    }
  });
}
