/**
 * The overfitting lesson's decision boundary, kept fresh while its run trains.
 */
import { useEffect } from 'react';
import { useEngineRequest } from '../../store/requests';
import { useRuns, type BoundaryResult } from '../../store/runs';
import { subscribeThrottled } from '../../store/throttled';

/**
 * The run's decision boundary, kept fresh: a new 'boundary' request whenever the run changes,
 * at most every `intervalMs` (4 Hz while training), and once after its last change. Null until
 * the first answer.
 */
export function useBoundaryRefresh(
  runId: string,
  resolution: number,
  intervalMs = 250,
): BoundaryResult | null {
  const { answer, ask } = useEngineRequest('boundary');
  useEffect(() => {
    const request = () => {
      if (useRuns.getState().runs[runId] === undefined) return;
      ask({ runId, resolution }, null);
    };
    const stop = subscribeThrottled(
      (state, previous) =>
        state.runs[runId] !== undefined && state.runs[runId] !== previous.runs[runId],
      request,
      intervalMs,
    );
    request();
    return stop;
  }, [runId, resolution, intervalMs, ask]);
  return answer !== null && answer.value.runId === runId ? answer.value : null;
}
