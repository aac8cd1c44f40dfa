/**
 * Loss landscapes: the loss over a grid of two chosen parameters with all others held at
 * their current values, and a designed two-valley surface on which optimisers can race.
 */
import type { Dataset } from './dataset';
import type { LossName } from './losses';
import type { Mlp } from './mlp';
import { Optimizer, type OptimizerSettings } from './optimizers';

export type AxisRange = readonly [number, number];

/** The value of grid cell `k` of `resolution` cells spanning `range` (cell centres at the ends). */
export function gridCoordinate(range: AxisRange, resolution: number, k: number): number {
  return resolution === 1 ? range[0] : range[0] + ((range[1] - range[0]) * k) / (resolution - 1);
}

/**
 * Mean loss over `data` for every (params[axes[0]], params[axes[1]]) on a grid.
 * Row r, column c of the result (index r·resolution + c) holds axis 0 at column c and
 * axis 1 at row r. The model's parameters are restored afterwards.
 */
export function lossGrid(
  model: Mlp,
  data: Dataset,
  loss: LossName,
  axes: readonly [number, number],
  ranges: readonly [AxisRange, AxisRange],
  resolution: number,
): Float64Array {
  const [a, b] = axes;
  if (a === b || a < 0 || b < 0 || a >= model.params.length || b >= model.params.length) {
    throw new RangeError(`landscape axes must be two different parameters, got ${a} and ${b}`);
  }
  if (!Number.isInteger(resolution) || resolution < 2 || resolution > 512) {
    throw new RangeError(
      `landscape resolution must be a whole number from 2 to 512, got ${resolution}`,
    );
  }
  const params = model.params;
  const keptA = params[a] as number;
  const keptB = params[b] as number;
  const values = new Float64Array(resolution * resolution);
  for (let row = 0; row < resolution; row++) {
    params[b] = gridCoordinate(ranges[1], resolution, row);
    for (let column = 0; column < resolution; column++) {
      params[a] = gridCoordinate(ranges[0], resolution, column);
      values[row * resolution + column] = meanLoss(model, data, loss);
    }
  }
  params[a] = keptA;
  params[b] = keptB;
  return values;
}

/** Mean loss of the model over a data set, without dropout. */
export function meanLoss(model: Mlp, data: Dataset, loss: LossName): number {
  let total = 0;
  for (let s = 0; s < data.size; s++) {
    model.forward(data.inputs, s * data.inputSize, null);
    total += model.loss(loss, data.targets, s * data.targetSize);
  }
  return total / data.size;
}

/**
 * A designed surface with a shallow local valley and a deeper global one, plus a gentle
 * bowl that keeps every path bounded: f(x, y) = 0.05(x² + y²) − 1.0·g(x − 1.5, y − 1, 1.0)
 * − 0.6·g(x + 1.5, y + 0.8, 0.6) + 1.2, with g(u, v, s) = exp(−(u² + v²)/s).
 */
export const twoValleySurface = {
  range: [-4, 4] as AxisRange,
  globalMinimumNear: [1.5, 1] as const,
  localMinimumNear: [-1.5, -0.8] as const,
  value(x: number, y: number): number {
    return (
      1.2 + 0.05 * (x * x + y * y) - well(x - 1.5, y - 1, 1.0) - 0.6 * well(x + 1.5, y + 0.8, 0.6)
    );
  },
  /** Writes ∂f/∂x and ∂f/∂y into `out`. */
  gradient(x: number, y: number, out: Float64Array): void {
    const g1 = well(x - 1.5, y - 1, 1.0);
    const g2 = 0.6 * well(x + 1.5, y + 0.8, 0.6);
    out[0] = 0.1 * x + (2 * (x - 1.5) * g1) / 1.0 + (2 * (x + 1.5) * g2) / 0.6;
    out[1] = 0.1 * y + (2 * (y - 1) * g1) / 1.0 + (2 * (y + 0.8) * g2) / 0.6;
  },
};

function well(u: number, v: number, spread: number): number {
  return Math.exp(-(u * u + v * v) / spread);
}

/** Grid of the designed surface, laid out like `lossGrid`. */
export function surfaceGrid(
  resolution: number,
  range: AxisRange = twoValleySurface.range,
): Float64Array {
  const values = new Float64Array(resolution * resolution);
  for (let row = 0; row < resolution; row++) {
    const y = gridCoordinate(range, resolution, row);
    for (let column = 0; column < resolution; column++) {
      values[row * resolution + column] = twoValleySurface.value(
        gridCoordinate(range, resolution, column),
        y,
      );
    }
  }
  return values;
}

/**
 * Runs an optimiser on the designed surface from `start`; returns the path as
 * [x0, y0, x1, y1, …] with `steps + 1` points (fewer if it leaves the finite numbers).
 */
export function descendSurface(
  start: readonly [number, number],
  settings: OptimizerSettings,
  learningRate: number,
  steps: number,
): Float64Array {
  const point = new Float64Array(start);
  const gradient = new Float64Array(2);
  const optimizer = new Optimizer(2, settings);
  const isWeight = new Uint8Array([1, 1]);
  const path = new Float64Array((steps + 1) * 2);
  path[0] = start[0];
  path[1] = start[1];
  let k = 0;
  for (; k < steps; k++) {
    twoValleySurface.gradient(point[0] as number, point[1] as number, gradient);
    optimizer.step(point, gradient, learningRate, 1, isWeight);
    if (!Number.isFinite(point[0] as number) || !Number.isFinite(point[1] as number)) break;
    path[2 * k + 2] = point[0] as number;
    path[2 * k + 3] = point[1] as number;
  }
  return path.subarray(0, 2 * (k + 1));
}
