/**
 * The run registry: every run a view creates in the engine is created and removed here, so
 * the engine's run limit (MAX_RUNS) is kept by construction rather than by each lesson
 * remembering to clean up. A view holds the runs it uses while it is mounted (`useHeldRuns`,
 * or `acquireRun` outside React); it may configure only a run it holds (`configureRun`); when
 * the last holder lets go, the run is removed from the engine and from the runs store.
 */
import { useEffect } from 'react';
import type { RunConfig, TableInput } from '../engine/protocol';
import { sendCommand } from './commands';
import { useRuns } from './runs';

/** How many holders each run has. */
const holders = new Map<string, number>();
/** Runs configured in the engine through the registry and not removed since. */
const inEngine = new Set<string>();

/**
 * Holds a run until the returned release is called (once; later calls do nothing). Release
 * returns true when it was the last hold, and the run was removed.
 */
export function acquireRun(runId: string): () => boolean {
  holders.set(runId, (holders.get(runId) ?? 0) + 1);
  let released = false;
  return () => {
    if (released) return false;
    released = true;
    const left = (holders.get(runId) ?? 1) - 1;
    if (left > 0) {
      holders.set(runId, left);
      return false;
    }
    holders.delete(runId);
    retireRun(runId, { keepHistory: false });
    return true;
  };
}

/** Holds these runs while the component is mounted. */
export function useHeldRuns(runIds: readonly string[]): void {
  const key = runIds.join('\n');
  useEffect(() => {
    const releases = (key === '' ? [] : key.split('\n')).map(acquireRun);
    return () => releases.forEach((release) => release());
  }, [key]);
}

export interface ConfigureOptions {
  /** Keep every epoch in the worker for lossless exports (the main run only: see protocol.ts). */
  readonly keepEveryEpoch?: boolean;
}

/**
 * Builds (or rebuilds) a held run in the engine. A run nobody holds is refused (false): it
 * would outlive its view and count against the engine's limit for good.
 */
export function configureRun(
  runId: string,
  config: RunConfig,
  table?: TableInput,
  options: ConfigureOptions = {},
): boolean {
  if (!holders.has(runId)) return false;
  inEngine.add(runId);
  sendCommand({
    type: 'configure',
    runId,
    config,
    ...(table === undefined ? {} : { table }),
    ...(options.keepEveryEpoch === true ? { keepEveryEpoch: true } : {}),
  });
  return true;
}

/**
 * Removes a run from the engine now (a race that has ended), while its holder may build it
 * again later. `keepHistory` leaves its view in the runs store for the charts.
 */
export function retireRun(runId: string, options: { readonly keepHistory: boolean }): void {
  if (inEngine.delete(runId)) sendCommand({ type: 'remove', runId });
  if (!options.keepHistory) useRuns.getState().removeRun(runId);
}

/** The runs the registry has built in the engine and not yet removed. */
export function registeredRuns(): string[] {
  return [...inEngine];
}

/** Whether some view holds the run. */
export function isHeld(runId: string): boolean {
  return holders.has(runId);
}
