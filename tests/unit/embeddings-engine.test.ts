// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { phrases } from '../../src/core/phrases';
import { EmbeddingsEngine } from '../../src/engine/embeddings/engine';
import { SNAPSHOT_INTERVAL_MS } from '../../src/engine/runtime/scheduler';
import {
  DEFAULT_EMBEDDINGS_CONFIG,
  type EmbeddingsCommand,
  type EmbeddingsEvent,
  type EmbeddingsSnapshot,
} from '../../src/engine/embeddings/protocol';
import { ManualClock } from '../manual-clock';

function setUp() {
  const clock = new ManualClock();
  const events: { event: EmbeddingsEvent; at: number }[] = [];
  const engine = new EmbeddingsEngine((event) => events.push({ event, at: clock.time }), clock);
  const send = (command: EmbeddingsCommand) => engine.handle(command);
  const snapshots = () =>
    events.flatMap(({ event }) => (event.type === 'snapshot' ? [event.snapshot] : []));
  const last = (): EmbeddingsSnapshot => {
    const all = snapshots();
    const snapshot = all[all.length - 1];
    if (snapshot === undefined) throw new Error('no snapshot yet');
    return snapshot;
  };
  const ofType = <T extends EmbeddingsEvent['type']>(type: T) =>
    events.flatMap(({ event }) =>
      event.type === type ? [event as Extract<EmbeddingsEvent, { type: T }>] : [],
    );
  send({ type: 'configure', config: DEFAULT_EMBEDDINGS_CONFIG });
  return { clock, events, send, snapshots, last, ofType };
}

/** Plays until the engine stops by itself (settled or at its epoch limit). */
function playToEnd(t: ReturnType<typeof setUp>): void {
  t.send({ type: 'play' });
  for (let s = 0; s < 120 && t.ofType('status').at(-1)?.playing !== false; s++)
    t.clock.advance(1000);
}

function separation(snapshot: EmbeddingsSnapshot) {
  const similar = snapshot.pairs.filter((p) => p.similar).map((p) => p.distance);
  const different = snapshot.pairs.filter((p) => !p.similar).map((p) => p.distance);
  return { farthestSimilar: Math.max(...similar), closestDifferent: Math.min(...different) };
}

