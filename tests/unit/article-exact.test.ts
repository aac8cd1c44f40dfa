// @vitest-environment node
/**
 * The article's neuron as the lab runs it (the engine builds the run, the trainer plays whole
 * epochs or single stages) gives the article program's numbers bit for bit: numpy's fixtures
 * for every epoch's weights and bias, and core/article.ts's loss (which squares as e·e; see
 * article.test.ts for the two epochs where numpy's pow rounds differently). toBe compares
 * with Object.is, so -0 and NaN count.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PROGRAM,
  neuronPredict,
  runArticleProgram,
  type NeuronActivation,
} from '../../src/core/article';
import { articleTrainer } from '../../src/core/article-trainer';
import { articleDevices } from '../../src/core/datasets';
import { Mlp } from '../../src/core/mlp';
import { DEFAULT_OPTIMIZER } from '../../src/core/optimizers';
import { Rng } from '../../src/core/rng';
import {
  learningRateAt,
  scheduleNames,
  type ScheduleName,
  type ScheduleSettings,
} from '../../src/core/schedules';
import type { EpochSummary, Trainer } from '../../src/core/trainer';
import { buildRun } from '../../src/engine/build';
import type { RunConfig } from '../../src/engine/protocol';
import { DEFAULT_RACE_SETTINGS, raceConfig } from '../../src/lessons/learning-rate/race';

const FIXTURES = fileURLToPath(new URL('../fixtures/article/', import.meta.url));

interface Variant {
  name: string;
  lr: number;
  epochs: number;
  activation: NeuronActivation;
  extra: [number, number, number][];
}
type Exact = number | 'NaN' | 'Infinity' | '-Infinity';

const variants = (
  JSON.parse(readFileSync(`${FIXTURES}variants.json`, 'utf8')) as { variants: Variant[] }
).variants;

function numpyEpochs(name: string): [Exact, Exact, Exact, Exact][] {
  return (
    JSON.parse(readFileSync(`${FIXTURES}${name}.epochs.json`, 'utf8')) as {
      epochs: [Exact, Exact, Exact, Exact][];
    }
  ).epochs;
}

/** An article run as the lab configures it (the race's config is the main run's, but a rate). */
function articleConfig(
  activation: NeuronActivation,
  learningRate: number,
  epochs: number,
  extraPoints: [number, number, number][] = [],
): RunConfig {
  return {
    ...raceConfig({ ...DEFAULT_RACE_SETTINGS, epochs }, learningRate),
    neuron: activation,
    extraPoints,
  };
}

interface Row {
  summary: EpochSummary;
  params: number[];
}

/** Plays the run's epochs the way the worker's play loop does. */
function played(config: RunConfig): Row[] {
  const { trainer } = buildRun(config);
  const rows: Row[] = [];
  for (let summary = trainer.stepEpoch(); summary !== null; summary = trainer.stepEpoch()) {
    rows.push({ summary, params: Array.from(trainer.model.params) });
  }
  return rows;
}

/** Runs the same epochs one stage at a time (the Step button). */
function stepped(trainer: Trainer): Row[] {
  const rows: Row[] = [];
  for (let report = trainer.nextStage(); report !== null; report = trainer.nextStage()) {
    if (report.epochSummary !== undefined) {
      rows.push({ summary: report.epochSummary, params: Array.from(trainer.model.params) });
    }
  }
  return rows;
}

function program(config: RunConfig): { loss: number; params: number[] }[] {
  const rows: { loss: number; params: number[] }[] = [];
  runArticleProgram(
    {
      ...ARTICLE_PROGRAM,
      inputs: [...ARTICLE_PROGRAM.inputs, ...config.extraPoints.map(([a, b]) => [a, b] as const)],
      labels: [...ARTICLE_PROGRAM.labels, ...config.extraPoints.map(([, , label]) => label)],
      activation: config.neuron,
      learningRate: config.learningRate,
      epochs: config.epochs,
    },
    (epoch) => {
      rows.push({ loss: epoch.totalLoss, params: [...epoch.weights, epoch.bias] });
    },
  );
  return rows;
}

/** Every epoch before a divergence equals the program's, bit for bit. */
function expectProgramNumbers(config: RunConfig, rows: readonly Row[]): void {
  const expected = program(config);
  for (const { summary, params } of rows) {
    if (summary.status === 'diverged') break;
    const where = `epoch ${summary.epoch}`;
    const want = expected[summary.epoch];
    expect(want, where).toBeDefined();
    expect(summary.trainLossSum, `${where} loss`).toBe(want?.loss);
    params.forEach((value, k) => expect(value, `${where} param ${k}`).toBe(want?.params[k]));
  }
}

