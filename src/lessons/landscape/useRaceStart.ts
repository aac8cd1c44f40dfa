/**
 * The race waits for Start. The engine's answer for the current settings may already be here
 * (it is computed as soon as the settings settle, so Start never waits on the worker), but
 * nothing of it shows until Start is pressed; then the paths replay step by step and the
 * results appear when the balls arrive. Any change of settings, or Reset, empties the race again.
 */
import { useEffect, useState } from 'react';

interface Started {
  /** The settings the race was started with. */
  readonly settings: string;
  /** How many times Start was pressed: pressing it again runs the race again. */
  readonly round: number;
}

export interface RaceStart {
  /** Start was pressed for these settings and their answer is here: show the paths. */
  readonly racing: boolean;
  /** A new value for every race shown: the canvas replays the paths when it changes. */
  readonly replayKey: string | null;
  /** The replay has ended: the results can be told. */
  readonly finished: boolean;
  start(): void;
  reset(): void;
}

/**
 * `settings` identifies the current settings; `answered` the settings of the engine answer in
 * hand (null while none); `answerId` identifies that answer (a new one, a new id).
 */
export function useRaceStart(
  settings: string,
  answered: string | null,
  answerId: number | null,
  durationMs: number,
): RaceStart {
  const [started, setStarted] = useState<Started | null>(null);
  const [seen, setSeen] = useState(settings);
  // New settings empty the race at once (during render, so the old paths never flash).
  if (seen !== settings) {
    setSeen(settings);
    setStarted(null);
  }
  const racing = started !== null && started.settings === settings && answered === settings;
  const replayKey = racing && answerId !== null ? `${answerId}:${started.round}` : null;
  const finished = useElapsed(replayKey, durationMs);
  return {
    racing,
    replayKey,
    finished,
    start: () => setStarted((now) => ({ settings, round: (now?.round ?? 0) + 1 })),
    reset: () => setStarted(null),
  };
}

/** Whether `durationMs` has passed since `key` last changed to a non-null value. */
function useElapsed(key: string | null, durationMs: number): boolean {
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    if (key === null || durationMs <= 0) return;
    const timer = setTimeout(() => setDone(key), durationMs);
    return () => clearTimeout(timer);
  }, [key, durationMs]);
  return key !== null && (durationMs <= 0 || done === key);
}