describe('embeddings engine', () => {
  it('answers configure with a first snapshot: every phrase placed, every pair measured, loss at epoch 0', () => {
    const { last } = setUp();
    const snapshot = last();
    expect(snapshot.fresh).toBe(true);
    expect(snapshot.epoch).toBe(0);
    expect(snapshot.points.length).toBe(phrases.length * 2);
    expect(snapshot.points.every(Number.isFinite)).toBe(true);
    expect([...snapshot.lossEpochs]).toEqual([0]);
    expect(snapshot.lossValues[0]).toBeCloseTo(snapshot.loss, 12);
    expect(snapshot.pairs.length).toBeGreaterThan(20);
    for (const pair of snapshot.pairs) {
      const expected = pair.similar ? 'pull' : pair.distance < snapshot.margin ? 'push' : 'rest';
      expect(pair.force).toBe(expected);
    }
  });

  it('after training (seeded), puts every similar pair closer than every different pair', () => {
    const t = setUp();
    const before = separation(t.last());
    expect(before.farthestSimilar).toBeGreaterThan(before.closestDifferent);
    playToEnd(t);
    const after = t.last();
    expect(after.status).toBe('finished');
    expect(after.epoch).toBeGreaterThan(5);
    const { farthestSimilar, closestDifferent } = separation(after);
    expect(farthestSimilar).toBeLessThan(closestDifferent);
    // Different pairs end at least near the margin; similar pairs nearly on top of each other.
    expect(closestDifferent).toBeGreaterThan(0.9 * after.margin);
    expect(farthestSimilar).toBeLessThan(0.05 * after.margin);
  });

  it('streams every epoch loss exactly once, in snapshots at most every 20 ms, and the loss falls', () => {
    const t = setUp();
    playToEnd(t);
    const snapshots = t.snapshots();
    const epochs = snapshots.flatMap((s) => [...s.lossEpochs]);
    expect(epochs).toEqual(Array.from({ length: t.last().epoch + 1 }, (_, e) => e));
    const losses = snapshots.flatMap((s) => [...s.lossValues]);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! / 100);
    const times = t.events.filter(({ event }) => event.type === 'snapshot').map(({ at }) => at);
    for (let i = 2; i < times.length - 1; i++) {
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(SNAPSHOT_INTERVAL_MS);
    }
  });

  it('plays at the configured speed and pauses at once', () => {
    const t = setUp();
    t.send({ type: 'configure', config: { ...DEFAULT_EMBEDDINGS_CONFIG, epochsPerSecond: 10 } });
    t.send({ type: 'play' });
    t.clock.advance(1000);
    expect(t.last().epoch).toBeGreaterThanOrEqual(9);
    expect(t.last().epoch).toBeLessThanOrEqual(10);
    t.send({ type: 'pause' });
    const paused = t.last().epoch;
    expect(t.ofType('status').at(-1)).toEqual({
      type: 'status',
      playing: false,
      status: 'running',
    });
    t.clock.advance(1000);
    expect(t.last().epoch).toBe(paused);
  });

  it('steps one pair: its distance, loss and the pull or push on each point', () => {
    const t = setUp();
    const before = t.last();
    t.send({ type: 'step', granularity: 'pair' });
    const detail = t.ofType('step').at(-1)!.detail;
    const pair = before.pairs.find(
      (p) => p.a === detail.a && p.b === detail.b && p.similar === detail.similar,
    )!;
    expect(detail.distance).toBeCloseTo(pair.distance, 12);
    expect(detail.loss).toBeCloseTo(pair.loss, 12);
    expect(detail.force).toBe(pair.force);
    expect(detail.forceOnB).toEqual([-detail.forceOnA[0], -detail.forceOnA[1]]);
    // |force| = |dℓ/dd|: 2d for a pull, 2(margin − d) for a push.
    const size = Math.hypot(...detail.forceOnA);
    const expected = detail.similar
      ? 2 * detail.distance
      : 2 * Math.max(0, detail.margin - detail.distance);
    expect(size).toBeCloseTo(expected, 10);
    expect(detail.pairInEpoch).toBe(1);
    expect(t.last().updates).toBe(1);
    expect(t.last().pairs.find((p) => p.a === detail.a && p.b === detail.b)!.distance).toBeCloseTo(
      detail.distanceAfter,
      12,
    );
  });

  it('adds a learner pair that reshapes the geometry, and keeps it through reset', () => {
    const t = setUp();
    playToEnd(t);
    const espresso = 4;
    const food = 17;
    const apart = t.last().pairs.length;
    const distanceBefore = Math.hypot(
      t.last().points[espresso * 2]! - t.last().points[food * 2]!,
      t.last().points[espresso * 2 + 1]! - t.last().points[food * 2 + 1]!,
    );
    t.send({ type: 'add-pair', pair: { a: espresso, b: food, similar: true } });
    const added = t.last().pairs.find((p) => p.a === espresso && p.b === food)!;
    expect(t.last().pairs.length).toBe(apart + 1);
    expect(added.extra).toBe(true);
    expect(added.force).toBe('pull');
    for (let e = 0; e < 30; e++) t.send({ type: 'step', granularity: 'epoch' });
    const pulled = t.last().pairs.find((p) => p.a === espresso && p.b === food)!;
    expect(pulled.distance).toBeLessThan(distanceBefore / 2);
    t.send({ type: 'reset' });
    expect(t.last().epoch).toBe(0);
    expect(t.last().fresh).toBe(true);
    expect(t.last().pairs.some((p) => p.a === espresso && p.b === food && p.extra)).toBe(true);
  });

  it('answers nearest by cosine in either language, and again after each snapshot', () => {
    const t = setUp();
    playToEnd(t);
    t.send({ type: 'nearest', query: 'I need coffee', count: 4 });
    const answer = t.ofType('nearest').at(-1)!;
    expect(answer.index).toBe(0);
    expect(answer.neighbours).toHaveLength(4);
    const names = answer.neighbours.map((n) => phrases[n.index]!.text);
    expect(names).toContain('محتاج قهوة');
    expect(answer.neighbours.every((n) => phrases[n.index]!.group === 'coffee')).toBe(true);
    expect(answer.neighbours[0]!.similarity).toBeGreaterThan(0.99);

    t.send({ type: 'nearest', query: 'نوم', count: 3 });
    const arabic = t.ofType('nearest').at(-1)!;
    expect(arabic.neighbours.map((n) => phrases[n.index]!.group)).toEqual([
      'sleep',
      'sleep',
      'sleep',
    ]);

    const answers = t.ofType('nearest').length;
    t.send({ type: 'step', granularity: 'pair' });
    expect(t.ofType('nearest').length).toBe(answers + 1);

    t.send({ type: 'nearest', query: 'tea please' });
    expect(t.ofType('nearest').at(-1)).toMatchObject({ index: -1, neighbours: [] });
  });

  it('applies a new margin in place but starts over with a new seed', () => {
    const t = setUp();
    for (let e = 0; e < 3; e++) t.send({ type: 'step', granularity: 'epoch' });
    t.send({ type: 'configure', config: { ...DEFAULT_EMBEDDINGS_CONFIG, margin: 2 } });
    expect(t.last()).toMatchObject({ epoch: 3, margin: 2, fresh: false });
    t.send({ type: 'configure', config: { ...DEFAULT_EMBEDDINGS_CONFIG, margin: 2, seed: 99 } });
    expect(t.last()).toMatchObject({ epoch: 0, fresh: true });
  });

  it('reports bad commands as errors instead of throwing', () => {
    const t = setUp();
    t.send({ type: 'configure', config: { ...DEFAULT_EMBEDDINGS_CONFIG, margin: -1 } });
    t.send({ type: 'add-pair', pair: { a: 3, b: 3, similar: true } });
    t.send({ type: 'add-pair', pair: { a: 0, b: 400, similar: true } });
    expect(t.ofType('error').map((e) => e.message)).toEqual([
      expect.stringMatching(/margin/),
      expect.stringMatching(/two different phrases/),
      expect.stringMatching(/no phrase 400/),
    ]);
  });

  it('stops playing with status diverged when the learning rate is far too large', () => {
    const t = setUp();
    t.send({ type: 'configure', config: { ...DEFAULT_EMBEDDINGS_CONFIG, learningRate: 50 } });
    playToEnd(t);
    expect(t.ofType('status').at(-1)).toEqual({
      type: 'status',
      playing: false,
      status: 'diverged',
    });
    expect(t.last().status).toBe('diverged');
  });
});

