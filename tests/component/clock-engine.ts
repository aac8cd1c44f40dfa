/**
 * The real engine on a manual clock, for component tests that watch a run play: time moves only
 * when the test says, and each advance delivers the engine's events to the runs store the way
 * the page does (one batch per advance).
 */
import { act } from '@testing-library/react';
import { Engine } from '../../src/engine/engine';
import type { EngineCommand, EngineEvent } from '../../src/engine/protocol';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { ManualClock } from '../manual-clock';
import { connectEngine, type Connection } from './engine-harness';

export interface ClockEngine {
  readonly engine: Engine;
  send(command: EngineCommand): void;
  /** Moves the clock on by `ms` in steps of `step` ms, delivering events after each step. */
  advance(ms: number, step?: number): void;
}

export function installClockEngine(epochsPerSecond: number): ClockEngine {
  useRuns.getState().reset();
  useConfig.getState().reset();
  const clock = new ManualClock();
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), clock);
  let connection: Connection | null = null;
  act(() => {
    connection = connectEngine(engine, events);
    connection.deliver({ type: 'speed', epochsPerSecond });
    connection.deliver({ type: 'configure', runId: 'main', config: useConfig.getState().run });
  });
  const { deliver, flush } = connection as unknown as Connection;
  return {
    engine,
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
