/**
 * Calls `draw` once now and then at most once per animation frame while the run changes, with
 * no React render: the live view's pictures follow the stream through refs (zustand's
 * transient updates), so a run posting 50 snapshots a second costs the bar no re-renders.
 */
import { useEffect } from 'react';
import { useRuns, type RunView } from '../../store/runs';

export function useRunFrames(runId: string, draw: (run: RunView | undefined) => void): void {
  useEffect(() => {
    let frame = 0;
    const paint = () => {
      frame = 0;
      draw(useRuns.getState().runs[runId]);
    };
    paint();
    const unsubscribe = useRuns.subscribe((state, previous) => {
      if (state.runs[runId] !== previous.runs[runId] && frame === 0) {
        frame = requestAnimationFrame(paint);
      }
    });
    return () => {
      unsubscribe();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [runId, draw]);
}
