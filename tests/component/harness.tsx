/**
 * The one harness for component tests. A test that needs the engine gets the real Engine,
 * connected the way engine-bridge connects the worker's client (commands, typed requests and
 * their answers) and driven synchronously on one of three clocks:
 *
 * - `installEngine`: time never moves but every tick runs at once, so a playing run trains to
 *   its end within the command that started it (the lessons' tests);
 * - `installClockEngine`: a manual clock, for tests that watch a run play: time moves only
 *   when the test says, and each step delivers one batch of events, as the page gets them;
 * - `installStepEngine`: a clock that never ticks, for the step-by-step lessons: only the
 *   commands the views send move the run.
 *
 * Besides: fresh stores, captured downloads, and stand-ins for the shell's lesson views and
 * worker bridge (the shell's tests must not depend on the lessons' progress).
 */
import { act, configure } from '@testing-library/react';
import { vi } from 'vitest';
import { Engine } from '../../src/engine/engine';
import { PendingRequests } from '../../src/engine/pending-requests';
import type {
  EngineCommand,
  EngineEvent,
  RequestEvent,
  StepDetail,
} from '../../src/engine/protocol';
import { useLessonModel } from '../../src/lessons/shared/lesson-model';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { DEFAULT_RUN_CONFIG, lessonIds } from '../../src/store/config-schema';
import { useRuns } from '../../src/store/runs';
import { ManualClock } from '../manual-clock';

// The shell loads its tools lazily; a busy machine can take over a second for the first one.
configure({ asyncUtilTimeout: 5000 });

type AnswerEvent = Extract<RequestEvent, { type: 'answer' }>;

/**
 * Every shared store back to its first state. No parameters: tests pass it straight to
 * beforeEach, which would read a parameter as the old done callback.
 */
export function resetStores(): void {
  useRuns.getState().reset();
  useConfig.getState().reset();
  useLessonModel.getState().reset();
  useCommands.setState(useCommands.getInitialState(), true);
}

// ---------------------------------------------------------------------------------------------
// The engine, connected as the page connects the worker

export interface Connection {
  /** Every command the views sent, in order (requests included). */
  readonly sent: EngineCommand[];
  /** Every answer the engine gave to a request, in order. */
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

/** Connects `engine` inside act and sends what the page sends at start-up. */
function connectAtStartUp(
  engine: Engine,
  events: EngineEvent[],
  drain?: () => void,
  speed?: number,
): Connection {
  let connection: Connection | null = null;
  act(() => {
    connection = connectEngine(engine, events, drain);
    if (speed !== undefined) connection.deliver({ type: 'speed', epochsPerSecond: speed });
    // The main run follows the settings, and keeps every epoch for the exports.
    connection.deliver({
      type: 'configure',
      runId: 'main',
      config: useConfig.getState().run,
      keepEveryEpoch: true,
    });
  });
  return connection as unknown as Connection;
}

// ---------------------------------------------------------------------------------------------
// Time never moves, every tick runs at once

export interface Harness {
  readonly engine: Engine;
  /** Every command the views sent, in order (requests included). */
  readonly sent: EngineCommand[];
  /** Every answer the engine gave to a request, in order. */
  readonly answers: AnswerEvent[];
  /** Sends a command as the page would, then runs the engine until it is idle. */
  send(command: EngineCommand): void;
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
  resetStores();
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
  const { sent, answers, deliver } = connectAtStartUp(engine, events, drain, options.speed);
  return { engine, sent, answers, send: (command) => act(() => deliver(command)) };
}

// ---------------------------------------------------------------------------------------------
// A manual clock

export interface ClockEngine {
  readonly engine: Engine;
  /** Every command the views sent, in order (requests included). */
  readonly sent: EngineCommand[];
  send(command: EngineCommand): void;
  /** Moves the clock on by `ms` in steps of `step` ms, delivering events after each step. */
  advance(ms: number, step?: number): void;
}

export interface ClockEngineOptions {
  /** Epochs per second to set first; the engine's own default when left out. */
  readonly speed?: number;
  /**
   * Keeps the stores as the test left them (the shell's tests reset them before each test
   * and may change a setting before the engine starts); otherwise they start fresh.
   */
  readonly keepStores?: boolean;
}

export function installClockEngine(options: ClockEngineOptions = {}): ClockEngine {
  if (options.keepStores !== true) resetStores();
  const clock = new ManualClock();
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), clock);
  const { sent, deliver, flush } = connectAtStartUp(engine, events, undefined, options.speed);
  return {
    engine,
    sent,
    send: (command) => act(() => deliver(command)),
    advance: (ms, step = ms) =>
      act(() => {
        for (let done = 0; done < ms; done += step) {
          clock.advance(Math.min(step, ms - done));
          flush();
        }
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// A clock that never ticks: the step-by-step lessons

export interface StepHarness {
  /** Sends a command as a view would (inside act, so React sees the new state). */
  send(command: EngineCommand): void;
  /** Every command the views sent since the main run was configured, in order. */
  readonly sent: EngineCommand[];
  /** The latest step detail of a run, straight from the store. */
  detail(runId: string): StepDetail;
}

/** A fresh engine with the main run configured from the default (article) settings. */
export function installStepEngine(): StepHarness {
  resetStores();
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  const { sent, deliver } = connectEngine(engine, events);
  const harness: StepHarness = {
    send: (command) => act(() => deliver(command)),
    sent,
    detail(runId) {
      const detail = useRuns.getState().steps[runId];
      if (detail === undefined) throw new Error(`no step detail for ${runId}`);
      return detail;
    },
  };
  harness.send({ type: 'configure', runId: 'main', config: DEFAULT_RUN_CONFIG });
  sent.length = 0;
  return harness;
}

// ---------------------------------------------------------------------------------------------
// The shell's stand-ins

export const stubLessonViews = () => ({
  FIRST_SCREEN_LESSON: 'loop',
  /** A test can ask which lessons were loaded ahead (the lesson links do it). */
  loadLessonAhead: vi.fn(),
  lessonViews: Object.fromEntries(
    lessonIds.map((id) => [id, () => <p data-testid={`view-${id}`}>{`content of ${id}`}</p>]),
  ),
});

/** The worker bridge, without the worker (and its build-time first-screen module). */
export const stubEngineBridge = () => ({
  MAIN_RUN: 'main',
  startEngine: () => undefined,
  restartEngine: () => undefined,
});

/** Captures downloads: the Blob and file name of each, instead of a browser download. */
export function captureDownloads(): { files: { name: string; blob: Blob }[] } {
  const captured: { files: { name: string; blob: Blob }[] } = { files: [] };
  const blobs = new Map<string, Blob>();
  let next = 0;
  // jsdom has no object URLs: stand-ins that remember which Blob each URL names.
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    const url = `blob:test/${next++}`;
    blobs.set(url, blob as Blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob !== undefined) captured.files.push({ name: this.download, blob });
  });
  return captured;
}
