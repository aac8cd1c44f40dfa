// @vitest-environment node
/**
 * The growable columns that the pending history (engine/history.ts) and the full history
 * (engine/full-history.ts) share: a column kept as one value while every row had it must
 * still give back every row, across growths and after the rows are taken and cleared.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpochSummary } from '../../src/core/trainer';
import { EPOCH_METRICS, EpochColumns } from '../../src/engine/columns';
import { HistoryBuffer } from '../../src/engine/history';
import { TransferList } from '../../src/engine/transfer';

/** A metric value: mostly repeats (so columns start constant), sometimes anything. */
const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 1, NaN) },
  { weight: 1, arbitrary: fc.oneof(fc.double(), fc.constantFrom(-0, Infinity, -Infinity)) },
);
const row = fc.array(value, { minLength: 7, maxLength: 7 });

function summary(epoch: number, values: readonly number[]): EpochSummary {
  const metrics = Object.fromEntries(EPOCH_METRICS.map((m, k) => [m, values[k]]));
  return { ...metrics, epoch, updates: epoch, status: 'running' } as EpochSummary;
}

describe('EpochColumns', () => {
  it('gives back every row of every column, bit for bit, however it grew', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 80 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 40 }),
        (rows, initialCapacity, expectedRows) => {
          const columns = new EpochColumns({ initialCapacity, expectedRows, epochColumn: true });
          rows.forEach((values, epoch) => columns.push(summary(epoch, values)));
          expect(columns.size).toBe(rows.length);
          expect(Array.from(columns.column('epoch').view(rows.length))).toEqual(
            rows.map((_, epoch) => epoch),
          );
          EPOCH_METRICS.forEach((metric, k) => {
            const view = columns.column(metric).view(rows.length);
            const copy = columns.column(metric).copy(rows.length);
            rows.forEach((values, r) => {
              expect(Object.is(view[r], values[k])).toBe(true);
              const copied = typeof copy === 'number' ? copy : copy[r];
              expect(Object.is(copied, values[k])).toBe(true);
            });
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('has no epoch column unless asked for one', () => {
    expect(() => new EpochColumns({ initialCapacity: 4 }).column('epoch')).toThrow();
  });
});

describe('HistoryBuffer over several chunks', () => {
  it('gives back each chunk exactly, a column constant in one chunk and not the next', () => {
    fc.assert(
      fc.property(fc.array(fc.array(row, { maxLength: 150 }), { maxLength: 5 }), (chunks) => {
        const buffer = new HistoryBuffer();
        let epoch = 0;
        for (const rows of chunks) {
          const first = epoch;
          rows.forEach((values) => buffer.push(summary(epoch++, values)));
          const chunk = buffer.take(new TransferList());
          expect(Array.from(chunk.epoch)).toEqual(rows.map((_, r) => first + r));
          EPOCH_METRICS.forEach((metric, k) => {
            expect(chunk[metric]).toHaveLength(rows.length);
            rows.forEach((values, r) => expect(Object.is(chunk[metric][r], values[k])).toBe(true));
          });
        }
      }),
      { numRuns: 100 },
    );
  });
});
