/**
 * The overfitting lab's pictures of its run over the plane (the decision boundary, the neuron
 * maps), kept fresh while the run trains.
 */
import { useEffect } from 'react';
import type { AnswerOf } from '../../engine/protocol';
import { useEngineRequest } from '../../store/requests';
import { useRuns, type BoundaryResult } from '../../store/runs';
import { subscribeThrottled } from '../../store/throttled';

/** The requests that draw a run over a grid of the plane: asked with a run and a resolution. */
type PlaneRequest = 'boundary' | 'neuron-maps';

/**
 * The run's picture of this kind, kept fresh: a new request whenever the run changes, at most
 * every `intervalMs` (4 Hz while training), and once after its last change. While `visible`
 * is false (scrolled away, folded in presenter mode) nothing is asked; coming back asks again,
 * as the run may have changed while nobody looked. Null until the first answer.
 */
export function useRunPicture<K extends PlaneRequest>(
  kind: K,
  runId: string,
  resolution: number,
  intervalMs = 250,
  visible = true,
): AnswerOf<K> | null {
  const { answer, ask } = useEngineRequest(kind);
  useEffect(() => {
    if (!visible) return;
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
  }, [runId, resolution, intervalMs, ask, visible]);
  return answer !== null && answer.value.runId === runId ? answer.value : null;
}

/** The run's decision boundary (see `useRunPicture`). */
export function useBoundaryRefresh(
  runId: string,
  resolution: number,
  intervalMs = 250,
): BoundaryResult | null {
  return useRunPicture('boundary', runId, resolution, intervalMs);
}
