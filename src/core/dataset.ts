/**
 * The shape every data set takes in the core: row-major flat arrays, one row per sample.
 * Classification targets are one-hot rows; `labels` holds the class index of each row
 * (for a single-output binary task, 0 or 1).
 */
import type { InputFeature } from './features';

export interface Dataset {
  readonly name: string;
  readonly size: number;
  readonly inputSize: number;
  readonly targetSize: number;
  /** size × inputSize numbers. */
  readonly inputs: Float64Array;
  /** size × targetSize numbers. */
  readonly targets: Float64Array;
  /** The class index of each sample (length `size`). */
  readonly labels: Int32Array;
  /** Display names of the features, e.g. ["price", "weight"]. */
  readonly featureNames: readonly string[];
  /** Display names of the classes, e.g. ["ring", "glasses"]. */
  readonly classNames: readonly string[];
  /**
   * For inputs made from points of the plane by input features (core/features.ts): those
   * points (size × 2) and the features. Augmentation jitters the point and expands it again,
   * so that x₁² stays the square of the jittered x₁.
   */
  readonly expandedFrom?: ExpandedFrom;
}

export interface ExpandedFrom {
  readonly points: Float64Array;
  readonly features: readonly InputFeature[];
}

/** Builds a Dataset from plain rows, checking shapes and finiteness at the boundary. */
export function datasetFromRows(
  name: string,
  inputRows: readonly (readonly number[])[],
  targetRows: readonly (readonly number[])[],
  labels: readonly number[],
  featureNames: readonly string[],
  classNames: readonly string[],
): Dataset {
  const size = inputRows.length;
  if (targetRows.length !== size || labels.length !== size) {
    throw new RangeError(
      `${name}: ${size} input rows but ${targetRows.length} targets and ${labels.length} labels`,
    );
  }
  const inputSize = inputRows[0]?.length ?? featureNames.length;
  const targetSize = targetRows[0]?.length ?? 1;
  const inputs = new Float64Array(size * inputSize);
  const targets = new Float64Array(size * targetSize);
  for (let r = 0; r < size; r++) {
    const row = inputRows[r] as readonly number[];
    const target = targetRows[r] as readonly number[];
    if (row.length !== inputSize || target.length !== targetSize) {
      throw new RangeError(`${name}: row ${r} has the wrong number of values`);
    }
    for (let c = 0; c < inputSize; c++) {
      const value = row[c] as number;
      if (!Number.isFinite(value)) throw new RangeError(`${name}: row ${r} holds a non-number`);
      inputs[r * inputSize + c] = value;
    }
    for (let c = 0; c < targetSize; c++) targets[r * targetSize + c] = target[c] as number;
  }
  return {
    name,
    size,
    inputSize,
    targetSize,
    inputs,
    targets,
    labels: Int32Array.from(labels),
    featureNames,
    classNames,
  };
}
