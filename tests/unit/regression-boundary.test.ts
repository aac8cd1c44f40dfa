// @vitest-environment node
/**
 * The boundary answer of a regression run carries its value map: every cell's predicted value
 * and every point's true value, in the table's units. Checked against the same run built and
 * trained outside the engine (same seed, so the same weights), predicting each cell itself and
 * turning the standardised output back with the table's own mean and deviation.
 */
import { describe, expect, it } from 'vitest';
import { regressionTable } from '../../src/core/regression-data';
import { fitStandardisation } from '../../src/core/table-data';
import { Engine } from '../../src/engine/engine';
import type { AskOf, EngineEvent, RequestKind, RunConfig } from '../../src/engine/protocol';
import { buildTableRun } from '../../src/engine/table-run';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { answerOf } from '../engine-answers';

const EPOCHS = 30;

const config: RunConfig = {
  ...DEFAULT_RUN_CONFIG,
  model: 'mlp',
  hidden: [8],
  hiddenActivation: 'tanh',
  optimizer: 'adam',
  learningRate: 0.02,
  batchSize: 16,
  epochs: EPOCHS,
  validationSplit: 0.25,
  seed: 5,
};

function lab() {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  const ask = <K extends RequestKind>(kind: K, question: AskOf<K>) =>
    answerOf(engine, () => events, kind, question);
  return { engine, ask };
}

describe('the value map of a regression run', () => {
  const table = regressionTable('bumps', { seed: 11, size: 120, noise: 0.2 });
  const added: [number, number, number][] = [[1, -2, 7.5]];

  it('gives each cell the model prediction × std + mean, and each point its true value', () => {
    const { engine, ask } = lab();
    engine.handle({
      type: 'configure',
      runId: 'fit',
      config,
      table: { data: table, name: 'bumps', added },
    });
    for (let k = 0; k < EPOCHS; k++)
      engine.handle({ type: 'step', runId: 'fit', granularity: 'epoch' });
    const n = 9;
    const answer = ask('boundary', { runId: 'fit', resolution: n });
    expect(answer.values).not.toBeNull();
    expect(answer.pointValues).not.toBeNull();
    const values = answer.values!;
    expect(values).toHaveLength(n * n);
    expect(values.every(Number.isFinite)).toBe(true);

    // The same run outside the engine: the same seed gives the same split and weights.
    const built = buildTableRun(config, table, 'bumps', added);
    built.trainer.runEpochs(EPOCHS);
    const inputScale = fitStandardisation(table.inputs, 2);
    const targetScale = fitStandardisation(table.labels, 1);
    const [[x0, x1], [y0, y1]] = answer.ranges;
    for (const cell of [0, 4, 17, 40, 63, 80]) {
      const column = cell % n;
      const row = Math.floor(cell / n);
      const a = x0 + ((x1 - x0) * column) / (n - 1);
      const b = y0 + ((y1 - y0) * row) / (n - 1);
      const input = new Float64Array([
        (a - inputScale.mean[0]!) / inputScale.std[0]!,
        (b - inputScale.mean[1]!) / inputScale.std[1]!,
      ]);
      const standardised = built.model.predict(input)[0]!;
      const expected = standardised * targetScale.std[0]! + targetScale.mean[0]!;
      expect(values[cell]).toBeCloseTo(expected, 9);
    }
    // A trained map is not flat: it spans much of the data's values.
    expect(Math.max(...values) - Math.min(...values)).toBeGreaterThan(2);

    // Points: every row of the table plus the added one, each with its own value.
    const pointValues = Array.from(answer.pointValues!).sort((p, q) => p - q);
    const truth = [...Array.from(table.labels), 7.5].sort((p, q) => p - q);
    expect(pointValues).toHaveLength(truth.length);
    pointValues.forEach((value, k) => expect(value).toBeCloseTo(truth[k]!, 9));
  });

  it('is absent for a classifier', () => {
    const { engine, ask } = lab();
    engine.handle({
      type: 'configure',
      runId: 'fit',
      config: { ...config, dataset: 'circle', datasetSize: 60 },
    });
    const answer = ask('boundary', { runId: 'fit', resolution: 5 });
    expect(answer.values).toBeNull();
    expect(answer.pointValues).toBeNull();
  });
});
