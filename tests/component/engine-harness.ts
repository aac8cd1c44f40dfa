/**
 * The real engine, driven synchronously for component tests of the lessons: commands from
 * the views go straight to an Engine whose clock is a queue the test drains, and its events go
 * straight into the runs store.
 */
import { act } from '@testing-library/react';
import { Engine } from '../../src/engine/engine';
import type { EngineCommand, EngineEvent } from '../../src/engine/protocol';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { useLessonModel } from '../../src/lessons/shared/lesson-model';

export interface Harness {
  readonly engine: Engine;
  /** Every command the views sent, in order. */
  readonly sent: EngineCommand[];
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
  useRuns.getState().reset();
  useConfig.getState().reset();
  useLessonModel.getState().reset();
  options.reset?.();
  const events: EngineEvent[] = [];
  const ticks: (() => void)[] = [];
  const sent: EngineCommand[] = [];
  // A clock that never advances: each tick trains as many epochs as the speed allows.
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: (fn) => void ticks.push(fn),
  });
  const deliver = (command: EngineCommand) => {
    sent.push(command);
    engine.handle(command);
    for (let n = 0; ticks.length > 0; n++) {
      if (n > MAX_TICKS) throw new Error('the engine kept ticking');
      ticks.shift()?.();
    }
    useRuns.getState().applyEvents(events.splice(0));
  };
  act(() => {
    useCommands.setState({ sender: null, queued: [] });
    useCommands.getState().install(deliver);
    if (options.speed !== undefined) deliver({ type: 'speed', epochsPerSecond: options.speed });
    // What the page does at start-up: the main run follows the settings.
    deliver({ type: 'configure', runId: 'main', config: useConfig.getState().run });
  });
  return { engine, sent, send: (command) => act(() => deliver(command)) };
}
