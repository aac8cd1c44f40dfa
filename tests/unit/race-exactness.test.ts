// @vitest-environment node
/**
 * A race run flat out, end to end: the engine posts thinned chunks, the runs store keeps a
 * bounded history, and the label read from it must still be the one the full, exact history
 * gives (core's article program, epoch by epoch). Without a run's first epochs kept exactly
 * (engine and store), the linear neuron at 0.9 here was said to settle from epoch 527, not 70.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_PROGRAM, runArticleProgram, type NeuronActivation } from '../../src/core/article';
import { classifyOutcome } from '../../src/core/outcome';
import { Engine } from '../../src/engine/engine';
import type { EngineEvent } from '../../src/engine/protocol';
import {
  CONVERGED_BELOW,
  DEFAULT_RACE_SETTINGS,
  raceConfig,
  type RaceNeuron,
} from '../../src/lessons/learning-rate/race';
import { useRuns } from '../../src/store/runs';
import { ManualClock } from '../manual-clock';

/** The label from the exact history of every epoch. */
function exactOutcome(activation: NeuronActivation, learningRate: number, epochs: number) {
  const epoch: number[] = [];
  const loss: number[] = [];
  runArticleProgram({ ...ARTICLE_PROGRAM, activation, learningRate, epochs }, (e) => {
    epoch.push(e.epoch);
    loss.push(e.totalLoss);
  });
  return classifyOutcome({ epoch, loss }, { threshold: CONVERGED_BELOW, totalEpochs: epochs });
}

/** The label the race shows after running flat out through the engine and the store. */
function racedOutcome(neuron: RaceNeuron, learningRate: number, epochs: number) {
  const clock = new ManualClock();
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), clock);
  const config = raceConfig({ ...DEFAULT_RACE_SETTINGS, neuron, epochs }, learningRate);
  engine.handle({ type: 'configure', runId: 'race-0', config });
  engine.handle({ type: 'speed', epochsPerSecond: Infinity });
  engine.handle({ type: 'play', runIds: ['race-0'] });
  for (let t = 0; t < 100 && useRuns.getState().runs['race-0']?.status !== 'finished'; t++) {
    clock.advance(20);
    useRuns.getState().applyEvents(events.splice(0));
  }
  const run = useRuns.getState().runs['race-0'];
  if (run === undefined) throw new Error('the race run never reported');
  const points = run.series.trainLossSum.points();
  expect(points.x.length).toBeLessThan(epochs);
  return classifyOutcome(
    { epoch: points.x, loss: points.y },
    { threshold: CONVERGED_BELOW, totalEpochs: epochs, milestones: run.milestones },
  );
}

beforeEach(() => useRuns.getState().reset());

describe('a race run flat out keeps its exact label', () => {
  it.each([
    ['clip', 0.9],
    ['linear', 0.9],
    ['linear', 1.5],
    ['linear', 1.6],
  ] as const)('%s neuron at %s, 200,000 epochs', (neuron, rate) => {
    const { level, ...exact } = exactOutcome(neuron, rate, 200_000);
    const raced = racedOutcome(neuron, rate, 200_000);
    // The engine trains the article's neuron with the program's own arithmetic: even the
    // level a run settles at is the program's, to the last bit.
    expect(raced).toEqual({ level, ...exact });
  });

  it('dates where the linear neuron at 0.9 settles (epoch 70 of 200,000)', () => {
    expect(exactOutcome('linear', 0.9, 200_000)).toMatchObject({ kind: 'settled', epoch: 70 });
  });
});
