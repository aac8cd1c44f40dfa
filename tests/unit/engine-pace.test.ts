// @vitest-environment node
/**
 * Play at a teaching pace runs stage by stage and says so; at any pace the numbers are the
 * trainer's own. Also what every snapshot now carries for the live view: the model's outputs on
 * the first samples, the running loss of the epoch under way, and the rate really achieved.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_PROGRAM, runArticleProgram } from '../../src/core/article';
import { articleDevices } from '../../src/core/datasets';
import { Mlp } from '../../src/core/mlp';
import { Engine } from '../../src/engine/engine';
import { paceOf, stagesPerEpoch, TEACHING_STAGES_PER_SECOND } from '../../src/engine/pace';
import type {
  EngineCommand,
  EngineEvent,
  RunConfig,
  RunSnapshot,
  StepDetail,
} from '../../src/engine/protocol';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { ManualClock } from '../manual-clock';

const article: RunConfig = { ...DEFAULT_RUN_CONFIG, model: 'article', epochs: 100 };

function setup(config: RunConfig = article) {
  const clock = new ManualClock();
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), clock);
  const send = (command: EngineCommand) => engine.handle(command);
  send({ type: 'configure', runId: 'a', config });
  const snapshots = (): RunSnapshot[] =>
    events.flatMap((e) => (e.type === 'snapshots' ? e.snapshots : []));
  const details = (): StepDetail[] => events.flatMap((e) => (e.type === 'step' ? [e.detail] : []));
  const history = () => snapshots().flatMap((s) => Array.from(s.history.trainLossSum));
  return { clock, events, send, snapshots, details, history, last: () => snapshots().at(-1)! };
}

/** Events since `from`, by type. */
function since<T extends EngineEvent['type']>(events: EngineEvent[], from: number, type: T) {
  return events.slice(from).filter((e): e is Extract<EngineEvent, { type: T }> => e.type === type);
}

describe('pace', () => {
  it('draws the line at 20 stages a second: 1 epoch/s of the article is a teaching pace', () => {
    const article = stagesPerEpoch(4, 4);
    expect(article).toBe(16);
    expect(paceOf(1, article)).toBe('stages');
    expect(paceOf(2, article)).toBe('epochs');
    expect(paceOf(TEACHING_STAGES_PER_SECOND / article, article)).toBe('stages');
    expect(paceOf(Infinity, article)).toBe('epochs');
  });

  it('each snapshot says the pace, and a new speed re-posts the runs it moves', () => {
    const lab = setup();
    expect(lab.last().pace).toBe('epochs'); // the default 10 epochs/s
    const before = lab.events.length;
    lab.send({ type: 'speed', epochsPerSecond: 1 });
    expect(since(lab.events, before, 'snapshots').at(-1)?.snapshots[0]?.pace).toBe('stages');
    const again = lab.events.length;
    lab.send({ type: 'speed', epochsPerSecond: 0.5 });
    expect(since(lab.events, again, 'snapshots')).toEqual([]);
  });
});

