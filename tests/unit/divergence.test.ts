// @vitest-environment node
/**
 * One definition of divergence: the trainer (and so the engine's status and stopping epoch),
 * the outcome labels, the milestone tracker and the CLI's JSON lines name the same epoch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PROGRAM, runArticleProgram } from '../../src/core/article';
import { divergenceIndex, DivergenceWatch, GROWTH_LIMIT } from '../../src/core/divergence';
import { classifyOutcome, MilestoneTracker } from '../../src/core/outcome';
import { Engine } from '../../src/engine/engine';
import type { EngineEvent, RunConfig, RunSnapshot } from '../../src/engine/protocol';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { useRuns } from '../../src/store/runs';
import { historyRows, historyToJson } from '../../src/ui/export/history';
import { runCliCaptured } from '../cli-harness';
import { ManualClock } from '../manual-clock';

function programLosses(learningRate: number, epochs: number): number[] {
  const losses: number[] = [];
  runArticleProgram({ ...ARTICLE_PROGRAM, learningRate, epochs, activation: 'linear' }, (e) => {
    losses.push(e.totalLoss);
  });
  return losses;
}

function engineRun(learningRate: number, epochs: number): RunSnapshot[] {
  return engineEvents(learningRate, epochs).flatMap((e) =>
    e.type === 'snapshots' ? e.snapshots : [],
  );
}

function engineEvents(learningRate: number, epochs: number): EngineEvent[] {
  const clock = new ManualClock();
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), clock);
  const config: RunConfig = {
    ...DEFAULT_RUN_CONFIG,
    model: 'article',
    neuron: 'linear',
    learningRate,
    epochs,
  };
  engine.handle({ type: 'configure', runId: 'r', config });
  engine.handle({ type: 'speed', epochsPerSecond: Infinity });
  engine.handle({ type: 'play' });
  for (let t = 0; t < 200; t++) clock.advance(20);
  return events;
}

describe('the divergence rule', () => {
  it('is a non-finite loss or a million-fold growth over the first epoch', () => {
    expect(divergenceIndex([0.5, 1, 4.9e5])).toBeNull();
    expect(divergenceIndex([0.5, 1, 5e5])).toBe(2);
    expect(divergenceIndex([0.5, Number.NaN])).toBe(1);
    // A tiny first loss is compared with the floor, not with itself.
    expect(divergenceIndex([1e-12, 1e-3])).toBeNull();
    expect(divergenceIndex([1e-12, 0.01 * GROWTH_LIMIT])).toBe(1);
    const watch = new DivergenceWatch();
    expect([1, 10, 1e7, 1].map((loss, epoch) => watch.add(epoch, loss))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(watch.epoch).toBe(2);
  });

  it('names the same epoch in the program, the labels, the tracker, the engine and the CLI', () => {
    fc.assert(
      fc.property(fc.constantFrom(1.6, 1.8, 2, 2.5, 3, 4), (rate) => {
        const epochs = 120;
        const losses = programLosses(rate, epochs);
        const expected = divergenceIndex(losses);
        expect(expected).not.toBeNull();

        const outcome = classifyOutcome(
          { epoch: losses.map((_, i) => i), loss: losses },
          { threshold: 0.01, totalEpochs: epochs },
        );
        expect(outcome).toEqual({ kind: 'diverged', epoch: expected });

        const tracker = new MilestoneTracker();
        losses.forEach((loss, epoch) => tracker.add(epoch, loss));
        expect(tracker.milestones.divergedAt).toBe(expected);

        const last = engineRun(rate, epochs).at(-1);
        expect(last?.status).toBe('diverged');
        expect(last?.stoppedAt).toBe(expected);
        expect(last?.milestones.divergedAt).toBe(expected);

        const cli = runCliCaptured([
          'train',
          '--preset',
          'article',
          '--lr',
          String(rate),
          '--activation',
          'linear',
          '--epochs',
          String(epochs),
          '--format',
          'jsonl',
        ]);
        const lines = cli.out.map((line) => JSON.parse(line) as { epoch: number; status: string });
        expect(lines.at(-1)).toMatchObject({ epoch: expected, status: 'diverged' });

        // The export of the run, as the page's runs store holds it, ends at the same epoch.
        useRuns.getState().reset();
        useRuns.getState().applyEvents(engineEvents(rate, epochs));
        const run = useRuns.getState().runs['r']!;
        const exported = JSON.parse(
          historyToJson(historyRows(run.series), {
            runId: 'r',
            settings: {},
            divergedAt: run.milestones?.divergedAt ?? null,
          }),
        ) as { divergedAt: number; rows: { epoch: number }[] };
        expect(exported.divergedAt).toBe(expected);
        expect(exported.rows.at(-1)?.epoch).toBe(expected);
      }),
      { numRuns: 6 },
    );
  });
});
