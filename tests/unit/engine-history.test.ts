// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  EXACT_HEAD_EPOCHS,
  EXACT_TAIL_ROWS,
  HistoryBuffer,
  MAX_CHUNK_ROWS,
  THINNING_BUCKETS,
} from '../../src/engine/history';
import { TransferList } from '../../src/engine/transfer';
import type { EpochSummary } from '../../src/core/trainer';

function summary(epoch: number, trainLoss: number): EpochSummary {
  return {
    epoch,
    trainLoss,
    trainLossSum: trainLoss * 4,
    validationLoss: NaN,
    trainAccuracy: 0.5,
    validationAccuracy: NaN,
    gradientNorm: 1,
    learningRate: 0.1,
    updates: epoch,
    status: 'running',
  };
}

describe('HistoryBuffer', () => {
  it('sends short chunks exactly', () => {
    const buffer = new HistoryBuffer();
    for (let e = 0; e < MAX_CHUNK_ROWS; e++) buffer.push(summary(e, 1 / (e + 1)));
    const chunk = buffer.take(new TransferList());
    expect(Array.from(chunk.epoch)).toEqual(Array.from({ length: MAX_CHUNK_ROWS }, (_, e) => e));
    expect(buffer.size).toBe(0);
  });

  it('thins a full-speed chunk but keeps extremes, a NaN and an exact recent tail', () => {
    const buffer = new HistoryBuffer();
    const n = 20_000;
    const loss = (e: number) =>
      e === 7777 ? 50 : e === 12_345 ? NaN : e === 3000 ? -1 : 1 / (e + 1);
    for (let e = 0; e < n; e++) buffer.push(summary(e, loss(e)));
    const chunk = buffer.take(new TransferList());
    expect(chunk.epoch.length).toBeLessThanOrEqual(
      EXACT_HEAD_EPOCHS + EXACT_TAIL_ROWS + 3 * THINNING_BUCKETS,
    );
    const epochs = Array.from(chunk.epoch);
    // A run's first epochs are sent whole.
    expect(epochs.slice(0, EXACT_HEAD_EPOCHS)).toEqual(
      Array.from({ length: EXACT_HEAD_EPOCHS }, (_, e) => e),
    );
    expect(epochs).toEqual([...epochs].sort((a, b) => a - b));
    expect(epochs).toContain(7777);
    expect(epochs).toContain(12_345);
    expect(epochs).toContain(3000);
    expect(epochs.slice(-EXACT_TAIL_ROWS)).toEqual(
      Array.from({ length: EXACT_TAIL_ROWS }, (_, k) => n - EXACT_TAIL_ROWS + k),
    );
    // Later chunks of the same run are thinned from their first row.
    for (let e = n; e < 2 * n; e++) buffer.push(summary(e, 1 / (e + 1)));
    const later = Array.from(buffer.take(new TransferList()).epoch);
    expect(later.length).toBeLessThanOrEqual(EXACT_TAIL_ROWS + 3 * THINNING_BUCKETS);
    // Every column comes from the same epochs.
    epochs.forEach((epoch, k) => expect(Object.is(chunk.trainLoss[k], loss(epoch))).toBe(true));
  });
});
