/**
 * Drives the real engine synchronously for the step-lesson component tests: commands the
 * views send go straight to an Engine (no worker, a clock that never ticks) and its events
 * go straight into the runs store.
 */
import { act } from '@testing-library/react';
import { Engine } from '../../src/engine/engine';
import type { EngineCommand, EngineEvent, StepDetail } from '../../src/engine/protocol';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { DEFAULT_RUN_CONFIG } from '../../src/store/config-schema';
import { useRuns } from '../../src/store/runs';
import { useLessonModel } from '../../src/lessons/shared/lesson-model';
import { connectEngine } from './engine-harness';

export interface Harness {
  /** Sends a command as a view would (inside act, so React sees the new state). */
  send(command: EngineCommand): void;
  /** Every command the views sent, in order. */
  readonly sent: EngineCommand[];
  /** The latest step detail of a run, straight from the store. */
  detail(runId: string): StepDetail;
}

export function resetStores(): void {
  useRuns.getState().reset();
  useConfig.getState().reset();
  useLessonModel.getState().reset();
  useCommands.setState(useCommands.getInitialState(), true);
}

/** A fresh engine with the main run configured from the default (article) settings. */
export function startEngine(): Harness {
  resetStores();
  const events: EngineEvent[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => 0,
    schedule: () => undefined,
  });
  // Commands and requests go to the engine as the page's client sends them.
  const { sent, deliver } = connectEngine(engine, events);
  const harness: Harness = {
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
