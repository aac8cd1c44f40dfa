// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ARTICLE_PROGRAM, runArticleProgram } from '../../src/core/article';
import { articleDevices } from '../../src/core/datasets';
import { classifyOutcome } from '../../src/core/outcome';
import { meanLoss } from '../../src/core/landscape';
import { Mlp } from '../../src/core/mlp';
import { Engine, MAX_RUNS } from '../../src/engine/engine';
import type {
  AskOf,
  EngineCommand,
  EngineEvent,
  HistoryChunk,
  RequestKind,
  RunConfig,
  RunSnapshot,
  StepDetail,
} from '../../src/engine/protocol';
import { answerOf } from '../engine-answers';
import { ManualClock } from '../manual-clock';

const articleConfig: RunConfig = {
  model: 'article',
  neuron: 'clip',
  dataset: 'devices',
  datasetSize: 4,
  noise: 0,
  validationSplit: 0,
  hidden: [],
  inputs: ['x1', 'x2'],
  hiddenActivation: 'tanh',
  loss: 'article',
  optimizer: 'sgd',
  learningRate: 0.1,
  momentum: 0.9,
  schedule: 'constant',
  scheduleGamma: 0.5,
  scheduleStep: 25,
  batchSize: 1,
  dropLast: false,
  shuffle: false,
  epochs: 100,
  dropout: 0,
  weightDecay: 0,
  inputNoise: 0,
  patience: 0,
  seed: 1,
  extraPoints: [],
};

const mlpConfig: RunConfig = {
  ...articleConfig,
  model: 'mlp',
  dataset: 'circle',
  datasetSize: 120,
  noise: 0.1,
  validationSplit: 0.25,
  hidden: [6],
  loss: 'bce',
  optimizer: 'adam',
  learningRate: 0.05,
  batchSize: 8,
  shuffle: true,
  epochs: 40,
};

interface Emitted {
  readonly event: EngineEvent;
  readonly transfer: Transferable[];
  readonly time: number;
}

function setup() {
  const clock = new ManualClock();
  const emitted: Emitted[] = [];
  const engine = new Engine((event, transfer) => {
    emitted.push({ event, transfer, time: clock.time });
  }, clock);
  const send = (command: EngineCommand) => engine.handle(command);
  const ofType = <T extends EngineEvent['type']>(type: T) =>
    emitted
      .map((e) => e.event)
      .filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);
  const snapshots = (runId: string): RunSnapshot[] =>
    ofType('snapshots').flatMap((e) => e.snapshots.filter((s) => s.runId === runId));
  const lastSnapshot = (runId: string): RunSnapshot => snapshots(runId).at(-1)!;
  const details = (): StepDetail[] => ofType('step').map((e) => e.detail);
  const history = (runId: string, column: keyof HistoryChunk): number[] =>
    snapshots(runId).flatMap((s) => Array.from(s.history[column]));
  return { clock, emitted, engine, send, ofType, snapshots, lastSnapshot, details, history };
}

function configure(
  lab: ReturnType<typeof setup>,
  config: RunConfig = articleConfig,
  runId = 'a',
): void {
  lab.send({ type: 'configure', runId, config });
}

describe('Engine: pausing some runs', () => {
  it('pauses only the listed runs', () => {
    const lab = setup();
    configure(lab, articleConfig, 'a');
    configure(lab, articleConfig, 'b');
    lab.send({ type: 'play' });
    lab.send({ type: 'pause', runIds: ['a'] });
    const playing = lab.ofType('playing').at(-1)!;
    expect(playing.runIds).toEqual(['b']);
  });
});

