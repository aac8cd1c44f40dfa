/**
 * What the lab shows about its data sets: which ones it offers, how many classes each has and
 * what its two inputs are called. Pure data, so views and tests agree.
 */
import type { DatasetName } from '../../core/datasets';
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