describe('embeddings client', () => {
  /** Stands in for the worker: records what it is sent, and can post events back. */
  class FakeWorker extends EventTarget {
    sent: unknown[] = [];
    terminated = false;
    postMessage(message: unknown): void {
      this.sent.push(message);
    }
    terminate(): void {
      this.terminated = true;
    }
    reply(data: EmbeddingsEvent): void {
      this.dispatchEvent(new MessageEvent('message', { data }));
    }
  }

  it('hands events over once per frame, and replays the configuration after a restart', async () => {
    const { EmbeddingsClient } = await import('../../src/engine/embeddings/client');
    const workers: FakeWorker[] = [];
    const frames: (() => void)[] = [];
    const batches: EmbeddingsEvent[][] = [];
    const client = new EmbeddingsClient({
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker as unknown as Worker;
      },
      onEvents: (events) => batches.push(events),
      requestFrame: (callback) => frames.push(callback),
    });
    client.send({ type: 'configure', config: DEFAULT_EMBEDDINGS_CONFIG });
    client.send({ type: 'add-pair', pair: { a: 0, b: 7, similar: true } });
    workers[0]!.reply({ type: 'ready' });
    workers[0]!.reply({ type: 'status', playing: true, status: 'running' });
    expect(frames).toHaveLength(1);
    expect(batches).toHaveLength(0);
    frames[0]!();
    expect(batches).toEqual([
      [{ type: 'ready' }, { type: 'status', playing: true, status: 'running' }],
    ]);

    client.restart();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.sent).toEqual([
      {
        type: 'configure',
        config: { ...DEFAULT_EMBEDDINGS_CONFIG, extraPairs: [{ a: 0, b: 7, similar: true }] },
      },
    ]);
    client.dispose();
  });
});