describe('Engine: configure, play and snapshots', () => {
  it('configure emits an epoch-0 snapshot and an idle step detail at once', () => {
    const lab = setup();
    configure(lab);
    const snapshot = lab.lastSnapshot('a');
    expect(snapshot.status).toBe('ready');
    expect(snapshot.counters).toEqual({
      epoch: 0,
      sampleInEpoch: 0,
      iteration: 0,
      updates: 0,
      iterationsPerEpoch: 4,
      samplesPerEpoch: 4,
    });
    expect(Array.from(snapshot.params)).toEqual([0.5, 0.5, 0]);
    expect(snapshot.history.epoch).toHaveLength(0);
    expect(snapshot.rebuilt).toBe(true);
    const detail = lab.details().at(-1)!;
    expect(detail.idle).toBe(true);
    expect(detail.nextStage).toBe('forward');
    expect(Array.from(detail.input)).toEqual([0.55, 0.48]);
    expect(lab.ofType('error')).toEqual([]);
  });

  it('playing advances epochs and the loss falls', () => {
    const lab = setup();
    configure(lab, { ...articleConfig, epochs: 1000 });
    lab.send({ type: 'speed', epochsPerSecond: 50 });
    lab.send({ type: 'play' });
    expect(lab.ofType('playing').at(-1)).toEqual({ type: 'playing', playing: true, runIds: ['a'] });
    lab.clock.advance(1000);
    const losses = lab.history('a', 'trainLossSum');
    expect(losses.length).toBeGreaterThanOrEqual(45);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 2);
    expect(lab.lastSnapshot('a').status).toBe('running');
  });

  it("reproduces the article program's total loss per epoch to 1e-12", () => {
    const lab = setup();
    configure(lab);
    lab.send({ type: 'speed', epochsPerSecond: Infinity });
    lab.send({ type: 'play' });
    lab.clock.advance(100);
    const expected: number[] = [];
    runArticleProgram(ARTICLE_PROGRAM, (e) => {
      expected.push(e.totalLoss);
    });
    const actual = lab.history('a', 'trainLossSum');
    expect(actual).toHaveLength(100);
    actual.forEach((loss, e) => expect(Math.abs(loss - expected[e]!)).toBeLessThan(1e-12));
    expect(actual[0]!.toFixed(4)).toBe('0.4635');
    expect(lab.history('a', 'epoch')).toEqual(Array.from({ length: 100 }, (_, e) => e));
    expect(lab.ofType('status').at(-1)).toMatchObject({
      runId: 'a',
      status: 'finished',
      epoch: 100,
    });
    expect(lab.ofType('playing').at(-1)).toMatchObject({ playing: false });
  });

  it('coalesces snapshots: many epochs per event, at most one event per 20 ms', () => {
    const lab = setup();
    configure(lab, { ...articleConfig, epochs: 10_000 });
    lab.send({ type: 'speed', epochsPerSecond: 200 });
    const start = lab.emitted.length;
    lab.send({ type: 'play' });
    lab.clock.advance(1000);
    const posted = lab.emitted.slice(start).filter((e) => e.event.type === 'snapshots');
    expect(posted.length).toBeGreaterThan(10);
    expect(posted.length).toBeLessThanOrEqual(51);
    for (let k = 1; k < posted.length; k++) {
      expect(posted[k]!.time - posted[k - 1]!.time).toBeGreaterThanOrEqual(20);
    }
    const sizes = posted.map((e) =>
      e.event.type === 'snapshots' ? e.event.snapshots[0]!.history.epoch.length : 0,
    );
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(3);
    const epochs = lab.history('a', 'epoch');
    expect(epochs).toEqual(Array.from({ length: epochs.length }, (_, e) => e));
    expect(lab.lastSnapshot('a').counters.epoch).toBe(epochs.length);
    expect(epochs.length).toBeGreaterThan(190);
    // The history arrays travel as transfers, not copies.
    const last = posted.at(-1)!;
    if (last.event.type !== 'snapshots') throw new Error('expected snapshots');
    expect(last.transfer).toContain(last.event.snapshots[0]!.history.trainLoss.buffer);
    expect(last.transfer).toContain(last.event.snapshots[0]!.params.buffer);
  });

  it('runs about two epochs per second at speed 2', () => {
    const lab = setup();
    configure(lab, { ...articleConfig, epochs: 1000 });
    lab.send({ type: 'speed', epochsPerSecond: 2 });
    lab.send({ type: 'play' });
    lab.clock.advance(1000);
    expect(Math.abs(lab.lastSnapshot('a').counters.epoch - 2)).toBeLessThanOrEqual(1);
    lab.clock.advance(2000);
    expect(Math.abs(lab.lastSnapshot('a').counters.epoch - 6)).toBeLessThanOrEqual(1);
  });

  it('accepts null as unlimited speed and clamps tiny speeds', () => {
    const lab = setup();
    configure(lab);
    lab.send({ type: 'speed', epochsPerSecond: null as unknown as number });
    lab.send({ type: 'play' });
    lab.clock.advance(10);
    expect(lab.lastSnapshot('a').counters.epoch).toBe(100);
    configure(lab);
    lab.send({ type: 'speed', epochsPerSecond: 0 });
    lab.send({ type: 'play' });
    lab.clock.advance(10_500);
    expect(lab.lastSnapshot('a').counters.epoch).toBe(1);
    expect(lab.ofType('error')).toEqual([]);
  });

  it('ends a diverging run with a "diverged" status event and no error', () => {
    const lab = setup();
    configure(lab, { ...articleConfig, neuron: 'linear', learningRate: 50, epochs: 1000 });
    lab.send({ type: 'speed', epochsPerSecond: Infinity });
    expect(() => lab.send({ type: 'play' })).not.toThrow();
    expect(() => lab.clock.advance(100)).not.toThrow();
    const status = lab.ofType('status').at(-1)!;
    expect(status.status).toBe('diverged');
    expect(status.epoch).toBeLessThan(1000);
    const snapshot = lab.lastSnapshot('a');
    expect(snapshot.status).toBe('diverged');
    expect(snapshot.stoppedAt).toBe(status.epoch - 1);
    expect(lab.ofType('error')).toEqual([]);
    expect(lab.ofType('playing').at(-1)).toMatchObject({ playing: false, runIds: [] });
  });

  it('dates convergence exactly even when a fast run posts a thinned history', () => {
    const lab = setup();
    configure(lab, { ...articleConfig, learningRate: 0.9, epochs: 20_000 });
    lab.send({ type: 'speed', epochsPerSecond: Infinity });
    lab.send({ type: 'play' });
    lab.clock.advance(10);
    const epochs = lab.history('a', 'epoch');
    expect(epochs.length).toBeLessThan(20_000);
    const snapshot = lab.lastSnapshot('a');
    expect(snapshot.counters.epoch).toBe(20_000);
    // The clipped neuron at 0.9 goes below a total loss of 0.01 at epoch 10 and stays there.
    expect(snapshot.milestones).toEqual({ threshold: 0.01, divergedAt: null, belowSince: 10 });
    const outcome = classifyOutcome(
      { epoch: epochs, loss: lab.history('a', 'trainLossSum') },
      { milestones: snapshot.milestones },
    );
    expect(outcome).toEqual({ kind: 'converged', epoch: 10 });
  });

  it('pause stops playing and posts what was trained', () => {
    const lab = setup();
    configure(lab, { ...articleConfig, epochs: 1000 });
    lab.send({ type: 'speed', epochsPerSecond: 100 });
    lab.send({ type: 'play' });
    lab.clock.advance(105);
    lab.send({ type: 'pause' });
    const epoch = lab.lastSnapshot('a').counters.epoch;
    expect(lab.history('a', 'epoch')).toHaveLength(epoch);
    expect(lab.ofType('playing').at(-1)).toEqual({ type: 'playing', playing: false, runIds: [] });
    lab.clock.advance(1000);
    expect(lab.lastSnapshot('a').counters.epoch).toBe(epoch);
  });
});

