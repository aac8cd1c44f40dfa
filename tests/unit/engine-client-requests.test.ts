// @vitest-environment node
/**
 * The typed request API of the page's engine client: each request gets its own promise, the
 * worker's reply is matched by the id it echoes, a cancelled request's late answer is dropped,
 * and a restart rejects whatever still waits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/engine/client';
import { EngineRequestError, isCancelled } from '../../src/engine/pending-requests';
import type { EngineEvent, RequestCommand } from '../../src/engine/protocol';
import { ManualClock } from '../manual-clock';

class FakeWorker extends EventTarget {
  readonly posted: unknown[] = [];

  postMessage(message: unknown): void {
    this.posted.push(message);
  }

  terminate(): void {}

  reply(data: EngineEvent): void {
    this.dispatchEvent(Object.assign(new Event('message'), { data }));
  }

  requests(): RequestCommand[] {
    return this.posted.filter(
      (m): m is RequestCommand => (m as { type?: unknown }).type === 'request',
    );
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const frames: (() => void)[] = [];
  const received: EngineEvent[] = [];
  const client = new EngineClient({
    clock: new ManualClock(),
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    onEvents: (events) => received.push(...events),
    requestFrame: (callback) => frames.push(callback),
  });
  const runFrames = () => frames.splice(0).forEach((frame) => frame());
  return { client, worker: () => workers.at(-1)!, received, runFrames };
}

const check = (runId: string, paramIndex: number) =>
  ({ runId, paramIndex, analytic: paramIndex, numeric: paramIndex }) as const;

describe('EngineClient requests', () => {
  it('answers each request with its own answer, whatever order the replies come in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: 8 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
          ),
        async ([n, order]) => {
          const { client, worker, received, runFrames } = setup();
          const promises = Array.from({ length: n }, (_, k) =>
            client.request('gradient-check', { runId: 'a', paramIndex: k }),
          );
          const sent = worker().requests();
          // Ids are this client's own, one per request, carried in the command.
          expect(new Set(sent.map((c) => c.requestId)).size).toBe(n);
          for (const k of order) {
            const command = sent[k]!;
            if (command.kind !== 'gradient-check') throw new Error('wrong kind');
            worker().reply({
              type: 'answer',
              requestId: command.requestId,
              kind: 'gradient-check',
              answer: check('a', command.ask.paramIndex),
            });
          }
          runFrames();
          const answers = await Promise.all(promises);
          expect(answers.map((a) => a.paramIndex)).toEqual([...Array(n).keys()]);
          // Replies are settled by the client: the stores never see them.
          expect(received.filter((e) => e.type === 'answer')).toEqual([]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it("rejects a refused request with a 'failed' error carrying the engine's message", async () => {
    const { client, worker, runFrames } = setup();
    const promise = client.request('landscape', {
      runId: 'gone',
      axes: [0, 1],
      resolution: 8,
      ranges: [
        [0, 1],
        [0, 1],
      ],
    });
    const [command] = worker().requests();
    worker().reply({ type: 'request-failed', requestId: command!.requestId, message: 'no run' });
    runFrames();
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineRequestError);
    expect(error).toMatchObject({ kind: 'failed', message: 'no run' });
  });

  it('drops the answer to a cancelled request and rejects it as cancelled', async () => {
    const { client, worker, runFrames } = setup();
    const controller = new AbortController();
    const cancelled = client.request(
      'gradient-check',
      { runId: 'a', paramIndex: 1 },
      { signal: controller.signal },
    );
    const kept = client.request('gradient-check', { runId: 'a', paramIndex: 2 });
    controller.abort();
    const error = await cancelled.catch((e: unknown) => e);
    expect(isCancelled(error)).toBe(true);
    const [first, second] = worker().requests();
    worker().reply({
      type: 'answer',
      requestId: first!.requestId,
      kind: 'gradient-check',
      answer: check('a', 1),
    });
    worker().reply({
      type: 'answer',
      requestId: second!.requestId,
      kind: 'gradient-check',
      answer: check('a', 2),
    });
    runFrames();
    await expect(kept).resolves.toMatchObject({ paramIndex: 2 });
    // A request cancelled before it is sent never reaches the worker.
    const late = client.request(
      'surface',
      { start: [0, 0], racers: [], steps: 1, resolution: 0 },
      {
        signal: AbortSignal.abort(),
      },
    );
    expect(isCancelled(await late.catch((e: unknown) => e))).toBe(true);
    expect(worker().requests()).toHaveLength(2);
  });

  it('reports progress to the request that asked, then its answer', async () => {
    const { client, worker, runFrames } = setup();
    const seen: number[] = [];
    const promise = client.request(
      'sweep',
      { config: {} as never, learningRates: [0.1, 0.2] },
      { onProgress: (done) => seen.push(done) },
    );
    const id = worker().requests()[0]!.requestId;
    worker().reply({ type: 'request-progress', requestId: id, done: 1, total: 2 });
    worker().reply({ type: 'request-progress', requestId: id + 1, done: 9, total: 9 });
    worker().reply({ type: 'request-progress', requestId: id, done: 2, total: 2 });
    worker().reply({
      type: 'answer',
      requestId: id,
      kind: 'sweep',
      answer: {
        learningRates: new Float64Array(2),
        finalLosses: new Float64Array(2),
        outcomes: [],
      },
    });
    runFrames();
    await promise;
    expect(seen).toEqual([1, 2]);
  });

  it("rejects what still waits with a 'stopped' error when the worker restarts or fails", async () => {
    const { client, worker, runFrames } = setup();
    const first = client.request('gradient-check', { runId: 'a', paramIndex: 0 });
    const oldWorker = worker();
    const oldId = oldWorker.requests()[0]!.requestId;
    client.restart();
    expect(await first.catch((e: unknown) => e)).toMatchObject({ kind: 'stopped' });
    // The old worker's late answer changes nothing.
    oldWorker.reply({
      type: 'answer',
      requestId: oldId,
      kind: 'gradient-check',
      answer: check('a', 0),
    });
    runFrames();
    const second = client.request('gradient-check', { runId: 'a', paramIndex: 0 });
    worker().dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    runFrames();
    expect(await second.catch((e: unknown) => e)).toMatchObject({ kind: 'stopped' });
  });
});