describe('Play at a teaching pace', () => {
  it('runs the stages in order, one at a time, with the counters advancing', () => {
    const lab = setup();
    lab.send({ type: 'speed', epochsPerSecond: 1 });
    const from = lab.events.length;
    lab.send({ type: 'play' });
    // 16 stages a second: one every 62.5 ms. Look every 10 ms for two epochs.
    for (let t = 0; t < 2000; t += 10) lab.clock.advance(10);
    const details = since(lab.events, from, 'step').map((e) => e.detail);
    expect(details.length).toBe(32);
    const cycle = ['forward', 'loss', 'backprop', 'update'];
    expect(details.map((d) => d.stage)).toEqual(Array.from({ length: 32 }, (_, k) => cycle[k % 4]));
    expect(details.every((d) => d.idle === false)).toBe(true);
    // Sample positions: the sample being worked on, then the next one once it is done.
    const sampleRows = details.map((d) => d.sampleIndex);
    expect(sampleRows.slice(0, 16)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    const updates = details.map((d) => d.counters.updates);
    expect(updates.slice(0, 8)).toEqual([0, 0, 0, 1, 1, 1, 1, 2]);
    const iterations = details.slice(0, 15).map((d) => d.counters.iteration);
    expect(iterations).toEqual([0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(details[15]!.counters).toMatchObject({ epoch: 1, sampleInEpoch: 0, iteration: 0 });
    // Each stage's detail comes with a snapshot of the same moment.
    const snapshots = since(lab.events, from, 'snapshots').flatMap((e) => e.snapshots);
    expect(snapshots.at(-1)!.counters).toEqual(details.at(-1)!.counters);
    expect(snapshots.at(-1)!.pace).toBe('stages');
    // Spaced as the speed asks: about 62.5 ms apart.
    const times: number[] = [];
    let at = 0;
    const timed = setup();
    timed.send({ type: 'speed', epochsPerSecond: 1 });
    timed.send({ type: 'play' });
    const start = timed.events.length;
    for (; at < 1000; at += 5) {
      const count = timed.details().length;
      timed.clock.advance(5);
      if (timed.details().length > count) times.push(at + 5);
    }
    expect(since(timed.events, start, 'step').length).toBe(16);
    for (let k = 1; k < times.length; k++) {
      expect(times[k]! - times[k - 1]!).toBeGreaterThanOrEqual(55);
      expect(times[k]! - times[k - 1]!).toBeLessThanOrEqual(70);
    }
  });

  it('gives the Step button’s numbers, stage for stage', () => {
    const played = setup();
    played.send({ type: 'speed', epochsPerSecond: 1 });
    played.send({ type: 'play' });
    for (let t = 0; t < 1500; t += 10) played.clock.advance(10);
    const playedDetails = played.details().filter((d) => d.idle === false);
    const stepped = setup();
    for (const detail of playedDetails) {
      stepped.send({ type: 'step', runId: 'a', granularity: 'stage' });
      const twin = stepped.details().at(-1)!;
      expect(twin.stage).toBe(detail.stage);
      expect(Array.from(twin.params)).toEqual(Array.from(detail.params));
      expect(Object.is(twin.sampleLoss, detail.sampleLoss)).toBe(true);
      expect(twin.counters).toEqual(detail.counters);
    }
  });

  it('keeps every epoch exact when the speed changes mid-epoch, both ways', () => {
    const fast = setup();
    fast.send({ type: 'speed', epochsPerSecond: Infinity });
    fast.send({ type: 'play' });
    fast.clock.advance(100);
    const exact = fast.history();
    expect(exact).toHaveLength(100);

    const mixed = setup();
    mixed.send({ type: 'speed', epochsPerSecond: 1 });
    mixed.send({ type: 'play' });
    mixed.clock.advance(1300); // one epoch and a few stages into the next
    mixed.send({ type: 'speed', epochsPerSecond: 30 });
    mixed.clock.advance(500);
    mixed.send({ type: 'speed', epochsPerSecond: 1 });
    mixed.clock.advance(700);
    mixed.send({ type: 'speed', epochsPerSecond: Infinity });
    mixed.clock.advance(100);
    const history = mixed.history();
    expect(history).toHaveLength(100);
    history.forEach((loss, e) => expect(Object.is(loss, exact[e])).toBe(true));
    const program: number[] = [];
    runArticleProgram(ARTICLE_PROGRAM, (e) => void program.push(e.totalLoss));
    history.forEach((loss, e) => expect(loss).toBe(program[e]));
  });
});

describe('what each snapshot carries for the live view', () => {
  it("the model's outputs on the first samples are core's forward pass with its parameters", () => {
    const lab = setup();
    const check = (snapshot: RunSnapshot) => {
      const devices = articleDevices();
      const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation: 'clip' }] });
      model.params.set(snapshot.params);
      const { predictions } = snapshot;
      expect(predictions.count).toBe(4);
      expect(predictions.width).toBe(1);
      expect(Array.from(predictions.targets)).toEqual(Array.from(devices.targets));
      for (let s = 0; s < 4; s++) {
        const output = model.predict(devices.inputs, s * 2)[0]!;
        expect(Object.is(predictions.outputs[s], output)).toBe(true);
      }
    };
    check(lab.last());
    lab.send({ type: 'speed', epochsPerSecond: 10 });
    lab.send({ type: 'play' });
    lab.clock.advance(450);
    const moved = lab.last();
    expect(moved.counters.epoch).toBeGreaterThan(2);
    check(moved);
    // Mid-sample (after a forward stage) the outputs come from a copy: the step detail's
    // activations are still the sample's own.
    lab.send({ type: 'pause' });
    lab.send({ type: 'step', runId: 'a', granularity: 'stage' });
    const detail = lab.details().at(-1)!;
    expect(detail.stage).toBe('forward');
    check(lab.last());
    const model = new Mlp({ inputSize: 2, layers: [{ size: 1, activation: 'clip' }] });
    model.params.set(detail.params);
    expect(Array.from(detail.activations[1]!)).toEqual(Array.from(model.predict(detail.input)));
  });

  it('caps the predictions at 8 samples, each as wide as the targets', () => {
    const lab = setup({
      ...DEFAULT_RUN_CONFIG,
      model: 'mlp',
      dataset: 'devices3',
      datasetSize: 60,
      hidden: [4],
      loss: 'cross-entropy',
    });
    const { predictions } = lab.last();
    expect(predictions.count).toBe(8);
    expect(predictions.width).toBe(3);
    expect(predictions.outputs).toHaveLength(24);
    for (let s = 0; s < 8; s++) {
      const row = Array.from(predictions.outputs.subarray(s * 3, s * 3 + 3));
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });

  it('the running loss is the partial sum of the epoch’s sample losses, exactly', () => {
    const lab = setup();
    expect(lab.last().epochSoFar).toMatchObject({ samples: 0, lossSum: 0 });
    expect(Number.isNaN(lab.last().epochSoFar.lossMean)).toBe(true);
    let sum = 0;
    let samples = 0;
    for (let k = 0; k < 16 * 2; k++) {
      lab.send({ type: 'step', runId: 'a', granularity: 'stage' });
      const detail = lab.details().at(-1)!;
      const snapshot = lab.last();
      if (detail.stage === 'loss') {
        sum += detail.sampleLoss;
        samples++;
      }
      if (snapshot.history.trainLossSum.length > 0) {
        // The epoch just ended: its total is the sum we kept, and the next one starts empty.
        expect(Object.is(snapshot.history.trainLossSum[0], sum)).toBe(true);
        sum = 0;
        samples = 0;
      }
      expect(snapshot.epochSoFar.samples).toBe(samples);
      expect(Object.is(snapshot.epochSoFar.lossSum, sum)).toBe(true);
      if (samples > 0) expect(snapshot.epochSoFar.lossMean).toBe(sum / samples);
    }
  });

  it('reports the rate really achieved while playing, and none once paused', () => {
    const lab = setup({ ...article, epochs: 10_000 });
    lab.send({ type: 'speed', epochsPerSecond: 10 });
    expect(lab.last().updatesPerSecond).toBeNull();
    lab.send({ type: 'play' });
    lab.clock.advance(2000);
    // 10 epochs a second of 4 updates each.
    expect(lab.last().updatesPerSecond).toBeGreaterThan(36);
    expect(lab.last().updatesPerSecond).toBeLessThan(44);
    lab.send({ type: 'pause' });
    expect(lab.last().updatesPerSecond).toBeNull();
  });
});

