/**
 * Two built-in regression tables for the lab: points spread evenly over the square
 * [-5, 5] × [-5, 5] and a value y to predict at each, with Gaussian noise on y.
 *
 * - 'plane': y = 1.5·x1 − 0.8·x2 + 2, a flat slope that even a network without hidden layers
 *   fits exactly;
 * - 'bumps': a hill, a hollow and a smaller hill (Gaussian bumps of different signs and widths),
 *   which needs hidden neurons and, with few points, is easy to overfit.
 *
 * They are returned as TableData, so they go through the same pipeline as an imported CSV
 * (standardisation, squared error, exports, added points). The functions are fixed; the seed
 * only chooses where the points fall and what noise they get, so a seed reproduces the table.
 */
import { MAX_CSV_ROWS } from './csv-data';
import { Rng } from './rng';
import type { TableData } from './table-data';

export const REGRESSION_SETS = ['plane', 'bumps'] as const;
export type RegressionSetName = (typeof REGRESSION_SETS)[number];

export function isRegressionSet(name: string): name is RegressionSetName {
  return (REGRESSION_SETS as readonly string[]).includes(name);
}

/** Half the side of the square the points fill: x1 and x2 lie in [-EXTENT, EXTENT). */
export const REGRESSION_EXTENT = 5;
/** Rows a table may have: as many as an imported CSV. */
export const REGRESSION_SIZE_RANGE = { min: 1, max: MAX_CSV_ROWS } as const;
/** The noise is the standard deviation added to y, in y's own units. */
export const REGRESSION_NOISE_RANGE = { min: 0, max: 10 } as const;

interface Bump {
  readonly height: number;
  readonly x1: number;
  readonly x2: number;
  /** Standard deviation of the bump, the same along both inputs. */
  readonly width: number;
}

const BUMPS: readonly Bump[] = [
  { height: 3, x1: -2, x2: 1.5, width: 1.5 },
  { height: -2.5, x1: 2, x2: -1.5, width: 1.8 },
  { height: 1.5, x1: 2, x2: 3, width: 1 },
];

/** The noiseless value of a set at (x1, x2). */
export function regressionTruth(name: RegressionSetName, x1: number, x2: number): number {
  switch (name) {
    case 'plane':
      return 1.5 * x1 - 0.8 * x2 + 2;
    case 'bumps':
      return BUMPS.reduce(
        (sum, b) =>
          sum + b.height * Math.exp(-((x1 - b.x1) ** 2 + (x2 - b.x2) ** 2) / (2 * b.width ** 2)),
        0,
      );
  }
}

export interface RegressionOptions {
  readonly seed: number;
  readonly size: number;
  /** Standard deviation of the Gaussian noise on y (0: exact values). */
  readonly noise: number;
}

/**
 * The table of a set: `size` rows of x1, x2 uniform in the square and y = truth + noise.
 * Throws a RangeError for a size or noise outside their ranges (the lab's fields stay inside).
 */
export function regressionTable(name: RegressionSetName, options: RegressionOptions): TableData {
  const { seed, size, noise } = options;
  if (
    !Number.isInteger(size) ||
    size < REGRESSION_SIZE_RANGE.min ||
    size > REGRESSION_SIZE_RANGE.max
  )
    throw new RangeError(
      `${name}: size must be a whole number from ${REGRESSION_SIZE_RANGE.min} to ${REGRESSION_SIZE_RANGE.max}, got ${size}`,
    );
  if (!(noise >= REGRESSION_NOISE_RANGE.min && noise <= REGRESSION_NOISE_RANGE.max))
    throw new RangeError(
      `${name}: noise must be from ${REGRESSION_NOISE_RANGE.min} to ${REGRESSION_NOISE_RANGE.max}, got ${noise}`,
    );
  const rng = new Rng(seed);
  const inputs = new Float64Array(2 * size);
  const labels = new Float64Array(size);
  for (let r = 0; r < size; r++) {
    const x1 = rng.uniform(-REGRESSION_EXTENT, REGRESSION_EXTENT);
    const x2 = rng.uniform(-REGRESSION_EXTENT, REGRESSION_EXTENT);
    inputs[2 * r] = x1;
    inputs[2 * r + 1] = x2;
    // Always draw, so the points of a seed stay where they are whatever the noise.
    labels[r] = regressionTruth(name, x1, x2) + noise * rng.normal();
  }
  return {
    task: 'regression',
    featureNames: ['x1', 'x2'],
    labelName: 'y',
    size,
    inputs,
    labels,
    classNames: [],
  };
}
