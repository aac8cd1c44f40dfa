/**
 * A run's epoch summaries that have not been posted yet, as growable parallel columns. The
 * play loop adds one row per epoch; each snapshot takes the rows as a transferable chunk.
 */
import { keptIndices } from '../core/decimate';
import type { EpochSummary } from '../core/trainer';
import type { HistoryChunk } from './protocol';
import type { TransferList } from './transfer';

const COLUMNS = [
  'epoch',
  'trainLoss',
  'trainLossSum',
  'validationLoss',
  'trainAccuracy',
  'validationAccuracy',
  'gradientNorm',
  'learningRate',
] as const satisfies readonly (keyof HistoryChunk & keyof EpochSummary)[];

type Column = (typeof COLUMNS)[number];

const INITIAL_CAPACITY = 64;
/** A chunk longer than this is thinned before it is posted (a run at full speed). */
export const MAX_CHUNK_ROWS = 1024;
/**
 * The newest rows of a thinned chunk are always sent exactly, and the older ones as this many
 * buckets. A thinned chunk is then at most 128 + 3 × 128 rows: six runs racing flat out post
 * about 50 chunks a second each, and every row costs the page seven history pushes.
 */
export const EXACT_TAIL_ROWS = 128;
export const THINNING_BUCKETS = 128;
/**
 * A run's first epochs are always sent exactly (the page keeps them exactly too): the outcome
 * labels date what happened there, such as where a loss settled.
 */
export const EXACT_HEAD_EPOCHS = 1024;

export class HistoryBuffer {
  private columns = allocate(INITIAL_CAPACITY);
  private rows = 0;

  /** Rows waiting for the next snapshot. */
  get size(): number {
    return this.rows;
  }

  push(summary: EpochSummary): void {
    if (this.rows === this.columns.epoch.length) this.grow();
    // A statement per column: a loop over the names looks each one up by name, which costs
    // more than training the epoch when the article's neuron plays flat out.
    const columns = this.columns;
    const row = this.rows;
    columns.epoch[row] = summary.epoch;
    columns.trainLoss[row] = summary.trainLoss;
    columns.trainLossSum[row] = summary.trainLossSum;
    columns.validationLoss[row] = summary.validationLoss;
    columns.trainAccuracy[row] = summary.trainAccuracy;
    columns.validationAccuracy[row] = summary.validationAccuracy;
    columns.gradientNorm[row] = summary.gradientNorm;
    columns.learningRate[row] = summary.learningRate;
    this.rows++;
  }

  clear(): void {
    this.rows = 0;
  }

  /**
   * Moves the waiting rows into a chunk of fresh arrays and empties the buffer. At full speed
   * a chunk can hold thousands of epochs, far more than a chart can show and than the page
   * should ingest per frame: the older rows are then thinned by the lab's rule
   * (core/decimate.ts) on the training loss, so extremes and the point of divergence
   * survive; the newest rows, and a run's first EXACT_HEAD_EPOCHS, stay exact.
   */
  take(transfer: TransferList): HistoryChunk {
    const rows =
      this.rows <= MAX_CHUNK_ROWS
        ? null
        : thinnedRows(this.columns.trainLoss, this.columns.epoch, this.rows);
    const chunk = {} as Record<Column, Float64Array>;
    for (const column of COLUMNS) {
      const values = this.columns[column];
      chunk[column] =
        rows === null
          ? transfer.copy(values.subarray(0, this.rows))
          : transfer.copy(Array.from(rows, (row) => values[row] as number));
    }
    this.rows = 0;
    return chunk;
  }

  private grow(): void {
    const larger = allocate(this.columns.epoch.length * 2);
    for (const column of COLUMNS) larger[column].set(this.columns[column]);
    this.columns = larger;
  }
}

function allocate(capacity: number): Record<Column, Float64Array> {
  const columns = {} as Record<Column, Float64Array>;
  for (const column of COLUMNS) columns[column] = new Float64Array(capacity);
  return columns;
}

/** Row indices to keep from `count` rows: an exact head, per-bucket kept rows, an exact tail. */
function thinnedRows(loss: Float64Array, epochs: Float64Array, count: number): Int32Array {
  const kept: number[] = [];
  let from = 0;
  while (from < count && (epochs[from] as number) < EXACT_HEAD_EPOCHS) kept.push(from++);
  const tailFrom = Math.max(from, count - EXACT_TAIL_ROWS);
  const size = Math.ceil((tailFrom - from) / THINNING_BUCKETS);
  for (let start = from; start < tailFrom; start += size) {
    kept.push(...keptIndices(loss, start, Math.min(tailFrom, start + size)));
  }
  for (let row = tailFrom; row < count; row++) kept.push(row);
  return Int32Array.from(kept);
}