describe('Engine: stepping', () => {
  const stepOnce = (
    lab: ReturnType<typeof setup>,
    granularity: 'stage' | 'sample' | 'batch' | 'epoch',
  ) => {
    lab.send({ type: 'step', runId: 'a', granularity });
    return lab.details().at(-1)!;
  };

  it("shows every intermediate of the article's first sample, stage by stage", () => {
    const lab = setup();
    configure(lab);
    const forward = stepOnce(lab, 'stage');
    expect(forward.stage).toBe('forward');
    expect(forward.nextStage).toBe('loss');
    expect(forward.idle).toBe(false);
    expect(forward.sampleIndex).toBe(0);
    expect(Array.from(forward.input)).toEqual([0.55, 0.48]);
    expect(Array.from(forward.target)).toEqual([1]);
    expect(forward.activations[1]![0]).toBeCloseTo(0.55 * 0.5 + 0.48 * 0.5, 15);
    expect(forward.preActivations[0]![0]).toBeCloseTo(0.515, 15);
    expect(forward.sampleLoss).toBeNaN();
    expect(forward.lastUpdate).toBeNull();

    const loss = stepOnce(lab, 'stage');
    expect(loss.stage).toBe('loss');
    expect(loss.sampleLoss).toBeCloseTo(0.235225, 14);

    const backprop = stepOnce(lab, 'stage');
    expect(backprop.stage).toBe('backprop');
    expect(backprop.nextStage).toBe('update');
    expect(backprop.sampleIndex).toBe(0);
    const expectedGrads = [-0.485 * 0.55, -0.485 * 0.48, -0.485];
    Array.from(backprop.grads).forEach((g, k) => expect(g).toBeCloseTo(expectedGrads[k]!, 14));
    expect(backprop.deltas[0]![0]).toBeCloseTo(-0.485, 14);
    expect(backprop.counters.sampleInEpoch).toBe(1);
    expect(backprop.params).toEqual(new Float64Array([0.5, 0.5, 0]));

    const update = stepOnce(lab, 'stage');
    expect(update.stage).toBe('update');
    expect(update.nextStage).toBe('forward');
    const expectedParams = [0.5 + 0.1 * 0.485 * 0.55, 0.5 + 0.1 * 0.485 * 0.48, 0.1 * 0.485];
    Array.from(update.params).forEach((p, k) => expect(p).toBeCloseTo(expectedParams[k]!, 14));
    expect(Array.from(update.grads)).toEqual([0, 0, 0]);
    expect(update.lastUpdate).not.toBeNull();
    expect(Array.from(update.lastUpdate!.paramsBefore)).toEqual([0.5, 0.5, 0]);
    expect(update.lastUpdate!.learningRate).toBe(0.1);
    Array.from(update.lastUpdate!.grads).forEach((g, k) =>
      expect(g).toBeCloseTo(expectedGrads[k]!, 14),
    );
    expect(update.counters).toMatchObject({ epoch: 0, sampleInEpoch: 1, iteration: 1, updates: 1 });
    expect(lab.lastSnapshot('a').counters.updates).toBe(1);

    const next = stepOnce(lab, 'stage');
    expect(next.sampleIndex).toBe(1);
    expect(Array.from(next.input)).toEqual([0.45, 0.72]);
  });

  it('steps a sample, a batch and an epoch with the trainer boundaries', () => {
    const lab = setup();
    configure(lab);
    const sample = stepOnce(lab, 'sample');
    expect(sample.stage).toBe('update');
    expect(sample.counters).toMatchObject({ sampleInEpoch: 1, updates: 1 });
    const batch = stepOnce(lab, 'batch');
    expect(batch.stage).toBe('update');
    expect(batch.counters).toMatchObject({ sampleInEpoch: 2, updates: 2 });
    const epoch = stepOnce(lab, 'epoch');
    expect(epoch.counters).toMatchObject({ epoch: 1, sampleInEpoch: 0, iteration: 0, updates: 4 });
    expect(epoch.sampleIndex).toBe(3);
    const losses = lab.history('a', 'trainLossSum');
    expect(losses).toHaveLength(1);
    expect(losses[0]!.toFixed(4)).toBe('0.4635');
    const full = stepOnce(lab, 'epoch');
    expect(full.counters).toMatchObject({ epoch: 2, updates: 8 });
  });

  it('in a batch of 8, a sample ends at backprop and the batch at the update', () => {
    const lab = setup();
    configure(lab, mlpConfig);
    const sample = stepOnce(lab, 'sample');
    expect(sample.stage).toBe('backprop');
    expect(sample.nextStage).toBe('forward');
    expect(sample.counters).toMatchObject({ sampleInEpoch: 1, updates: 0 });
    expect(sample.lastUpdate).toBeNull();
    const batch = stepOnce(lab, 'batch');
    expect(batch.stage).toBe('update');
    expect(batch.counters).toMatchObject({ sampleInEpoch: 8, iteration: 1, updates: 1 });
    expect(batch.counters.iterationsPerEpoch).toBe(12);
    expect(batch.counters.samplesPerEpoch).toBe(90);
    // The batch mean: the update moved each parameter by the rate's step on it, for Adam the
    // first step is lr·sign(g) (up to ε).
    const { grads, paramsBefore, learningRate } = batch.lastUpdate!;
    Array.from(batch.params).forEach((p, k) => {
      const g = grads[k]!;
      if (Math.abs(g) > 1e-6)
        expect(p).toBeCloseTo(paramsBefore[k]! - learningRate * Math.sign(g), 6);
    });
  });

  it('step pauses a playing run; reset restores epoch 0', () => {
    const lab = setup();
    configure(lab, { ...articleConfig, epochs: 1000 });
    lab.send({ type: 'speed', epochsPerSecond: 100 });
    lab.send({ type: 'play' });
    lab.clock.advance(200);
    lab.send({ type: 'step', runId: 'a', granularity: 'stage' });
    expect(lab.ofType('playing').at(-1)).toMatchObject({ playing: false });
    const epoch = lab.lastSnapshot('a').counters.epoch;
    expect(epoch).toBeGreaterThan(10);
    lab.clock.advance(500);
    expect(lab.lastSnapshot('a').counters.epoch).toBe(epoch);
    lab.send({ type: 'reset' });
    const reset = lab.lastSnapshot('a');
    expect(reset.counters.epoch).toBe(0);
    expect(reset.counters.updates).toBe(0);
    expect(reset.rebuilt).toBe(true);
    expect(Array.from(reset.params)).toEqual([0.5, 0.5, 0]);
    expect(reset.status).toBe('ready');
    expect(lab.details().at(-1)!.idle).toBe(true);
  });
});

