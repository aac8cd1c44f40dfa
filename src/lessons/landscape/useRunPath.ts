/**
 * The parameters a run has passed through. Snapshots carry only the current parameters, so
 * the path is collected here, one point per snapshot that moved them (an epoch at a time
 * while playing, one update per Step), and starts over when the run is rebuilt or reset.
 * Collection happens outside React; the component sees the path at most every THROTTLE_MS.
 */
import { useEffect, useState } from 'react';
import { useRuns, type RunView } from '../../store/runs';

export interface RunTrack {
  /** Parameter vectors, oldest first; the last is the run's current parameters. */
  readonly path: readonly Float64Array[];
  readonly epoch: number;
  readonly updates: number;
}

const THROTTLE_MS = 100;
/** Beyond this many points, every other point is dropped (the first and last are kept). */
const MAX_POINTS = 4000;

class PathCollector {
  private points: Float64Array[] = [];
  private updates = -1;
  private epoch = 0;

  /** Returns whether the path changed. */
  add(run: RunView): boolean {
    const { params, counters } = run;
    const restarted = counters.updates === 0 || counters.updates < this.updates;
    this.updates = counters.updates;
    this.epoch = counters.epoch;
    if (restarted) {
      const last = this.points.at(-1);
      if (this.points.length === 1 && last !== undefined && sameParams(last, params)) return false;
      this.points = [params.slice()];
      return true;
    }
    const last = this.points.at(-1);
    if (last !== undefined && sameParams(last, params)) return false;
    this.points.push(params.slice());
    if (this.points.length > MAX_POINTS) this.points = thin(this.points);
    return true;
  }

  track(): RunTrack {
    return { path: this.points.slice(), epoch: this.epoch, updates: Math.max(0, this.updates) };
  }
}

function sameParams(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function thin(points: Float64Array[]): Float64Array[] {
  const kept = points.filter((_, k) => k % 2 === 0);
  const last = points.at(-1);
  if (last !== undefined && kept.at(-1) !== last) kept.push(last);
  return kept;
}

export function useRunPath(runId: string): RunTrack | null {
  const [track, setTrack] = useState<RunTrack | null>(null);
  useEffect(() => {
    const collector = new PathCollector();
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastPublished = -Infinity;
    const publish = () => {
      timer = null;
      lastPublished = performance.now();
      setTrack(collector.track());
    };
    const observe = (run: RunView | undefined) => {
      if (run === undefined || !collector.add(run) || timer !== null) return;
      const wait = lastPublished + THROTTLE_MS - performance.now();
      if (wait <= 0) publish();
      else timer = setTimeout(publish, wait);
    };
    observe(useRuns.getState().runs[runId]);
    const unsubscribe = useRuns.subscribe((state, previous) => {
      const run = state.runs[runId];
      if (run !== previous.runs[runId]) observe(run);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [runId]);
  return track;
}
