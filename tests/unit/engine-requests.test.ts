// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine';
import type {
  AskOf,
  EngineCommand,
  EngineEvent,
  RequestKind,
  RunConfig,
} from '../../src/engine/protocol';
import { answerOf } from '../engine-answers';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { twoValleySurface } from '../../src/core/landscape';

function lab() {
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  const send = (command: EngineCommand) => engine.handle(command);
  const ask = <K extends RequestKind>(kind: K, question: AskOf<K>) =>
    answerOf(engine, () => events, kind, question);
  return { send, ask, events };
}

describe('surface race', () => {
  it('returns one path per optimiser, each starting at the chosen point, and the grid', () => {
    const { ask } = lab();
    const event = ask('surface', {
      start: [-3.5, -2],
      racers: [
        { optimizer: 'sgd', learningRate: 0.2, momentum: 0.9 },
        { optimizer: 'momentum', learningRate: 0.2, momentum: 0.9 },
        { optimizer: 'adam', learningRate: 0.2, momentum: 0.9 },
      ],
      steps: 800,
      resolution: 32,
    });
    expect(event.paths).toHaveLength(3);
    for (const path of event.paths) expect([path[0], path[1]]).toEqual([-3.5, -2]);
    // SGD stays in the local valley (x < 0); momentum rolls through to the global one.
    expect(event.paths[0]!.at(-2)!).toBeLessThan(0);
    expect(event.paths[1]!.at(-2)!).toBeGreaterThan(0);
    expect(event.finalValues[1]).toBeLessThan(event.finalValues[0]!);
    expect(event.grid).toHaveLength(32 * 32);
    expect(event.grid[0]).toBe(twoValleySurface.value(-4, -4));
  });

  it('refuses a start off the surface with a failed reply, not an exception', () => {
    const { ask } = lab();
    expect(() =>
      ask('surface', {
        start: [99, 0],
        racers: [{ optimizer: 'sgd', learningRate: 0.1, momentum: 0 }],
        steps: 10,
        resolution: 0,
      }),
    ).toThrow(/start/);
  });
});

describe('decision boundary', () => {
  it('classifies the plane and returns the points with their labels', () => {
    const { send, ask } = lab();
    const config: RunConfig = {
      ...DEFAULT_RUN_CONFIG,
      model: 'mlp',
      dataset: 'gaussian',
      datasetSize: 100,
      noise: 0,
      epochs: 30,
      optimizer: 'adam',
      learningRate: 0.05,
      batchSize: 10,
    };
    send({ type: 'configure', runId: 'fit', config });
    for (let e = 0; e < 30; e++) send({ type: 'step', runId: 'fit', granularity: 'epoch' });
    const event = ask('boundary', { runId: 'fit', resolution: 40 });
    expect(event.classes).toHaveLength(1600);
    expect(event.points.length).toBe(2 * 100);
    expect(Array.from(event.isValidation).filter((v) => v === 1).length).toBe(30);
    // Clusters sit at (2, 2) = class 1 and (−2, −2) = class 0: the corners disagree.
    const cellAt = (x1: number, x2: number) => {
      const [[a0, a1], [b0, b1]] = event.ranges;
      const column = Math.round(((x1 - a0) / (a1 - a0)) * 39);
      const row = Math.round(((x2 - b0) / (b1 - b0)) * 39);
      return event.classes[row * 40 + column];
    };
    expect(cellAt(2, 2)).toBe(1);
    expect(cellAt(-2, -2)).toBe(0);
  });
});

describe('gradient check on the article neuron', () => {
  it("compares the update's gradient with the finite difference of ½(y − p)²", () => {
    const { send, ask } = lab();
    send({ type: 'configure', runId: 'main', config: DEFAULT_RUN_CONFIG });
    send({ type: 'step', runId: 'main', granularity: 'stage' });
    for (const paramIndex of [0, 1, 2]) {
      const check = ask('gradient-check', { runId: 'main', paramIndex });
      expect(Math.abs(check.analytic - check.numeric)).toBeLessThan(1e-8);
    }
    // dL/dw1 for the first device: −(1 − 0.515) × 0.55.
    expect(ask('gradient-check', { runId: 'main', paramIndex: 0 }).analytic).toBeCloseTo(
      -0.485 * 0.55,
      12,
    );
  });
});
