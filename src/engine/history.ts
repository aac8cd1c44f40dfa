/**
 * A run's epoch summaries that have not been posted yet, as growable parallel columns. The
 * play loop adds one row per epoch; each snapshot takes the rows as a transferable chunk.
 */
import { keptIndices } from '../core/decimate';
import type { EpochSummary } from '../core/trainer';
import { EPOCH_METRICS, EpochColumns } from './columns';
import type { HistoryChunk } from './protocol';
import type { TransferList } from './transfer';

/** A chunk's columns: the epoch numbers, then the metrics. */
const COLUMNS = ['epoch', ...EPOCH_METRICS] as const satisfies readonly (keyof HistoryChunk)[];

type ColumnName = (typeof COLUMNS)[number];

const INITIAL_CAPACITY = 64;
/** A chunk longer than this is thinned before it is posted (a run at full speed). */
export const MAX_CHUNK_ROWS = 1024;
/**
 * The newest rows of a thinned chunk are always sent exactly, and the older ones as this many
 * buckets. A thinned chunk is then at most 32 + 3 × 32 rows: six runs racing flat out post
 * about 50 chunks a second each, and every row costs the page seven history pushes. At 128 +
 * 3 × 128 rows the page took in about 75,000 rows a second, and a frame that took in a few
 * chunks at once became a long task; the chart draws 300 points a line either way.
 */
export const EXACT_TAIL_ROWS = 32;
export const THINNING_BUCKETS = 32;
/**
 * A run's first epochs are always sent exactly (the page keeps them exactly too): the outcome
 * labels date what happened there, such as where a loss settled.
 */
export const EXACT_HEAD_EPOCHS = 1024;

export class HistoryBuffer {
  private readonly columns = new EpochColumns({
    initialCapacity: INITIAL_CAPACITY,
    epochColumn: true,
  });

  /** Rows waiting for the next snapshot. */
  get size(): number {
    return this.columns.size;
  }

  push(summary: EpochSummary): void {
    this.columns.push(summary);
  }

  clear(): void {
    this.columns.clear();
  }

  /**
   * Moves the waiting rows into a chunk of fresh arrays and empties the buffer. At full speed
   * a chunk can hold thousands of epochs, far more than a chart can show and than the page
   * should ingest per frame: the older rows are then thinned by the lab's rule
   * (core/decimate.ts) on the training loss, so extremes and the point of divergence
   * survive; the newest rows, and a run's first EXACT_HEAD_EPOCHS, stay exact.
   */
  take(transfer: TransferList): HistoryChunk {
    const count = this.columns.size;
    const rows =
      count <= MAX_CHUNK_ROWS
        ? null
        : thinnedRows(
            this.columns.trainLoss.view(count),
            this.columns.column('epoch').view(count),
            count,
          );
    const chunk = {} as Record<ColumnName, Float64Array>;
    for (const name of COLUMNS) {
      const values = this.columns.column(name).view(count);
      chunk[name] =
        rows === null
          ? transfer.copy(values)
          : transfer.copy(Array.from(rows, (row) => values[row] as number));
    }
    this.columns.clear();
    return chunk;
  }
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
