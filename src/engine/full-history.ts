/**
 * Every epoch of a run, kept in the worker for lossless exports: the page's history is thinned
 * (store/history.ts), this one never is. A run of 10,000,000 epochs must fit, so each metric
 * is one Float64Array grown by doubling (columns.ts; never past the run's epoch count), and a metric that
 * has had the same value at every epoch so far (a validation loss without validation data, a
 * constant learning rate) is kept as that one value. The article's neuron varies in four
 * metrics: 32 bytes an epoch.
 */
import type { EpochSummary } from '../core/trainer';
import { MAX_EPOCHS } from '../settings/schema';
import { EPOCH_METRICS, EpochColumns } from './columns';

/** The metrics of an epoch that an export writes, in its column order after `epoch`. */
export const FULL_HISTORY_METRICS = EPOCH_METRICS;

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

export class FullHistoryBuffer {
  private readonly columns: EpochColumns;

  /** `epochs`: how many epochs the run can have; the arrays never grow past it. */
  constructor(epochs: number = MAX_FULL_HISTORY_EPOCHS) {
    this.columns = new EpochColumns({
      initialCapacity: Math.min(INITIAL_CAPACITY, Math.max(1, epochs)),
      // Past the run's own epoch count only if asked to (the run was given more epochs).
      expectedRows: epochs,
      maxRows: MAX_FULL_HISTORY_EPOCHS,
    });
  }

  /** Epochs recorded. */
  get size(): number {
    return this.columns.size;
  }

  /**
   * Records the epoch after the last one recorded (epochs count from 0). An epoch out of
   * order means the caller lost track: it is a bug, so it throws.
   */
  push(summary: EpochSummary): void {
    if (summary.epoch !== this.columns.size) {
      throw new RangeError(`expected epoch ${this.columns.size}, got ${summary.epoch}`);
    }
    this.columns.push(summary);
  }

  /** A copy of every epoch recorded (the buffer keeps recording into its own arrays). */
  snapshot(): FullHistory {
    const epochs = this.columns.size;
    const metrics = {} as Record<FullHistoryMetric, Float64Array | number>;
    for (const metric of FULL_HISTORY_METRICS) {
      metrics[metric] = this.columns.column(metric).copy(epochs);
    }
    return { epochs, metrics };
  }
}
