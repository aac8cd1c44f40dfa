/**
 * The 'boundary' request: what a run's network predicts over the plane of its two inputs,
 * for the decision-boundary picture, plus the points it trains and validates on.
 *
 * A run on imported data (table-run.ts) trains on standardised inputs; its picture is drawn in
 * the table's own units (the grid is standardised before each prediction, the points are
 * turned back). A regression's value map is drawn as two sides of the mean value: "class" 1
 * above it, 0 below, the confidence growing with the distance (two standard deviations: full).
 */
import type { Dataset } from '../core/dataset';
import type { Standardisation } from '../core/table-data';
import { copyModel } from './model-copy';
import type { AnswerOf, AskOf } from './request-protocol';
import type { EngineRun } from './run';
import type { BuiltTableRun } from './table-run';

export const MAX_BOUNDARY_RESOLUTION = 128;

export function boundaryAnswer(
  run: EngineRun,
  command: AskOf<'boundary'>,
): { answer: AnswerOf<'boundary'>; transfer: ArrayBuffer[] } {
  const { model, train, validation } = run.built;
  if (train.inputSize !== 2)
    throw new RangeError('a decision boundary needs a data set with two inputs');
  const resolution = Math.max(
    2,
    Math.min(MAX_BOUNDARY_RESOLUTION, Math.round(command.resolution) || 2),
  );
  const sets: Dataset[] = validation === null ? [train] : [train, validation];
  const scale = 'prepared' in run.built ? (run.built as BuiltTableRun).prepared.inputScale : null;
  const regression = run.table?.data.task === 'regression';
  const ranges = [extent(sets, 0, scale), extent(sets, 1, scale)] as const;
  const toModel = (value: number, c: number) =>
    scale === null ? value : (value - (scale.mean[c] as number)) / (scale.std[c] as number);
  const copy = copyModel(model);
  const cells = resolution * resolution;
  const classes = new Int32Array(cells);
  const confidence = new Float64Array(cells);
  const input = new Float64Array(2);
  const signed = train.targets.some((t) => t < 0);
  for (let row = 0; row < resolution; row++) {
    input[1] = toModel(ranges[1][0] + ((ranges[1][1] - ranges[1][0]) * row) / (resolution - 1), 1);
    for (let column = 0; column < resolution; column++) {
      input[0] = toModel(
        ranges[0][0] + ((ranges[0][1] - ranges[0][0]) * column) / (resolution - 1),
        0,
      );
      const output = copy.predict(input);
      const cell = row * resolution + column;
      if (regression) {
        const value = output[0] as number;
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
    },
    transfer: [
      classes.buffer,
      confidence.buffer,
      points.buffer,
      labels.buffer,
      isValidation.buffer,
    ],
  };
}

/** A standardised input back in the table's units (unchanged without a scale). */
function fromModel(value: number, feature: number, scale: Standardisation | null): number {
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
