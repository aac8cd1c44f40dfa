/**
 * What the lab shows about its data sets: which ones it offers, how many classes each has and
 * what its two inputs are called. Pure data, so views and tests agree.
 */
import type { DatasetName } from '../../core/datasets';
import {
  isRegressionSet,
  regressionTable,
  REGRESSION_SETS,
  type RegressionSetName,
} from '../../core/regression-data';
import { tableClassCount, type TableData } from '../../core/table-data';
import type { RunConfig } from '../../engine/protocol';
import type { RunView } from '../../store/runs';
import type { ImportedData } from './fit-store';

export type LabDataset = Extract<
  DatasetName,
  'circle' | 'xor' | 'gaussian' | 'spiral' | 'devices3'
>;
export const labDatasets: readonly LabDataset[] = [
  'circle',
  'xor',
  'gaussian',
  'spiral',
  'devices3',
];

export function isLabDataset(name: DatasetName): name is LabDataset {
  return (labDatasets as readonly string[]).includes(name);
}

export const classCount: Readonly<Record<LabDataset, number>> = {
  circle: 2,
  xor: 2,
  gaussian: 2,
  spiral: 2,
  devices3: 3,
};

/** The devices are (price, weight); the synthetic sets are plain (x1, x2). */
export function usesDeviceAxes(name: LabDataset): boolean {
  return name === 'devices3';
}

/** The value a series had at `epoch` (NaN when it was not recorded). */
export function seriesValueAt(run: RunView, name: 'validationLoss' | 'trainLoss', epoch: number) {
  const { x, y } = run.series[name].points();
  for (let k = x.length - 1; k >= 0; k--) if (x[k] === epoch) return y[k] as number;
  return Number.NaN;
}

/** The number of classes of imported classification data (0 for regression). */
export function importedClassCount(table: TableData): number {
  return table.task === 'classification' ? tableClassCount(table) : 0;
}

/** Each input column's smallest and largest value, in the data's units. */
export function columnRanges(table: TableData): [[number, number], [number, number]] {
  const ranges: [[number, number], [number, number]] = [
    [Infinity, -Infinity],
    [Infinity, -Infinity],
  ];
  for (let r = 0; r < table.size; r++) {
    for (const c of [0, 1] as const) {
      const value = table.inputs[2 * r + c] as number;
      ranges[c][0] = Math.min(ranges[c][0], value);
      ranges[c][1] = Math.max(ranges[c][1], value);
    }
  }
  return ranges;
}

/**
 * Whether a hand-added point fits imported data: finite, each coordinate within the data's
 * range widened by that range on both sides (the plot shows little more), and a label that
 * names one of its classes (classification) or any finite value (regression).
 */
export function importedPointFits(table: TableData, x1: number, x2: number, label: number) {
  const near = (value: number, [low, high]: [number, number]) => {
    const span = Math.max(high - low, Math.abs(high) * 1e-9, 1e-9);
    return Number.isFinite(value) && value >= low - span && value <= high + span;
  };
  const ranges = columnRanges(table);
  if (!near(x1, ranges[0]) || !near(x2, ranges[1])) return false;
  if (table.task === 'regression') return Number.isFinite(label);
  return Number.isInteger(label) && label >= 0 && label < importedClassCount(table);
}

/** The built-in regression tables the lab offers beside its generated classification sets. */
export const labRegressionSets: readonly RegressionSetName[] = REGRESSION_SETS;

/**
 * A built-in regression table in use: it goes to the store as imported data (so it trains like
 * a CSV) and remembers which set it is, so the lab can name it and make it again when the data
 * set's size or noise changes. The store keeps the object as it is given.
 */
export interface BuiltInRegression extends ImportedData {
  readonly regressionSet: RegressionSetName;
}

/** The set's table for the lab's seed, data-set size and noise (y's noise standard deviation). */
export function builtInRegression(
  set: RegressionSetName,
  config: Pick<RunConfig, 'seed' | 'datasetSize' | 'noise'>,
  name: string,
): BuiltInRegression {
  const table = regressionTable(set, {
    seed: config.seed,
    size: config.datasetSize,
    noise: config.noise,
  });
  return { table, name, penguins: null, regressionSet: set };
}

/** Which built-in regression table the imported data is (null: another kind of data). */
export function regressionSetOf(imported: ImportedData | null): RegressionSetName | null {
  if (imported === null || !('regressionSet' in imported)) return null;
  const set = (imported as { regressionSet: unknown }).regressionSet;
  return typeof set === 'string' && isRegressionSet(set) ? set : null;
}
