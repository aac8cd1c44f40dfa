/**
 * The grid over the plane of a run's two inputs that the boundary picture and the neuron maps
 * are drawn on: its ranges in the data's own units (a table run trains on standardised inputs,
 * its pictures show the table's units), and the network input of each grid cell.
 */
import type { Dataset } from '../core/dataset';
import { expandFeatures, PLAIN_FEATURES, type InputFeature } from '../core/features';
import type { Standardisation } from '../core/table-data';
import type { EngineRun } from './run';
import type { BuiltTableRun } from './table-run';

export const MAX_GRID_RESOLUTION = 128;

type Range = readonly [number, number];

export interface PlaneGrid {
  readonly resolution: number;
  /** [[x1 min, x1 max], [x2 min, x2 max]] in the data's own units. */
  readonly ranges: readonly [Range, Range];
  /** The run's 2-D training and validation sets (before any feature expansion). */
  readonly sets: readonly Dataset[];
  /** The scale the run's inputs were standardised with (null: none). */
  readonly scale: Standardisation | null;
  readonly features: readonly InputFeature[];
  /** Writes the network input of cell (row, column) into `out` (rows along x2). */
  modelInput(row: number, column: number, out: Float64Array): void;
}

export function planeGrid(run: EngineRun, requested: number): PlaneGrid {
  const built = run.built;
  const plane = built.plane ?? { train: built.train, validation: built.validation };
  if (plane.train.inputSize !== 2)
    throw new RangeError('a map over the plane needs a data set with two inputs');
  const resolution = Math.max(2, Math.min(MAX_GRID_RESOLUTION, Math.round(requested) || 2));
  const sets: Dataset[] =
    plane.validation === null ? [plane.train] : [plane.train, plane.validation];
  const scale = 'prepared' in built ? (built as BuiltTableRun).prepared.inputScale : null;
  const features = built.inputFeatures ?? PLAIN_FEATURES;
  const ranges = [extent(sets, 0, scale), extent(sets, 1, scale)] as const;
  const toModel = (value: number, c: number) =>
    scale === null ? value : (value - (scale.mean[c] as number)) / (scale.std[c] as number);
  const at = (range: Range, k: number) => range[0] + ((range[1] - range[0]) * k) / (resolution - 1);
  return {
    resolution,
    ranges,
    sets,
    scale,
    features,
    modelInput(row, column, out) {
      expandFeatures(
        features,
        toModel(at(ranges[0], column), 0),
        toModel(at(ranges[1], row), 1),
        out,
      );
    },
  };
}

/** A standardised input back in the table's units (unchanged without a scale). */
export function fromModel(value: number, feature: number, scale: Standardisation | null): number {
  return scale === null
    ? value
    : value * (scale.std[feature] as number) + (scale.mean[feature] as number);
}

/**
 * The span of one input over the data sets, with a margin so edge points are not on the
 * border; in the table's units when there is a scale.
 */
function extent(
  sets: readonly Dataset[],
  feature: number,
  scale: Standardisation | null,
): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const set of sets) {
    for (let s = 0; s < set.size; s++) {
      const v = set.inputs[s * set.inputSize + feature] as number;
      if (v < low) low = v;
      if (v > high) high = v;
    }
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [-1, 1];
  const margin = Math.max(0.1, (high - low) * 0.08);
  return [fromModel(low - margin, feature, scale), fromModel(high + margin, feature, scale)];
}
