// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/engine/client';
import type { EngineCommand, EngineEvent, RunConfig } from '../../src/engine/protocol';
import { ManualClock } from '../manual-clock';

/** Just enough of a Worker: listeners, postMessage into a list, terminate. */
class FakeWorker extends EventTarget {
  readonly posted: unknown[] = [];
  terminated = false;

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** A message from the worker to the page. */
  reply(data: EngineEvent): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

const config = { model: 'article', learningRate: 0.1 } as unknown as RunConfig;

function setup() {
  const workers: FakeWorker[] = [];
  const frames: (() => void)[] = [];
  const received: EngineEvent[][] = [];
  const clock = new ManualClock();
  const client = new EngineClient({
    clock,
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    onEvents: (events) => received.push(events),
    requestFrame: (callback) => frames.push(callback),
  });
  const runFrames = () => frames.splice(0).forEach((frame) => frame());
  return { client, workers, frames, received, runFrames, clock };
}

describe('EngineClient', () => {
  it('delivers the messages that arrive between frames in one call', () => {
    const { workers, frames, received, runFrames } = setup();
    const worker = workers[0]!;
    worker.reply({ type: 'ready' });
    worker.reply({ type: 'status', runId: 'a', status: 'running', epoch: 1 });
    worker.reply({ type: 'playing', playing: true, runIds: ['a'] });
    expect(received).toEqual([]);
    expect(frames).toHaveLength(1);
    runFrames();
    expect(received).toHaveLength(1);
    expect(received[0]!.map((e) => e.type)).toEqual(['ready', 'status', 'playing']);
    worker.reply({ type: 'ready' });
    runFrames();
    expect(received).toHaveLength(2);
  });

  it('sends commands to the worker', () => {
    const { client, workers } = setup();
    const command: EngineCommand = { type: 'play' };
    client.send(command);
    expect(workers[0]!.posted).toEqual([command]);
  });

  it('restart() replaces the worker and replays speed and the latest configurations', () => {
    const { client, workers } = setup();
    const newer = { ...config, learningRate: 0.5 };
    client.send({ type: 'configure', runId: 'a', config });
    client.send({ type: 'configure', runId: 'b', config });
    client.send({ type: 'speed', epochsPerSecond: 20 });
    client.send({ type: 'configure', runId: 'a', config: newer });
    client.send({ type: 'remove', runId: 'b' });
    client.send({ type: 'play' });
    client.restart();
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted).toEqual([
      { type: 'speed', epochsPerSecond: 20 },
      { type: 'configure', runId: 'a', config: newer },
    ]);
  });

  it('ignores the old worker after a restart, and says nothing plays in the new one', () => {
    const { client, workers, received, runFrames } = setup();
    client.restart();
    workers[0]!.reply({ type: 'ready' });
    runFrames();
    expect(received).toEqual([[{ type: 'playing', playing: false, runIds: [] }]]);
  });

  it('reports a worker that stops answering while a run plays', () => {
    const { client, workers, received, runFrames, clock } = setup();
    client.send({ type: 'play' });
    workers[0]!.reply({ type: 'playing', playing: true, runIds: ['main'] });
    runFrames();
    clock.advance(1000);
    expect(workers[0]!.posted.at(-1)).toEqual({ type: 'ping' });
    clock.advance(1999);
    runFrames();
    expect(received.flat().some((event) => event.type === 'error')).toBe(false);
    clock.advance(1001);
    runFrames();
    expect(received.flat().at(-1)).toEqual({
      type: 'error',
      message: 'The training engine stopped: it stopped answering',
      fatal: true,
    });
  });

  it('does not blame a worker that answers its pings', () => {
    const { client, workers, received, runFrames, clock } = setup();
    client.send({ type: 'play' });
    workers[0]!.reply({ type: 'playing', playing: true, runIds: ['main'] });
    runFrames();
    for (let second = 0; second < 30; second++) {
      clock.advance(1000);
      workers[0]!.reply({ type: 'pong' });
    }
    runFrames();
    expect(received.flat().some((event) => event.type === 'error')).toBe(false);
  });

  it('gives a sweep, which blocks the worker for seconds per rate, longer before calling it silent', async () => {
    const { client, workers, received, runFrames, clock } = setup();
    client.send({ type: 'play' });
    workers[0]!.reply({ type: 'playing', playing: true, runIds: ['main'] });
    const sweep = client.request('sweep', { config, learningRates: [0.1, 0.2] });
    runFrames();
    clock.advance(6000);
    runFrames();
    expect(received.flat().some((event) => event.type === 'error')).toBe(false);
    workers[0]!.reply({
      type: 'answer',
      requestId: 1,
      kind: 'sweep',
      answer: {
        learningRates: new Float64Array([0.1, 0.2]),
        finalLosses: new Float64Array([0.5, 0.4]),
        outcomes: ['finished', 'finished'],
      },
    });
    runFrames();
    await expect(sweep).resolves.toMatchObject({ outcomes: ['finished', 'finished'] });
    clock.advance(3000);
    runFrames();
    expect(received.flat().at(-1)).toMatchObject({ type: 'error', fatal: true });
  });

  it('sends no pings while nothing plays and nothing waits for an answer', () => {
    const { client, workers, clock } = setup();
    client.send({ type: 'pause' });
    workers[0]!.reply({ type: 'playing', playing: false, runIds: [] });
    clock.advance(10_000);
    expect(workers[0]!.posted).toEqual([{ type: 'pause' }]);
  });

  it('turns a worker error into a fatal error event', () => {
    const { workers, received, runFrames } = setup();
    workers[0]!.crash('out of memory');
    workers[0]!.dispatchEvent(new Event('messageerror'));
    runFrames();
    expect(received[0]).toEqual([
      { type: 'error', message: 'The training engine stopped: out of memory', fatal: true },
      {
        type: 'error',
        message: 'The training engine stopped: a message could not be read',
        fatal: true,
      },
    ]);
  });

  it('dispose() terminates the worker', () => {
    const { client, workers } = setup();
    client.dispose();
    expect(workers[0]!.terminated).toBe(true);
    client.send({ type: 'pause' });
    expect(workers[0]!.posted).toEqual([]);
  });
});
