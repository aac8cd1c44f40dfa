// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpochSummary } from '../../src/core/trainer';
import { EPOCH_METRICS } from '../../src/engine/columns';
import { HistoryBuffer } from '../../src/engine/history';
import type { HistoryChunk } from '../../src/engine/protocol';
import { TransferList } from '../../src/engine/transfer';

/** The columns a chunk carries, each one a metric of the epoch summary. */
const COLUMNS = ['epoch', ...EPOCH_METRICS] as const satisfies readonly (keyof HistoryChunk &
  keyof EpochSummary)[];

const metric = fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(-0));

describe('HistoryBuffer records every column of every epoch', () => {
  it('gives back each metric of each pushed summary in its own column, bit for bit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(metric, metric, metric, metric, metric, metric, metric), {
          minLength: 1,
          maxLength: 200,
        }),
        (rows) => {
          const summaries: EpochSummary[] = rows.map((values, epoch) => ({
            epoch,
            trainLoss: values[0],
            trainLossSum: values[1],
            validationLoss: values[2],
            trainAccuracy: values[3],
            validationAccuracy: values[4],
            gradientNorm: values[5],
            learningRate: values[6],
            updates: epoch,
            status: 'running',
          }));
          const buffer = new HistoryBuffer();
          for (const summary of summaries) buffer.push(summary);
          const chunk = buffer.take(new TransferList());
          for (const column of COLUMNS) {
            expect(chunk[column]).toHaveLength(summaries.length);
            summaries.forEach((summary, row) => {
              expect(Object.is(chunk[column][row], summary[column]), `${column} ${row}`).toBe(true);
            });
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
