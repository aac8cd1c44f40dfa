/**
 * What the lab shows about its data sets: which ones it offers, how many classes each has and
 * what its two inputs are called. Pure data, so views and tests agree.
 */
import type { DatasetName } from '../../core/datasets';
import { tableClassCount, type TableData } from '../../core/table-data';
import type { RunView } from '../../store/runs';

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
