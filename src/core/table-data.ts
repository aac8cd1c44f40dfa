/**
 * Data brought into the lab from outside (a CSV file, the Palmer penguins): two input
 * columns and a label, kept in their own units, and the step that turns them into a
 * training Dataset. Inputs are standardised for training (each column to mean 0 and
 * standard deviation 1) because measurements such as a body mass in grams would otherwise
 * swamp the other input and stall gradient descent. The standardisation is kept as data, so
 * plots can show the original units and an exported model can apply it to new points.
 */
import { datasetFromRows, type Dataset } from './dataset';

export type TaskKind = 'classification' | 'regression';

/** At most this many classes: label 0 to 4. */
export const MAX_TABLE_CLASSES = 5;

export interface TableData {
  readonly task: TaskKind;
  /** The names of the two input columns, e.g. ["x1", "x2"] or ["beak length (mm)", …]. */
  readonly featureNames: readonly string[];
  readonly labelName: string;
  readonly size: number;
  /** size × featureNames.length numbers, row-major, in the source's units. */
  readonly inputs: Float64Array;
  /** The class index (classification) or the value to predict (regression) of each row. */
  readonly labels: Float64Array;
  /** One name per class, class 0 first (empty for regression). */
  readonly classNames: readonly string[];
}

/** x ↦ (x − mean) / std, per column. */
export interface Standardisation {
  readonly mean: readonly number[];
  readonly std: readonly number[];
}

/** A training Dataset built from a table, with the scales needed to undo the standardisation. */
export interface PreparedTable {
  readonly dataset: Dataset;
  readonly inputScale: Standardisation;
  /** Regression only: the target's scale (the network predicts standardised values). */
  readonly targetScale: Standardisation | null;
}

/** The mean and (population) standard deviation of each of `width` columns. */
export function fitStandardisation(values: ArrayLike<number>, width: number): Standardisation {
  const rows = Math.floor(values.length / width);
  const mean: number[] = [];
  const std: number[] = [];
  for (let c = 0; c < width; c++) {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += values[r * width + c] as number;
    const m = rows > 0 ? sum / rows : 0;
    let squares = 0;
    for (let r = 0; r < rows; r++) squares += ((values[r * width + c] as number) - m) ** 2;
    const s = rows > 0 ? Math.sqrt(squares / rows) : 0;
    mean.push(m);
    // A constant column carries no information; dividing by 1 keeps it finite (all zeros).
    std.push(s > 0 && Number.isFinite(s) ? s : 1);
  }
  return { mean, std };
}

/** The identity: for data that is used as it is. */
export function noStandardisation(width: number): Standardisation {
  return { mean: new Array<number>(width).fill(0), std: new Array<number>(width).fill(1) };
}

/** A standardised copy of `values` (row-major, `scale.mean.length` columns). */
export function standardise(values: ArrayLike<number>, scale: Standardisation): Float64Array {
  const width = scale.mean.length;
  const out = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) {
    const c = k % width;
    out[k] = ((values[k] as number) - (scale.mean[c] as number)) / (scale.std[c] as number);
  }
  return out;
}

/** The number of classes a classification table uses: its largest label + 1. */
export function tableClassCount(table: TableData): number {
  let largest = 0;
  for (const label of table.labels) largest = Math.max(largest, label);
  return largest + 1;
}

function oneHot(label: number, classes: number): number[] {
  const row = new Array<number>(classes).fill(0);
  row[label] = 1;
  return row;
}

/**
 * The table as a training Dataset: standardised inputs; for classification a single 0/1
 * target with two classes and one-hot targets with more; for regression the standardised
 * value (labels are all 0, so the trainer's accuracy means nothing there).
 */
export function prepareTable(table: TableData, name: string): PreparedTable {
  const width = table.featureNames.length;
  const inputScale = fitStandardisation(table.inputs, width);
  const inputs = standardise(table.inputs, inputScale);
  const inputRows = Array.from({ length: table.size }, (_, r) =>
    Array.from(inputs.subarray(r * width, (r + 1) * width)),
  );
  if (table.task === 'regression') {
    const targetScale = fitStandardisation(table.labels, 1);
    const targets = standardise(table.labels, targetScale);
    const dataset = datasetFromRows(
      name,
      inputRows,
      Array.from(targets, (t) => [t]),
      new Array<number>(table.size).fill(0),
      table.featureNames,
      [],
    );
    return { dataset, inputScale, targetScale };
  }
  const classes = tableClassCount(table);
  const labels = Array.from(table.labels);
  const targets = labels.map((label) => (classes > 2 ? oneHot(label, classes) : [label]));
  const classNames = table.classNames.slice(0, classes);
  const dataset = datasetFromRows(name, inputRows, targets, labels, table.featureNames, classNames);
  return { dataset, inputScale, targetScale: null };
}
