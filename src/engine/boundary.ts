/**
 * The 'boundary' request: what a run's network predicts over the plane of its two inputs,
 * for the decision-boundary picture, plus the points it trains and validates on.
 *
 * A run on imported data (table-run.ts) trains on standardised inputs; its picture is drawn in
 * the table's own units (the grid is standardised before each prediction, the points are
 * turned back). A regression also gets its value map: the predicted value of every cell and
 * the true value of every point, both in the table's units (the network predicts standardised
 * values; they are turned back with the table's target scale). Its classes and confidence say
 * only which side of the mean a cell is on, for views that show classes.
 */
import type { Standardisation } from '../core/table-data';
import { copyModel } from './model-copy';
import type { AnswerOf, AskOf } from './request-protocol';
import type { EngineRun } from './run';
import type { BuiltTableRun } from './table-run';
import { fromModel, MAX_GRID_RESOLUTION, planeGrid } from './plane-grid';

export const MAX_BOUNDARY_RESOLUTION = MAX_GRID_RESOLUTION;

export function boundaryAnswer(
  run: EngineRun,
  command: AskOf<'boundary'>,
): { answer: AnswerOf<'boundary'>; transfer: ArrayBuffer[] } {
  const grid = planeGrid(run, command.resolution);
  const { resolution, ranges, sets, scale } = grid;
  const regression = run.table?.data.task === 'regression';
  const target = regression ? targetScaleOf(run) : null;
  const values = regression ? new Float64Array(resolution * resolution) : null;
  const copy = copyModel(run.built.model);
  const cells = resolution * resolution;
  const classes = new Int32Array(cells);
  const confidence = new Float64Array(cells);
  const input = new Float64Array(grid.features.length);
  const signed = run.built.train.targets.some((t) => t < 0);
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      grid.modelInput(row, column, input);
      const output = copy.predict(input);
      const cell = row * resolution + column;
      if (regression) {
        const value = output[0] as number;
        if (values !== null) values[cell] = toTableValue(value, target);
        classes[cell] = value >= 0 ? 1 : 0;
        confidence[cell] = 0.5 + 0.5 * Math.min(1, Math.abs(value) / 2);
      } else if (output.length === 1) {
        // A single output: a probability (or ±1 for tanh targets) of class 1.
        const p = signed ? ((output[0] as number) + 1) / 2 : (output[0] as number);
        classes[cell] = p > 0.5 ? 1 : 0;
        confidence[cell] = Math.min(1, Math.max(0, p > 0.5 ? p : 1 - p));
      } else {
        let best = 0;
        for (let k = 1; k < output.length; k++)
          if ((output[k] as number) > (output[best] as number)) best = k;
        classes[cell] = best;
        confidence[cell] = output[best] as number;
      }
    }
  }
  const total = sets.reduce((n, set) => n + set.size, 0);
  const points = new Float64Array(total * 2);
  const labels = new Int32Array(total);
  const isValidation = new Uint8Array(total);
  const pointValues = regression ? new Float64Array(total) : null;
  let k = 0;
  sets.forEach((set, setIndex) => {
    for (let s = 0; s < set.size; s++, k++) {
      points[2 * k] = fromModel(set.inputs[2 * s] as number, 0, scale);
      points[2 * k + 1] = fromModel(set.inputs[2 * s + 1] as number, 1, scale);
      labels[k] = regression
        ? (set.targets[s] as number) >= 0
          ? 1
          : 0
        : (set.labels[s] as number);
      isValidation[k] = setIndex;
      if (pointValues !== null) pointValues[k] = toTableValue(set.targets[s] as number, target);
    }
  });
  return {
    answer: {
      runId: run.id,
      resolution,
      ranges,
      classes,
      confidence,
      points,
      labels,
      isValidation,
      values,
      pointValues,
    },
    transfer: [
      classes.buffer,
      confidence.buffer,
      points.buffer,
      labels.buffer,
      isValidation.buffer,
      ...(values === null ? [] : [values.buffer]),
      ...(pointValues === null ? [] : [pointValues.buffer]),
    ],
  };
}

/** The target scale of a regression table run (null: the values are used as they are). */
function targetScaleOf(run: EngineRun): Standardisation | null {
  return 'prepared' in run.built ? (run.built as BuiltTableRun).prepared.targetScale : null;
}

/** A standardised prediction or target back in the table's units. */
function toTableValue(value: number, scale: Standardisation | null): number {
  return scale === null ? value : value * (scale.std[0] as number) + (scale.mean[0] as number);
}