describe('a speed of its own', () => {
  it('a run with its own speed keeps it while the shared speed changes, and can hand it back', () => {
    const lab = setup();
    lab.send({ type: 'configure', runId: 'b', config: article });
    lab.send({ type: 'run-speed', runIds: ['b'], epochsPerSecond: 30 });
    lab.send({ type: 'speed', epochsPerSecond: 1 });
    lab.send({ type: 'play' });
    for (let t = 0; t < 1000; t += 10) lab.clock.advance(10);
    const epochsOf = (id: string) =>
      lab
        .snapshots()
        .filter((s) => s.runId === id)
        .reduce((n, s) => n + s.history.trainLossSum.length, 0);
    // One second: 'a' follows the shared 1 epoch/s, 'b' its own 30.
    expect(epochsOf('a')).toBe(1);
    expect(epochsOf('b')).toBeGreaterThanOrEqual(29);
    expect(epochsOf('b')).toBeLessThanOrEqual(31);
    const own = lab.snapshots().filter((s) => s.runId === 'b');
    expect(own.at(-1)?.pace).toBe('epochs');
    lab.send({ type: 'run-speed', runIds: ['b'], epochsPerSecond: null });
    const b = lab.snapshots().filter((s) => s.runId === 'b');
    expect(b.at(-1)?.pace).toBe('stages');
  });

  it('ignores runs it does not know and refuses a speed that is not a number', () => {
    const lab = setup();
    lab.send({ type: 'run-speed', runIds: ['nobody'], epochsPerSecond: 5 });
    expect(lab.events.some((e) => e.type === 'error')).toBe(false);
    lab.send({ type: 'run-speed', runIds: ['a'], epochsPerSecond: Number.NaN });
    expect(lab.events.some((e) => e.type === 'error')).toBe(true);
  });
});
