/**
 * Where each racer's two weights have been. Snapshots carry only the current parameters, so
 * the (w1, w2) path is collected here, outside React, one point per snapshot that moved them;
 * it starts over when the run is rebuilt. A non-finite weight ends the path (it cannot be
 * drawn). The component sees the paths at most ten times a second, as a transition.
 */
import { startTransition, useEffect, useState } from 'react';
import { useRuns, type RunView } from '../../store/runs';
import { throttle } from '../../store/throttled';

/** Parameter indices of the article's neuron (core's Mlp layout): w1, w2, then the bias. */
const W1 = 0;
const W2 = 1;

class PathCollector {
  private points: number[] = [];
  private updates = -1;
  private stopped = false;

  /** Returns whether the path changed. */
  add(run: RunView): boolean {
    const { params, counters } = run;
    if (params.length <= W2) return false;
    const restarted =
      counters.updates < this.updates || (counters.updates === 0 && this.updates !== 0);
    this.updates = counters.updates;
    if (restarted) {
      this.points = [];
      this.stopped = false;
    }
    const w1 = params[W1] as number;
    const w2 = params[W2] as number;
    if (this.stopped) return false;
    if (!Number.isFinite(w1) || !Number.isFinite(w2)) {
      this.stopped = true;
      return false;
    }
    const n = this.points.length;
    if (n >= 2 && this.points[n - 2] === w1 && this.points[n - 1] === w2) return restarted;
    this.points.push(w1, w2);
    return true;
  }

  path(): Float64Array {
    return Float64Array.from(this.points);
  }
}

export function useRacePaths(ids: readonly string[]): Readonly<Record<string, Float64Array>> {
  const [paths, setPaths] = useState<Readonly<Record<string, Float64Array>>>({});
  const key = ids.join(',');
  useEffect(() => {
    const runIds = key === '' ? [] : key.split(',');
    const collectors = new Map(runIds.map((id) => [id, new PathCollector()]));
    const publish = throttle(() => {
      const next = Object.fromEntries([...collectors].map(([id, c]) => [id, c.path()]));
      startTransition(() => setPaths(next));
    });
    const observe = (
      runs: Readonly<Record<string, RunView>>,
      previous: Readonly<Record<string, RunView>> | null,
    ) => {
      let changed = false;
      for (const [id, collector] of collectors) {
        const run = runs[id];
        if (run !== undefined && run !== previous?.[id]) changed = collector.add(run) || changed;
      }
      if (changed) publish.request();
    };
    observe(useRuns.getState().runs, null);
    const unsubscribe = useRuns.subscribe((state, previous) => {
      if (state.runs !== previous.runs) observe(state.runs, previous.runs);
    });
    return () => {
      unsubscribe();
      publish.cancel();
    };
  }, [key]);
  return paths;
}
