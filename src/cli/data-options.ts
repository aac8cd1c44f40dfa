/**
 * The data flags of `train --preset network`: `--data FILE.csv`, `--dataset penguins` with
 * `--features a,b`, `--dataset plane|bumps` (the built-in regression tables, shaped by the
 * network's own --size, --noise and --seed), `--task`, and `--save-model FILE.json`. They are
 * taken out of the command line before the network's own flags are parsed
 * (network-command.ts), so the network's settings keep one definition and these flags add to
 * them.
 */
import { readFileSync, statSync } from 'node:fs';
import { checkCsvBytes, formatCount, MAX_CSV_BYTES, parseCsv } from '../core/csv-data';
import {
  DEFAULT_PENGUIN_FEATURES,
  isPenguinMeasurement,
  PENGUIN_MEASUREMENTS,
  penguinTable,
  type PenguinMeasurement,
} from '../core/penguins';
import { isRegressionSet, regressionTable, type RegressionSetName } from '../core/regression-data';
import type { TableData, TaskKind } from '../core/table-data';
import type { RunConfig } from '../engine/protocol';
import { quote, UsageError } from './args';

export const DATA_USAGE = [
  '  --data <file.csv>       train on your own CSV: x1,x2,label (see README "Your own data")',
  '  --dataset penguins      the Palmer penguins (342 birds, 3 species)',
  '  --dataset plane|bumps   built-in regression: y = 1.5 x1 - 0.8 x2 + 2, or Gaussian bumps,',
  '                          over [-5,5]^2; --size rows, --noise = sd of y, --seed',
  `  --features <a,b>        penguins: two of ${PENGUIN_MEASUREMENTS.join(', ')}`,
  '                          (default beak_length,beak_depth)',
  '  --task <name>           CSV: classification or regression (default: detected)',
  '  --save-model <file>     write the trained model as JSON (see `export`, `predict`)',
];

const OWN_FLAGS = ['data', 'features', 'task', 'save-model'] as const;
type OwnFlag = (typeof OWN_FLAGS)[number];

export interface DataFlags {
  readonly values: Partial<Record<OwnFlag, string>>;
  readonly penguins: boolean;
  /** `--dataset plane` or `--dataset bumps` (null: neither). */
  readonly regression: RegressionSetName | null;
  /** The command line without the flags above, for the network's own parser. */
  readonly rest: readonly string[];
}

/** The flag's name when `arg` is `--name` or `--name=value`. */
function flagName(arg: string): string | null {
  if (!arg.startsWith('--')) return null;
  const equals = arg.indexOf('=');
  return arg.slice(2, equals === -1 ? undefined : equals);
}

/** Splits off this module's flags (and `--dataset penguins|plane|bumps`) from the rest. */
export function takeDataFlags(args: readonly string[]): DataFlags {
  const values: Partial<Record<OwnFlag, string>> = {};
  const rest: string[] = [];
  let penguins = false;
  let regression: RegressionSetName | null = null;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const name = flagName(arg);
    const own = OWN_FLAGS.find((flag) => flag === name);
    const isDataset = name === 'dataset';
    if (own === undefined && !isDataset) {
      rest.push(arg);
      continue;
    }
    const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
    const next = args[i + 1];
    const value = inline ?? (next !== undefined && !next.startsWith('--') ? next : undefined);
    if (isDataset) {
      if (value === 'penguins' || (value !== undefined && isRegressionSet(value))) {
        if (penguins || regression !== null)
          throw new UsageError('--dataset was given more than once');
        if (value === 'penguins') penguins = true;
        else regression = value;
        if (inline === undefined) i++;
      } else {
        rest.push(arg);
      }
      continue;
    }
    if (value === undefined) throw new UsageError(`--${own} needs a value`);
    if (values[own as OwnFlag] !== undefined) {
      throw new UsageError(`--${own} was given more than once`);
    }
    values[own as OwnFlag] = value;
    if (inline === undefined) i++;
  }
  return { values, penguins, regression, rest };
}

/** Whether a `train --preset network` command line uses any of the data flags. */
export function usesDataFlags(args: readonly string[]): boolean {
  const flags = takeDataFlags(args);
  return flags.penguins || flags.regression !== null || Object.keys(flags.values).length > 0;
}

