/**
 * Values that follow a fast-changing input at most once per `intervalMs`, and always catch up
 * with the latest one. Charts key their data on them, so a run streaming 60 updates a second
 * redraws its chart about 10 times a second. The catch-up renders are transitions, rendered
 * in slices between frames.
 */
import { startTransition, useEffect, useRef, useState } from 'react';
import { REFRESH_MS } from '../../store/throttled';

export const CHART_REFRESH_MS = REFRESH_MS;

/** A run's version number, throttled. */
export function useThrottledVersion(
  version: number,
  intervalMs: number = CHART_REFRESH_MS,
): number {
  return useThrottled(version, intervalMs);
}

/** Any value compared by identity (e.g. the run views a chart draws), throttled. */
export function useThrottled<T>(value: T, intervalMs: number = CHART_REFRESH_MS): T {
  const [shown, setShown] = useState(value);
  const lastShownAt = useRef(-Infinity);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const show = () => {
      lastShownAt.current = performance.now();
      // The updater form: `value` may itself be a function.
      startTransition(() => setShown(() => value));
    };
    const wait = lastShownAt.current + intervalMs - performance.now();
    if (wait <= 0) {
      show();
      return;
    }
    const timer = setTimeout(show, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);
  return shown;
}
