/**
 * Every epoch of a run, kept in the worker for lossless exports: the page's history is thinned
 * (store/history.ts), this one never is. A run of 10,000,000 epochs must fit, so each metric
 * is one Float64Array grown by doubling (never past the run's epoch count), and a metric that
 * has had the same value at every epoch so far (a validation loss without validation data, a
 * constant learning rate) is kept as that one value. The article's neuron varies in four
 * metrics: 32 bytes an epoch.
 */
import type { EpochSummary } from '../core/trainer';
import { MAX_EPOCHS } from '../settings/schema';

/** The metrics of an epoch that an export writes, in its column order after `epoch`. */
export const FULL_HISTORY_METRICS = [
  'trainLoss',
  'trainLossSum',
  'validationLoss',
  'trainAccuracy',
  'validationAccuracy',
  'gradientNorm',
  'learningRate',
] as const satisfies readonly (keyof EpochSummary)[];

export type FullHistoryMetric = (typeof FULL_HISTORY_METRICS)[number];

/** The most epochs a run can have in the lab or the command line (the settings schema's). */
export const MAX_FULL_HISTORY_EPOCHS = MAX_EPOCHS;

/**
 * A run's epochs 0 … epochs − 1, as the worker hands them to the page (structured-cloneable;
 * the arrays can be transferred). A metric is its per-epoch values, or one number when it had
 * that value at every epoch.
 */
export interface FullHistory {
  readonly epochs: number;
  readonly metrics: Readonly<Record<FullHistoryMetric, Float64Array | number>>;
}

/** A metric's value at an epoch of the history (0 ≤ epoch < history.epochs). */
export function fullHistoryValue(
  history: FullHistory,
  metric: FullHistoryMetric,
  epoch: number,
): number {
  const values = history.metrics[metric];
  return typeof values === 'number' ? values : (values[epoch] as number);
}

/** The typed arrays of a history, for a transfer list. */
export function fullHistoryBuffers(history: FullHistory): ArrayBuffer[] {
  return Object.values(history.metrics).flatMap((values) =>
    typeof values === 'number' ? [] : [values.buffer as ArrayBuffer],
  );
}

const INITIAL_CAPACITY = 1024;

/** One metric: a single value while every epoch had it, then every epoch's value. */
class MetricColumn {
  /** The value of every epoch so far, while `values` is null. */
  constant = Number.NaN;
  values: Float64Array | null = null;

  set(epoch: number, value: number, capacity: number): void {
    if (this.values === null) {
      if (epoch === 0) this.constant = value;
      if (Object.is(value, this.constant)) return;
      this.values = new Float64Array(capacity).fill(this.constant, 0, epoch);
    }
    this.values[epoch] = value;
  }

  grow(capacity: number, length: number): void {
    if (this.values === null) return;
    const larger = new Float64Array(capacity);
    larger.set(this.values.subarray(0, length));
    this.values = larger;
  }
}

export class FullHistoryBuffer {
  private readonly columns = {} as Record<FullHistoryMetric, MetricColumn>;
  private length = 0;
  private capacity: number;

  /** `epochs`: how many epochs the run can have; the arrays never grow past it. */
  constructor(private readonly epochs: number = MAX_FULL_HISTORY_EPOCHS) {
    this.capacity = Math.min(INITIAL_CAPACITY, Math.max(1, epochs));
    for (const metric of FULL_HISTORY_METRICS) this.columns[metric] = new MetricColumn();
  }

  /** Epochs recorded. */
  get size(): number {
    return this.length;
  }

  /**
   * Records the epoch after the last one recorded (epochs count from 0). An epoch out of
   * order means the caller lost track: it is a bug, so it throws.
   */
  push(summary: EpochSummary): void {
    if (summary.epoch !== this.length) {
      throw new RangeError(`expected epoch ${this.length}, got ${summary.epoch}`);
    }
    if (this.length === this.capacity) this.grow();
    // A statement per metric: a loop over the names looks each one up by name, which costs
    // more than training the epoch when the article's neuron plays flat out.
    const { columns, length, capacity } = this;
    columns.trainLoss.set(length, summary.trainLoss, capacity);
    columns.trainLossSum.set(length, summary.trainLossSum, capacity);
    columns.validationLoss.set(length, summary.validationLoss, capacity);
    columns.trainAccuracy.set(length, summary.trainAccuracy, capacity);
    columns.validationAccuracy.set(length, summary.validationAccuracy, capacity);
    columns.gradientNorm.set(length, summary.gradientNorm, capacity);
    columns.learningRate.set(length, summary.learningRate, capacity);
    this.length++;
  }

  /** A copy of every epoch recorded (the buffer keeps recording into its own arrays). */
  snapshot(): FullHistory {
    const metrics = {} as Record<FullHistoryMetric, Float64Array | number>;
    for (const metric of FULL_HISTORY_METRICS) {
      const { values, constant } = this.columns[metric];
      metrics[metric] = values === null ? constant : values.slice(0, this.length);
    }
    return { epochs: this.length, metrics };
  }

  private grow(): void {
    // Past the run's own epoch count only if asked to (the run was given more epochs).
    const limit = this.length < this.epochs ? this.epochs : MAX_FULL_HISTORY_EPOCHS;
    const capacity = Math.max(this.length + 1, Math.min(this.capacity * 2, limit));
    for (const metric of FULL_HISTORY_METRICS) this.columns[metric].grow(capacity, this.length);
    this.capacity = capacity;
  }
}
