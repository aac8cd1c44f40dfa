/**
 * The worker's record of epoch summaries as parallel columns, one per metric (and the epoch
 * number where asked): the page's pending history (history.ts) and a run's every epoch
 * (full-history.ts) both keep them this way. A column is one Float64Array grown by doubling,
 * or a single number while every row so far has had that value (a validation loss without
 * validation data, a constant learning rate), so a long run pays only for what varies.
 */
import type { EpochSummary } from '../core/trainer';

/** The metrics of an epoch summary that are recorded, in the exports' column order. */
export const EPOCH_METRICS = [
  'trainLoss',
  'trainLossSum',
  'validationLoss',
  'trainAccuracy',
  'validationAccuracy',
  'gradientNorm',
  'learningRate',
] as const satisfies readonly (keyof EpochSummary)[];

export type EpochMetric = (typeof EPOCH_METRICS)[number];

/** One column: a single value while every row had it, then every row's value. */
export class Column {
  /** The value of every row so far, while `values` is null. */
  private constant = Number.NaN;
  private values: Float64Array | null = null;

  set(row: number, value: number, capacity: number): void {
    if (this.values === null) {
      if (row === 0) this.constant = value;
      if (Object.is(value, this.constant)) return;
      this.values = new Float64Array(capacity).fill(this.constant, 0, row);
    }
    this.values[row] = value;
  }

  grow(capacity: number, rows: number): void {
    if (this.values === null) return;
    const larger = new Float64Array(capacity);
    larger.set(this.values.subarray(0, rows));
    this.values = larger;
  }

  /** Rows 0 … rows − 1 as a copy of their own, or the one value they all had. */
  copy(rows: number): Float64Array | number {
    return this.values === null ? this.constant : this.values.slice(0, rows);
  }

  /** Rows 0 … rows − 1 as an array (a view of the column's own while it has one). */
  view(rows: number): Float64Array {
    return this.values === null
      ? new Float64Array(rows).fill(this.constant)
      : this.values.subarray(0, rows);
  }
}

export interface EpochColumnsOptions {
  /** Rows before the first growth. */
  readonly initialCapacity: number;
  /** Keep the summaries' epoch numbers as a column too (else a row's index is its epoch). */
  readonly epochColumn?: boolean;
  /** Doubling stops at this many rows (it goes one row at a time past it)… */
  readonly expectedRows?: number;
  /** …unless more are recorded, when it doubles on up to this many. */
  readonly maxRows?: number;
}

export class EpochColumns {
  readonly epoch: Column | null;
  readonly trainLoss = new Column();
  readonly trainLossSum = new Column();
  readonly validationLoss = new Column();
  readonly trainAccuracy = new Column();
  readonly validationAccuracy = new Column();
  readonly gradientNorm = new Column();
  readonly learningRate = new Column();
  private rows = 0;
  private capacity: number;
  private readonly expectedRows: number;
  private readonly maxRows: number;

  constructor(options: EpochColumnsOptions) {
    this.capacity = options.initialCapacity;
    this.epoch = options.epochColumn === true ? new Column() : null;
    this.expectedRows = options.expectedRows ?? Infinity;
    this.maxRows = options.maxRows ?? Infinity;
  }

  /** Rows recorded. */
  get size(): number {
    return this.rows;
  }

  push(summary: EpochSummary): void {
    if (this.rows === this.capacity) this.grow();
    // A statement per column: a loop over the names looks each one up by name, which costs
    // more than training the epoch when the article's neuron plays flat out.
    const { rows, capacity } = this;
    this.epoch?.set(rows, summary.epoch, capacity);
    this.trainLoss.set(rows, summary.trainLoss, capacity);
    this.trainLossSum.set(rows, summary.trainLossSum, capacity);
    this.validationLoss.set(rows, summary.validationLoss, capacity);
    this.trainAccuracy.set(rows, summary.trainAccuracy, capacity);
    this.validationAccuracy.set(rows, summary.validationAccuracy, capacity);
    this.gradientNorm.set(rows, summary.gradientNorm, capacity);
    this.learningRate.set(rows, summary.learningRate, capacity);
    this.rows++;
  }

  /** A column by name (the epoch numbers' only when they are kept). */
  column(name: 'epoch' | EpochMetric): Column {
    if (name !== 'epoch') return this[name];
    if (this.epoch === null) throw new Error('these columns keep no epoch numbers');
    return this.epoch;
  }

  /** Forgets the rows (the arrays stay, to be written over). */
  clear(): void {
    this.rows = 0;
  }

  private grow(): void {
    const limit = this.rows < this.expectedRows ? this.expectedRows : this.maxRows;
    const capacity = Math.max(this.rows + 1, Math.min(this.capacity * 2, limit));
    this.epoch?.grow(capacity, this.rows);
    for (const metric of EPOCH_METRICS) this[metric].grow(capacity, this.rows);
    this.capacity = capacity;
  }
}
