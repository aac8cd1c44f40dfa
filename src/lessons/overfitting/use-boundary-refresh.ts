/**
 * The overfitting lesson's decision boundary, kept fresh while its run trains.
 */
import { useEffect } from 'react';
import { newRequestId, sendCommand } from '../../store/commands';
import { useRuns } from '../../store/runs';
import { subscribeThrottled } from '../../store/throttled';

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