describe("the lab's article neuron against numpy", () => {
  it.each(variants.map((v) => [v.name, v] as const))('%s, every epoch', (_name, variant) => {
    const config = articleConfig(variant.activation, variant.lr, variant.epochs, variant.extra);
    const rows = played(config);
    const numpy = numpyEpochs(variant.name);
    expect(rows.length).toBeGreaterThan(0);
    for (const { summary, params } of rows) {
      if (summary.status === 'diverged') break;
      const [, w0, w1, bias] = numpy[summary.epoch] ?? [];
      expect(params, `epoch ${summary.epoch}`).toEqual([w0, w1, bias].map((v) => Number(v)));
      params.forEach((value, k) => expect(value).toBe(Number([w0, w1, bias][k])));
    }
    expectProgramNumbers(config, rows);
  });

  it("plays the main run's settings (clip, lr 0.1, 100 epochs) as the program prints them", () => {
    const rows = played(articleConfig('clip', 0.1, 100));
    expect(rows).toHaveLength(100);
    expect(rows.at(-1)?.summary.status).toBe('finished');
    expectProgramNumbers(articleConfig('clip', 0.1, 100), rows);
  });

  it.each([0.01, 0.1, 1.5, 3])(
    "plays the race's rate %s (linear, clip, sigmoid) as the program computes it",
    (rate) => {
      for (const neuron of ['linear', 'clip', 'sigmoid'] as const) {
        const config = articleConfig(neuron, rate, 300);
        expectProgramNumbers(config, played(config));
      }
    },
  );
});

describe('stepping and playing the article neuron', () => {
  it('give the same numbers, whatever the rate, data and activation', () => {
    const point = fc.tuple(
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      fc.constantFrom(0, 1),
    );
    fc.assert(
      fc.property(
        fc.constantFrom<NeuronActivation>('clip', 'linear', 'sigmoid'),
        fc.double({ min: 1e-4, max: 5, noNaN: true }),
        fc.array(point, { maxLength: 3 }),
        (neuron, rate, extra) => {
          const config = articleConfig(neuron, rate, 40, extra);
          const play = played(config);
          const step = stepped(buildRun(config).trainer);
          expect(step).toHaveLength(play.length);
          step.forEach((row, e) => {
            expect(row.params).toEqual(play[e]?.params);
            for (const key of Object.keys(row.summary) as (keyof EpochSummary)[]) {
              expect(Object.is(row.summary[key], play[e]?.summary[key]), key).toBe(true);
            }
          });
          expectProgramNumbers(config, play);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the network's forward pass of the article neuron", () => {
  it('is the program’s, so predictions, landscapes and step views show its numbers', () => {
    const finite = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom<NeuronActivation>('clip', 'linear', 'sigmoid'),
        fc.tuple(finite, finite, finite),
        fc.tuple(finite, finite),
        (activation, [w0, w1, b], [x0, x1]) => {
          const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation }] });
          model.params.set([w0, w1, b]);
          const output = model.predict([x0, x1])[0];
          expect(output).toBe(neuronPredict(activation, [w0, w1], b, x0, x1));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("the article neuron's rate under every schedule", () => {
  it("is the schedule's at every epoch, and stepping and playing agree bit for bit", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ScheduleName>(...scheduleNames),
        fc.constantFrom<NeuronActivation>('clip', 'linear', 'sigmoid'),
        fc.double({ min: 1e-3, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 0.99, noNaN: true }),
        fc.integer({ min: 1, max: 7 }),
        (name, activation, learningRate, gamma, stepEvery) => {
          const epochs = 30;
          const schedule: ScheduleSettings = { name, gamma, stepEvery, floor: gamma / 2 };
          const make = (): Trainer =>
            articleTrainer(
              articleDevices(),
              activation,
              {
                learningRate,
                optimizer: { ...DEFAULT_OPTIMIZER, name: 'sgd', weightDecay: 0 },
                schedule,
                epochs,
              },
              new Rng(1),
            );
          const playing = make();
          const play: Row[] = [];
          for (let s = playing.stepEpoch(); s !== null; s = playing.stepEpoch()) {
            expect(s.learningRate).toBe(learningRateAt(schedule, learningRate, s.epoch, epochs));
            play.push({ summary: s, params: Array.from(playing.model.params) });
          }
          expect(play).toHaveLength(epochs);
          const step = stepped(make());
          expect(step).toHaveLength(epochs);
          step.forEach((row, e) => {
            expect(row.params).toEqual(play[e]?.params);
            for (const key of Object.keys(row.summary) as (keyof EpochSummary)[]) {
              expect(Object.is(row.summary[key], play[e]?.summary[key]), key).toBe(true);
            }
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
