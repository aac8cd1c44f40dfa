/**
 * The race's life cycle in the engine. Runs are created when the race starts (not when the
 * page opens: the engine holds a few runs for the whole page) and removed from the engine as
 * soon as they have all ended; their histories stay in the runs store for the chart. The race
 * holds its run ids in the run registry, which removes whatever is left when it goes away.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RunConfig } from '../../engine/protocol';
import { sendCommand } from '../../store/commands';
import { configureRun, retireRun, useHeldRuns } from '../../store/run-registry';
import { useRuns } from '../../store/runs';
import { RACE_IDS } from './race';

const ENDED = new Set(['finished', 'diverged', 'early-stopped']);

export interface Race {
  /** One config per runner, runner i being run RACE_IDS[i]. */
  readonly configs: readonly RunConfig[];
}

export interface RaceControls {
  readonly race: Race | null;
  readonly ids: readonly string[];
  readonly playing: boolean;
  readonly ended: boolean;
  /** Starts a race with these configs, or continues the paused race if it has the same ones. */
  start(configs: readonly RunConfig[]): void;
  pause(): void;
  reset(): void;
}

export interface RaceOptions {
  /** Called once the runs are built and before they play (e.g. to ask about their start). */
  readonly beforePlay?: (runIds: readonly string[]) => void;
  /** The race's own pace in epochs per second, whatever the bar's speed is. */
  readonly epochsPerSecond?: number;
}

export function useRace(options: RaceOptions = {}): RaceControls {
  const { beforePlay, epochsPerSecond = null } = options;
  useHeldRuns(RACE_IDS);
  const [race, setRace] = useState<Race | null>(null);
  const count = race?.configs.length ?? 0;
  const ids = useMemo(() => RACE_IDS.slice(0, count), [count]);
  const playing = useRuns((state) => state.playingRunIds.some((id) => RACE_IDS.includes(id)));
  const ended = useRuns(
    (state) => ids.length > 0 && ids.every((id) => ENDED.has(state.runs[id]?.status ?? 'ready')),
  );
  // Ids the engine still holds for this race: removed on reset, on unmount, and once all ended.
  const inEngine = useRef<string[]>([]);

  const release = useCallback((keepHistory: boolean) => {
    for (const id of inEngine.current) retireRun(id, { keepHistory });
    inEngine.current = [];
  }, []);

  useEffect(() => {
    if (ended) release(true);
  }, [ended, release]);
  // A new pace reaches a race under way at once.
  const pace = useRef(epochsPerSecond);
  useEffect(() => {
    pace.current = epochsPerSecond;
    if (inEngine.current.length > 0)
      sendCommand({ type: 'run-speed', runIds: inEngine.current, epochsPerSecond });
  }, [epochsPerSecond]);
  useEffect(() => () => release(true), [release]);

  const start = useCallback(
    (configs: readonly RunConfig[]) => {
      const paused =
        race !== null &&
        !ended &&
        inEngine.current.length > 0 &&
        sameConfigs(race.configs, configs);
      if (paused) {
        sendCommand({ type: 'play', runIds: inEngine.current });
        return;
      }
      if (configs.length === 0) return;
      release(false);
      const runIds = RACE_IDS.slice(0, configs.length);
      // The last race's histories go, so its statuses cannot count as this race having ended.
      for (const id of RACE_IDS) useRuns.getState().removeRun(id);
      configs.forEach((config, i) => configureRun(runIds[i] as string, config));
      sendCommand({ type: 'run-speed', runIds, epochsPerSecond: pace.current });
      inEngine.current = [...runIds];
      // The race's chart and map mount in slices between frames, not in one long click task.
      startTransition(() => setRace({ configs }));
      beforePlay?.(runIds);
      sendCommand({ type: 'play', runIds });
    },
    [race, ended, release, beforePlay],
  );

  const pause = useCallback(() => sendCommand({ type: 'pause', runIds: RACE_IDS }), []);

  const reset = useCallback(() => {
    release(false);
    for (const id of RACE_IDS) useRuns.getState().removeRun(id);
    setRace(null);
  }, [release]);

  return { race, ids, playing, ended, start, pause, reset };
}

function sameConfigs(a: readonly RunConfig[], b: readonly RunConfig[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
