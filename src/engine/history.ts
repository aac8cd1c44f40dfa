/**
 * A run's epoch summaries that have not been posted yet, as growable parallel columns. The
 * play loop adds one row per epoch; each snapshot takes the rows as a transferable chunk.
 */
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

export class HistoryBuffer {
  private columns = allocate(INITIAL_CAPACITY);
  private rows = 0;

  /** Rows waiting for the next snapshot. */
  get size(): number {
    return this.rows;
  }

  push(summary: EpochSummary): void {
    if (this.rows === this.columns.epoch.length) this.grow();
    for (const column of COLUMNS) this.columns[column][this.rows] = summary[column];
    this.rows++;
  }

  clear(): void {
    this.rows = 0;
  }

  /** Moves the waiting rows into a chunk of fresh arrays and empties the buffer. */
  take(transfer: TransferList): HistoryChunk {
    const chunk = {} as Record<Column, Float64Array>;
    for (const column of COLUMNS) {
      chunk[column] = transfer.copy(this.columns[column].subarray(0, this.rows));
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
