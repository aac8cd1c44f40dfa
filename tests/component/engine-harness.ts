/**
 * The real engine, driven synchronously for component tests of the lessons: commands from
 * the views go straight to an Engine whose clock is a queue the test drains, and its events go
 * straight into the runs store (replies to requests settle the views' promises instead).
 */
import { act } from '@testing-library/react';
import { Engine } from '../../src/engine/engine';
import { PendingRequests } from '../../src/engine/pending-requests';
import type { EngineCommand, EngineEvent, RequestEvent } from '../../src/engine/protocol';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { useLessonModel } from '../../src/lessons/shared/lesson-model';

type AnswerEvent = Extract<RequestEvent, { type: 'answer' }>;

export interface Harness {
  readonly engine: Engine;
  /** Every command the views sent, in order (requests included). */
  readonly sent: EngineCommand[];
  /** Every answer the engine gave to a request, in order. */
  readonly answers: AnswerEvent[];
  /** Sends a command as the page would, then runs the engine until it is idle. */
  send(command: EngineCommand): void;
}

export interface Connection {
  readonly sent: EngineCommand[];
  readonly answers: AnswerEvent[];
  /** Hands a command to the engine, runs `drain`, then delivers what the engine emitted. */
  deliver(command: EngineCommand): void;
  /** Delivers what the engine emitted since (after the clock moved, say). */
  flush(): void;
}

/**
 * Installs `engine` as the page's engine, as engine-bridge does with the worker's client:
 * commands and requests go to it, and the events it pushes onto `events` are delivered after
 * each command, replies to requests to their promises and the rest to the runs store.
 */
export function connectEngine(
  engine: Engine,
  events: EngineEvent[],
  drain: () => void = () => undefined,
): Connection {
  const pending = new PendingRequests();
  const sent: EngineCommand[] = [];
  const answers: AnswerEvent[] = [];
  const flush = () => {
    const batch = events.splice(0);
    for (const event of batch) if (event.type === 'answer') answers.push(event);
    useRuns.getState().applyEvents(batch.filter((event) => !pending.receive(event)));
  };
  const deliver = (command: EngineCommand) => {
    sent.push(command);
    engine.handle(command);
    drain();
    flush();
  };
  useCommands.setState({ sender: null, asker: null, queued: [] });
  useCommands
    .getState()
    .install(deliver, (kind, ask, options) => pending.open(kind, ask, deliver, options));
  return { sent, answers, deliver, flush };
}

/** A playing engine finishes its runs within a few ticks here: more means a stuck loop. */
const MAX_TICKS = 10_000;

export interface HarnessOptions {
  /** Epochs per second to set first (Infinity: a playing run trains to its end at once). */
  readonly speed?: number;
  /** Resets a lesson's own store along with the shared ones. */
  readonly reset?: () => void;
}

export function installEngine(options: HarnessOptions = {}): Harness {
  useRuns.getState().reset();
  useConfig.getState().reset();
  useLessonModel.getState().reset();
  options.reset?.();
  const events: EngineEvent[] = [];
  const ticks: (() => void)[] = [];
  // A clock that never advances: each tick trains as many epochs as the speed allows.
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: (fn) => void ticks.push(fn),
  });
  const drain = () => {
    for (let n = 0; ticks.length > 0; n++) {
      if (n > MAX_TICKS) throw new Error('the engine kept ticking');
      ticks.shift()?.();
    }
  };
  let connection: Connection | null = null;
  act(() => {
    connection = connectEngine(engine, events, drain);
    const { deliver } = connection;
    if (options.speed !== undefined) deliver({ type: 'speed', epochsPerSecond: options.speed });
    // What the page does at start-up: the main run follows the settings.
    deliver({ type: 'configure', runId: 'main', config: useConfig.getState().run });
  });
  const { sent, answers, deliver } = connection as unknown as Connection;
  return { engine, sent, answers, send: (command) => act(() => deliver(command)) };
}
