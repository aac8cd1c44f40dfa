// @vitest-environment node
/**
 * Lossless exports: the worker keeps every epoch of a run (engine/full-history.ts) and the
 * export writes every one of them, with the columns and the text of the chart's export.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpochSummary } from '../../src/core/trainer';
import {
  FULL_HISTORY_METRICS,
  FullHistoryBuffer,
  fullHistoryBuffers,
  fullHistoryValue,
  type FullHistory,
} from '../../src/engine/full-history';
import { EngineRun } from '../../src/engine/run';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import {
  EXPORT_PART_ROWS,
  fullHistoryCsvParts,
  fullHistoryJsonParts,
  fullHistoryRow,
  HISTORY_COLUMNS,
  historyToCsv,
  historyToJson,
} from '../../src/ui/export/history';
import { articleCliEpochs, expectCsvMatchesCli } from '../cli-harness';

function summary(epoch: number, values: readonly number[]): EpochSummary {
  const metrics = Object.fromEntries(FULL_HISTORY_METRICS.map((m, k) => [m, values[k] ?? 0]));
  return { ...metrics, epoch, updates: epoch + 1, status: 'running' } as EpochSummary;
}

/** Per epoch, seven metric values: some metrics constant, some changing, some non-finite. */
const epochsArbitrary = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }))
  .chain(([count, constant]) =>
    fc
      .array(
        fc.array(
          fc.oneof(
            fc.double(),
            fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 0.1 + 0.2, 1e-300),
          ),
          { minLength: 7, maxLength: 7 },
        ),
        { minLength: count, maxLength: count },
      )
      .map((rows) => rows.map((row) => row.map((v, k) => (constant[k] ? (rows[0]?.[k] ?? v) : v)))),
  );

describe('FullHistoryBuffer', () => {
  it('gives back every value of every epoch, exactly', () => {
    fc.assert(
      fc.property(epochsArbitrary, fc.integer({ min: 1, max: 50 }), (rows, epochs) => {
        const buffer = new FullHistoryBuffer(epochs);
        rows.forEach((values, epoch) => buffer.push(summary(epoch, values)));
        const history = buffer.snapshot();
        expect(history.epochs).toBe(rows.length);
        rows.forEach((values, epoch) =>
          FULL_HISTORY_METRICS.forEach((metric, k) =>
            expect(Object.is(fullHistoryValue(history, metric, epoch), values[k])).toBe(true),
          ),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a metric that never changed as one number, and grows past its first arrays', () => {
    const buffer = new FullHistoryBuffer(3000);
    for (let epoch = 0; epoch < 3000; epoch++) {
      buffer.push(summary(epoch, [1 / (epoch + 1), 4 / (epoch + 1), NaN, 1, NaN, 0.5, 0.1]));
    }
    const history = buffer.snapshot();
    expect(history.metrics.validationLoss).toBeNaN();
    expect(history.metrics.learningRate).toBe(0.1);
    expect(history.metrics.trainLoss).toBeInstanceOf(Float64Array);
    expect((history.metrics.trainLoss as Float64Array).length).toBe(3000);
    expect(fullHistoryValue(history, 'trainLoss', 2999)).toBe(1 / 3000);
    expect(fullHistoryBuffers(history)).toHaveLength(2);
  });

  it('refuses an epoch out of order', () => {
    const buffer = new FullHistoryBuffer();
    buffer.push(summary(0, []));
    expect(() => buffer.push(summary(2, []))).toThrow(RangeError);
  });
});

describe('the full export', () => {
  const meta = { runId: 'main', settings: { learningRate: 0.1 }, divergedAt: 3 };

  function historyOf(rows: readonly (readonly number[])[]): FullHistory {
    const buffer = new FullHistoryBuffer();
    rows.forEach((values, epoch) => buffer.push(summary(epoch, values)));
    return buffer.snapshot();
  }

  it('writes what the chart export writes for the same rows, CSV and JSON', () => {
    fc.assert(
      fc.property(epochsArbitrary, (rows) => {
        const history = historyOf(rows);
        const all = Array.from({ length: history.epochs }, (_, e) => fullHistoryRow(history, e));
        expect(fullHistoryCsvParts(history).join('')).toBe(historyToCsv(all));
        expect(fullHistoryJsonParts(history, meta).join('')).toBe(historyToJson(all, meta));
      }),
      { numRuns: 200 },
    );
  });

  it('writes every epoch across its parts', () => {
    const epochs = 2 * EXPORT_PART_ROWS + 5;
    const history = historyOf(
      Array.from({ length: epochs }, (_, e) => [e, 2 * e, NaN, 1, NaN, 1 / (e + 1), 0.1]),
    );
    const csv = fullHistoryCsvParts(history).join('').trimEnd().split('\n');
    expect(csv).toHaveLength(epochs + 1);
    expect(csv.at(-1)).toBe(
      `${epochs - 1},${epochs - 1},${2 * (epochs - 1)},NaN,1,NaN,${1 / epochs},0.1`,
    );
    const json = JSON.parse(fullHistoryJsonParts(history, meta).join('')) as {
      rows: Record<string, unknown>[];
    };
    expect(json.rows).toHaveLength(epochs);
    expect(json.rows[EXPORT_PART_ROWS]).toMatchObject({
      epoch: EXPORT_PART_ROWS,
      validationLoss: 'NaN',
    });
  });
});

describe("the main run's full history after 50,000 epochs", () => {
  it('is kept only when asked for (a race run keeps none)', () => {
    const run = new EngineRun('race-0', { ...DEFAULT_RUN_CONFIG, epochs: 10 });
    while (run.playEpoch());
    expect(run.fullHistory()).toBeNull();
  });

  it('starts over when the run is rebuilt', () => {
    const run = new EngineRun(
      'main',
      { ...DEFAULT_RUN_CONFIG, epochs: 10 },
      { keepEveryEpoch: true },
    );
    while (run.playEpoch());
    expect(run.fullHistory()?.epochs).toBe(10);
    run.rebuild();
    expect(run.fullHistory()?.epochs).toBe(0);
    run.playEpoch();
    expect(run.fullHistory()?.epochs).toBe(1);
  });

  it('exports 50,001 rows, each matching the command line’s JSON lines', () => {
    const epochs = 50_000;
    const run = new EngineRun('main', { ...DEFAULT_RUN_CONFIG, epochs }, { keepEveryEpoch: true });
    expect(run.config.model).toBe('article');
    while (run.playEpoch());
    const history = run.fullHistory();
    if (history === null) throw new Error('the main run kept no history');
    expect(history.epochs).toBe(epochs);
    const csv = fullHistoryCsvParts(history).join('').trimEnd().split('\n');
    expect(csv).toHaveLength(epochs + 1);
    expect(csv[0]).toBe(HISTORY_COLUMNS.join(','));

    const cli = articleCliEpochs(epochs);
    expectCsvMatchesCli(csv, cli);
    expect(cli.at(-1)).toMatchObject({
      epoch: epochs - 1,
      status: 'finished',
    });
  });
});
