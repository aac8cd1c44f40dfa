// @vitest-environment node
/**
 * Runs on imported data in the engine: a 'configure' with a table trains on it (standardised),
 * the boundary comes back in the table's units with the added points, a reset keeps the table,
 * and 'fit-model' returns the trained network as a model file predicting the engine's classes,
 * for imported and for generated data.
 */
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/core/csv-data';
import { predictPoints } from '../../src/core/model-export';
import type { TableData } from '../../src/core/table-data';
import { Engine } from '../../src/engine/engine';
import type { AskOf, EngineEvent, RequestKind, RunConfig } from '../../src/engine/protocol';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { answerOf } from '../engine-answers';

function lab() {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  const ask = <K extends RequestKind>(kind: K, question: AskOf<K>) =>
    answerOf(engine, () => events, kind, question);
  return { engine, ask, events };
}

const config: RunConfig = {
  ...DEFAULT_RUN_CONFIG,
  model: 'mlp',
  hidden: [6],
  hiddenActivation: 'tanh',
  optimizer: 'adam',
  learningRate: 0.05,
  batchSize: 10,
  epochs: 60,
  validationSplit: 0.25,
};

function table(): TableData {
  const lines = Array.from(
    { length: 40 },
    (_, k) => `${1000 + 40 * (k % 2) + k},${-5 + (k % 3)},${k % 2}`,
  );
  const parsed = parseCsv(`mass,depth,kind\n${lines.join('\n')}`);
  if (!parsed.ok) throw new Error('bad test table');
  return parsed.data;
}

function trainAll(engine: Engine): void {
  for (let k = 0; k < 60; k++) engine.handle({ type: 'step', runId: 'fit', granularity: 'epoch' });
}

describe('table runs in the engine', () => {
  it('draws the boundary in the table units, with the added point', () => {
    const { engine, ask } = lab();
    engine.handle({
      type: 'configure',
      runId: 'fit',
      config,
      table: { data: table(), name: 'test.csv', added: [[1030, -4, 1]] },
    });
    const boundary = ask('boundary', { runId: 'fit', resolution: 8 });
    expect(boundary.ranges[0][0]).toBeGreaterThan(990);
    expect(boundary.ranges[0][1]).toBeLessThan(1090);
    expect(boundary.points.length).toBe(2 * 41);
    const xs = Array.from({ length: 41 }, (_, k) => boundary.points[2 * k]!);
    // Every row comes back in its own units (to rounding), the added point among them.
    expect(xs.some((x) => Math.abs(x - 1030) < 1e-9)).toBe(true);
    expect(xs.every((x) => x >= 1000 && x <= 1079 + 1e-9)).toBe(true);
    // A reset rebuilds from the same table.
    engine.handle({ type: 'reset', runIds: ['fit'] });
    expect(ask('boundary', { runId: 'fit', resolution: 8 }).points.length).toBe(2 * 41);
  });

  it('exports the trained network, which predicts the engine boundary classes', () => {
    for (const withTable of [true, false]) {
      const { engine, ask } = lab();
      engine.handle({
        type: 'configure',
        runId: 'fit',
        config: withTable ? config : { ...config, dataset: 'circle', datasetSize: 80 },
        ...(withTable ? { table: { data: table(), name: 'test.csv', added: [] } } : {}),
      });
      trainAll(engine);
      const { model, epoch } = ask('fit-model', { runId: 'fit' });
      expect(epoch).toBe(60);
      expect(model.data).toBe(withTable ? 'test.csv' : 'circle');
      expect(model.inputs.names).toEqual(withTable ? ['mass', 'depth'] : ['x1', 'x2']);
      const boundary = ask('boundary', { runId: 'fit', resolution: 6 });
      const [[x0, x1], [y0, y1]] = boundary.ranges;
      const cells = Array.from({ length: 36 }, (_, cell) => [
        x0 + ((x1 - x0) * (cell % 6)) / 5,
        y0 + ((y1 - y0) * Math.floor(cell / 6)) / 5,
      ]);
      const predicted = predictPoints(model, cells).map((p) =>
        p.kind === 'class' ? p.classIndex : -1,
      );
      expect(predicted).toEqual(Array.from(boundary.classes));
    }
  });
});