describe('Engine: errors and many runs', () => {
  it('reports invalid configs as error events naming the problem, without throwing', () => {
    const lab = setup();
    expect(() => configure(lab, { ...mlpConfig, datasetSize: 0 })).not.toThrow();
    expect(lab.ofType('error').at(-1)).toMatchObject({ runId: 'a' });
    expect(lab.ofType('error').at(-1)!.message).toMatch(/size/);
    configure(lab, { ...mlpConfig, hidden: [0] });
    expect(lab.ofType('error').at(-1)!.message).toMatch(/hidden layer sizes/);
    configure(lab, { ...mlpConfig, epochs: 2.5 });
    expect(lab.ofType('error').at(-1)!.message).toMatch(/epochs/);
    // A bad reconfiguration keeps the run as it was.
    configure(lab, mlpConfig);
    lab.send({ type: 'step', runId: 'a', granularity: 'epoch' });
    configure(lab, { ...mlpConfig, validationSplit: 2 });
    expect(lab.ofType('error').at(-1)!.message).toMatch(/validation/);
    lab.send({ type: 'step', runId: 'a', granularity: 'epoch' });
    expect(lab.lastSnapshot('a').counters.epoch).toBe(2);
  });

  it('turns unknown runs and malformed commands into error events', () => {
    const lab = setup();
    expect(() => lab.send({ type: 'step', runId: 'nope', granularity: 'stage' })).not.toThrow();
    expect(lab.ofType('error').at(-1)).toMatchObject({ runId: 'nope' });
    expect(() => lab.engine.handle({ type: 'dance' } as unknown as EngineCommand)).not.toThrow();
    expect(() => lab.engine.handle(null as unknown as EngineCommand)).not.toThrow();
    expect(lab.ofType('error')).toHaveLength(3);
  });

  it(`holds at most ${MAX_RUNS} runs`, () => {
    const lab = setup();
    for (let k = 0; k <= MAX_RUNS; k++) configure(lab, articleConfig, `run${k}`);
    expect(lab.ofType('error')).toHaveLength(1);
    expect(lab.ofType('error')[0]!.runId).toBe(`run${MAX_RUNS}`);
    lab.send({ type: 'remove', runId: 'run0' });
    configure(lab, articleConfig, `run${MAX_RUNS}`);
    expect(lab.ofType('error')).toHaveLength(1);
  });

  it('six runs at once each keep their own history', () => {
    const configs = Array.from({ length: 6 }, (_, k) => ({
      ...mlpConfig,
      epochs: 15,
      seed: k + 1,
      learningRate: 0.01 * (k + 1),
    }));
    const together = setup();
    configs.forEach((config, k) => configure(together, config, `r${k}`));
    together.send({ type: 'speed', epochsPerSecond: Infinity });
    together.send({ type: 'play' });
    together.clock.advance(100);
    configs.forEach((config, k) => {
      const alone = setup();
      configure(alone, config, 'solo');
      alone.send({ type: 'step', runId: 'solo', granularity: 'epoch' });
      for (let e = 1; e < 15; e++)
        alone.send({ type: 'step', runId: 'solo', granularity: 'epoch' });
      const losses = together.history(`r${k}`, 'trainLoss');
      expect(losses).toHaveLength(15);
      expect(losses).toEqual(alone.history('solo', 'trainLoss'));
      expect(together.history(`r${k}`, 'validationLoss')).toEqual(
        alone.history('solo', 'validationLoss'),
      );
    });
    const finals = configs.map((_, k) => together.history(`r${k}`, 'trainLoss').at(-1));
    expect(new Set(finals).size).toBe(6);
  });
});

