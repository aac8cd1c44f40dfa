/**
 * Calm views of fast data. While a run plays, the runs store changes up to once per frame;
 * charts and tables only need a few updates a second, so these hooks subscribe outside React
 * and pass changes on at a bounded rate, always delivering the last change (a run's final
 * epoch is never dropped).
 */
import { useEffect, useState } from 'react';
import { newRequestId, sendCommand } from '../../store/commands';
import { useRuns, type RunView } from '../../store/runs';

/**
 * Calls `fire` when `changed` says the store changed, at most once per `intervalMs`: the first
 * change at once, later ones at the end of the interval. Returns the unsubscribe function.
 */
export function subscribeThrottled(
  changed: (state: ReturnType<typeof useRuns.getState>, previous: typeof state) => boolean,
  fire: () => void,
  intervalMs: number,
): () => void {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    last = Date.now();
    fire();
  };
  const unsubscribe = useRuns.subscribe((state, previous) => {
    if (!changed(state, previous) || timer !== null) return;
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) run();
    else timer = setTimeout(run, wait);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

/** The run's view, refreshed at most every `intervalMs` (10 Hz by default). */
export function useThrottledRun(runId: string, intervalMs = 100): RunView | undefined {
  const [run, setRun] = useState(() => useRuns.getState().runs[runId]);
  useEffect(() => {
    setRun(useRuns.getState().runs[runId]);
    return subscribeThrottled(
      (state, previous) => state.runs[runId] !== previous.runs[runId],
      () => setRun(useRuns.getState().runs[runId]),
      intervalMs,
    );
  }, [runId, intervalMs]);
  return run;
}

/**
 * Keeps the run's decision boundary fresh: a new 'boundary' request whenever the run changes,
 * at most every `intervalMs` (4 Hz while training), and once after its last change.
 */
export function useBoundaryRefresh(runId: string, resolution: number, intervalMs = 250): void {
  useEffect(() => {
    const request = () => {
      if (useRuns.getState().runs[runId] === undefined) return;
      sendCommand({ type: 'boundary', requestId: newRequestId(), runId, resolution });
    };
    const stop = subscribeThrottled(
      (state, previous) =>
        state.runs[runId] !== undefined && state.runs[runId] !== previous.runs[runId],
      request,
      intervalMs,
    );
    request();
    return stop;
  }, [runId, resolution, intervalMs]);
}
