/**
 * Shared set-up for the shell's component tests: fresh stores, the real engine driven
 * synchronously with a hand-moved clock, and stand-in lesson views (the lessons are built and
 * tested elsewhere; the shell's tests must not depend on their progress).
 */
import { act, configure } from '@testing-library/react';
import { vi } from 'vitest';
import { Engine } from '../../src/engine/engine';
import type { EngineCommand, EngineEvent } from '../../src/engine/protocol';
import { useCommands } from '../../src/store/commands';
import { useConfig } from '../../src/store/config';
import { useRuns } from '../../src/store/runs';
import { lessonIds } from '../../src/store/config-schema';

// The shell loads its tools lazily; a busy machine can take over a second for the first one.
configure({ asyncUtilTimeout: 5000 });

export const stubLessonViews = () => ({
  FIRST_SCREEN_LESSON: 'loop',
  lessonViews: Object.fromEntries(
    lessonIds.map((id) => [id, () => <p data-testid={`view-${id}`}>{`content of ${id}`}</p>]),
  ),
});

export function resetStores(): void {
  useConfig.getState().reset();
  useRuns.getState().reset();
  useCommands.setState({ sender: null, queued: [] });
}

export interface TestEngine {
  readonly commands: EngineCommand[];
  /** Moves the engine's clock on and runs the ticks that came due. */
  advance(ms: number): void;
}

export function installEngine(): TestEngine {
  const events: EngineEvent[] = [];
  const commands: EngineCommand[] = [];
  let time = 0;
  let pending: (() => void)[] = [];
  const engine = new Engine((event) => events.push(event), {
    now: () => time,
    schedule: (fn) => {
      pending.push(fn);
    },
  });
  const flush = () => useRuns.getState().applyEvents(events.splice(0));
  useCommands.getState().install((command) => {
    commands.push(command);
    engine.handle(command);
    flush();
  });
  act(() => {
    useCommands
      .getState()
      .send({ type: 'configure', runId: 'main', config: useConfig.getState().run });
  });
  return {
    commands,
    advance(ms) {
      act(() => {
        time += ms;
        const due = pending;
        pending = [];
        for (const fn of due) fn();
        flush();
      });
    },
  };
}

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

/** The worker bridge, without the worker (and its build-time first-screen module). */
export const stubEngineBridge = () => ({
  MAIN_RUN: 'main',
  startEngine: () => undefined,
  restartEngine: () => undefined,
});