describe('Engine: landscape, sweep and gradient check', () => {
  /** The engine's answer to one request, or an Error with its refusal. */
  const answer = <K extends RequestKind>(
    lab: ReturnType<typeof setup>,
    kind: K,
    question: AskOf<K>,
  ) => answerOf(lab.engine, () => lab.emitted.map((e) => e.event), kind, question);

  it('computes a loss landscape equal to the core mean loss, echoing the request id', () => {
    const lab = setup();
    configure(lab);
    lab.send({
      type: 'request',
      requestId: 7,
      kind: 'landscape',
      ask: {
        runId: 'a',
        axes: [0, 2],
        resolution: 9,
        ranges: [
          [-1, 2],
          [-0.5, 0.5],
        ],
      },
    });
    const reply = lab.ofType('answer').at(-1)!;
    expect(reply.requestId).toBe(7);
    expect(reply.kind).toBe('landscape');
    if (reply.kind !== 'landscape') return;
    const result = reply.answer;
    expect(result.resolution).toBe(9);
    expect(result.values).toHaveLength(81);
    expect(result.values.every(Number.isFinite)).toBe(true);
    expect(result.milliseconds).toBeGreaterThanOrEqual(0);
    const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation: 'clip' }] });
    for (const [row, column] of [
      [0, 0],
      [4, 6],
      [8, 8],
    ] as const) {
      model.params.set([-1 + (3 * column) / 8, 0.5, -0.5 + row / 8]);
      expect(result.values[row * 9 + column]).toBe(meanLoss(model, articleDevices(), 'article'));
    }
    expect(answer(lab, 'landscape', { ...landscapeOf('a'), resolution: 1 }).resolution).toBe(2);
    expect(answer(lab, 'landscape', { ...landscapeOf('a'), resolution: 10_000 }).resolution).toBe(
      256,
    );
    expect(() => answer(lab, 'landscape', { ...landscapeOf('a'), axes: [1, 1] })).toThrow(/axes/);
    // A refused request fails alone: no page-wide error event.
    expect(lab.ofType('error')).toEqual([]);
  });

  it('sweeps learning rates, reporting progress, and marks a huge one diverged', () => {
    const lab = setup();
    lab.send({
      type: 'request',
      requestId: 3,
      kind: 'sweep',
      ask: { config: { ...articleConfig, neuron: 'linear' }, learningRates: [0.01, 0.1, 50] },
    });
    const progress = lab.ofType('request-progress');
    expect(progress.map((e) => e.done)).toEqual([1, 2, 3]);
    expect(progress.every((e) => e.requestId === 3 && e.total === 3)).toBe(true);
    const reply = lab.ofType('answer').at(-1)!;
    expect(reply.requestId).toBe(3);
    if (reply.kind !== 'sweep') throw new Error('expected a sweep answer');
    const result = reply.answer;
    expect(Array.from(result.learningRates)).toEqual([0.01, 0.1, 50]);
    expect(result.outcomes).toEqual(['finished', 'finished', 'diverged']);
    expect(result.finalLosses[2]).toBeNaN();
    expect(result.finalLosses[1]!).toBeLessThan(result.finalLosses[0]!);
  });

  it("sweeps 40 rates of the article's neuron quickly (epochs capped)", () => {
    const lab = setup();
    const rates = Array.from({ length: 40 }, (_, k) => 10 ** (-3 + k / 8));
    const started = performance.now();
    const result = answer(lab, 'sweep', {
      config: { ...articleConfig, epochs: 100_000 },
      learningRates: rates,
    });
    expect(performance.now() - started).toBeLessThan(4000);
    expect(result.finalLosses).toHaveLength(40);
    expect(result.outcomes).toHaveLength(40);
  });

  it('checks the gradient without disturbing the run', () => {
    const lab = setup();
    configure(lab, mlpConfig);
    lab.send({ type: 'step', runId: 'a', granularity: 'stage' });
    lab.send({ type: 'step', runId: 'a', granularity: 'stage' });
    lab.send({ type: 'step', runId: 'a', granularity: 'stage' });
    const before = lab.details().at(-1)!;
    for (const paramIndex of [0, 5, 20]) {
      const check = answer(lab, 'gradient-check', { runId: 'a', paramIndex });
      expect(check.paramIndex).toBe(paramIndex);
      const scale = Math.max(Math.abs(check.analytic) + Math.abs(check.numeric), 1e-12);
      expect(Math.abs(check.analytic - check.numeric) / scale).toBeLessThan(1e-6);
      // One sample's gradient is what backprop just accumulated.
      expect(check.analytic).toBeCloseTo(before.grads[paramIndex]!, 12);
    }
    lab.send({ type: 'step', runId: 'a', granularity: 'stage' });
    const after = lab.details().at(-1)!;
    expect(after.stage).toBe('forward');
    expect(after.activations).not.toEqual(before.activations);
    expect(() => answer(lab, 'gradient-check', { runId: 'a', paramIndex: 10_000 })).toThrow(
      /parameter index/,
    );
  });

  it('fails a request of a kind it does not know, or about a run it does not have', () => {
    const lab = setup();
    lab.send({
      type: 'request',
      requestId: 4,
      kind: 'nonsense',
      ask: {},
    } as unknown as EngineCommand);
    expect(lab.ofType('request-failed').at(-1)).toMatchObject({ requestId: 4 });
    expect(() => answer(lab, 'landscape', landscapeOf('missing'))).toThrow(/no run "missing"/);
  });
});

function landscapeOf(runId: string): AskOf<'landscape'> {
  return {
    runId,
    axes: [0, 1],
    resolution: 8,
    ranges: [
      [-1, 1],
      [-1, 1],
    ],
  };
}