function parseTask(text: string | undefined): TaskKind | undefined {
  if (text === undefined) return undefined;
  if (text === 'classification' || text === 'regression') return text;
  throw new UsageError(`--task must be classification or regression, got ${quote(text)}`);
}

/** Reads and parses a CSV file; a file that is too big is refused before it is read. */
export function loadCsvFile(path: string, task: TaskKind | undefined): TableData {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_CSV_BYTES) {
      throw new UsageError(
        `${quote(path)}: the file is ${(size / 1_000_000).toFixed(1)} MB; a CSV may be at most ` +
          `${(MAX_CSV_BYTES / 1_000_000).toFixed(1)} MB (${formatCount(5_000)} rows)`,
      );
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${quote(path)}: ${(error as Error).message}`);
  }
  const byteProblem = checkCsvBytes(bytes);
  if (byteProblem !== null) throw new UsageError(`${quote(path)}: ${byteProblem.message}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${quote(path)}: this is not UTF-8 text, so not a CSV file the lab reads`);
  }
  const result = parseCsv(text, task === undefined ? {} : { task });
  if (!result.ok) {
    // The command line reports one error line, so the problems are listed in it, in order.
    throw new UsageError(`${quote(path)}: ${result.problems.map((p) => p.message).join('; ')}`);
  }
  return result.data;
}

function penguinMeasurement(name: string): PenguinMeasurement {
  if (isPenguinMeasurement(name)) return name;
  throw new UsageError(
    `--features: unknown measurement ${quote(name)} (choose from ${PENGUIN_MEASUREMENTS.join(', ')})`,
  );
}

function penguinFeatures(text: string | undefined): ReturnType<typeof penguinTable> {
  if (text === undefined) return penguinTable(...DEFAULT_PENGUIN_FEATURES);
  const names = text.split(',').map((part) => part.trim());
  if (names.length !== 2 || names[0] === names[1]) {
    throw new UsageError(
      `--features needs two different measurements, e.g. beak_length,flipper_length; got ${quote(text)}`,
    );
  }
  const [x, y] = names.map(penguinMeasurement) as [PenguinMeasurement, PenguinMeasurement];
  return penguinTable(x, y);
}

export interface ChosenData {
  readonly table: TableData;
  /** How the model file and the output name the data. */
  readonly name: string;
  /** Whether --size and --noise shaped the table (they apply to the built-in tables only). */
  readonly generated: boolean;
}

/**
 * The table the flags choose, or null to train on one of the lab's generated sets. A built-in
 * regression table takes its seed, size and noise from the network's settings.
 */
export function chosenData(
  flags: DataFlags,
  config: Pick<RunConfig, 'seed' | 'datasetSize' | 'noise'>,
): ChosenData | null {
  const { data, features, task } = flags.values;
  if (data !== undefined && flags.penguins) {
    throw new UsageError('choose either --data or --dataset penguins, not both');
  }
  if (flags.regression !== null) {
    if (data !== undefined)
      throw new UsageError(`choose either --data or --dataset ${flags.regression}, not both`);
    if (features !== undefined)
      throw new UsageError(
        '--features chooses penguin measurements; use it with --dataset penguins',
      );
    if (task !== undefined) throw new UsageError('--task applies to a CSV file given with --data');
    const { seed, datasetSize: size, noise } = config;
    const table = regressionTable(flags.regression, { seed, size, noise });
    return {
      table,
      name: `${flags.regression} (seed ${seed}, ${size} rows, noise ${noise})`,
      generated: true,
    };
  }
  if (features !== undefined && !flags.penguins) {
    throw new UsageError('--features chooses penguin measurements; use it with --dataset penguins');
  }
  if (task !== undefined && data === undefined) {
    throw new UsageError('--task applies to a CSV file given with --data');
  }
  if (flags.penguins) {
    const table = penguinFeatures(features);
    return {
      table,
      name: `penguins (${features ?? DEFAULT_PENGUIN_FEATURES.join(',')})`,
      generated: false,
    };
  }
  if (data !== undefined)
    return { table: loadCsvFile(data, parseTask(task)), name: data, generated: false };
  return null;
}
