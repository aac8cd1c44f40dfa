/**
 * Calm views of fast data. While runs play, the runs store changes up to once per frame;
 * charts, tables and drawings only need a few updates a second. These hooks subscribe outside
 * React and pass changes on at a bounded rate, always delivering the last change (a run's
 * final epoch is never dropped). Their updates are transitions: React renders them in slices
 * between frames, so a chart that has to lay out again does not hold up the page.
 */
import { startTransition, useEffect, useState } from 'react';
import { useRuns, type RunsState, type RunView } from './runs';

/** How often the throttled views refresh by default (10 times a second). */
export const REFRESH_MS = 100;

export interface Throttle {
  /** Asks for `fire`: at once if the interval has passed, else at its end (once). */
  request(): void;
  /** Drops a pending call. */
  cancel(): void;
}

/** Calls `fire` at most once per `intervalMs`, and never drops the last request. */
export function throttle(fire: () => void, intervalMs: number = REFRESH_MS): Throttle {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    fire();
  };
  return {
    request() {
      if (timer !== null) return;
      const wait = last + intervalMs - Date.now();
      if (wait <= 0) run();
      else timer = setTimeout(run, wait);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}

/**
 * Calls `fire` when `changed` says the store changed, at most once per `intervalMs`: the first
 * change at once, later ones at the end of the interval. Returns the unsubscribe function.
 */
export function subscribeThrottled(
  changed: (state: RunsState, previous: RunsState) => boolean,
  fire: () => void,
  intervalMs: number = REFRESH_MS,
): () => void {
  const throttled = throttle(fire, intervalMs);
  const unsubscribe = useRuns.subscribe((state, previous) => {
    if (changed(state, previous)) throttled.request();
  });
  return () => {
    unsubscribe();
    throttled.cancel();
  };
}

/** The run's view, refreshed at most every `intervalMs`. */
export function useThrottledRun(runId: string, intervalMs = REFRESH_MS): RunView | undefined {
  const runs = useThrottledRuns(runId, intervalMs);
  return runs[0];
}

/** The views of these runs (ids joined by commas), refreshed at most every `intervalMs`. */
export function useThrottledRuns(
  idList: string,
  intervalMs = REFRESH_MS,
): readonly (RunView | undefined)[] {
  const [runs, setRuns] = useState(() => viewsOf(idList));
  useEffect(() => {
    const ids = idsOf(idList);
    const publish = () => {
      const next = viewsOf(idList);
      startTransition(() => setRuns(next));
    };
    publish();
    return subscribeThrottled(
      (state, previous) => ids.some((id) => state.runs[id] !== previous.runs[id]),
      publish,
      intervalMs,
    );
  }, [idList, intervalMs]);
  return runs;
}

function idsOf(idList: string): string[] {
  return idList === '' ? [] : idList.split(',');
}

function viewsOf(idList: string): (RunView | undefined)[] {
  const { runs } = useRuns.getState();
  return idsOf(idList).map((id) => runs[id]);
}
