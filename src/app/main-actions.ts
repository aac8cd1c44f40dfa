/**
 * What the shell can do to the main run, as plain functions, so the transport bar and the
 * presenter's keys share one definition.
 */
import type { StepGranularity } from '../engine/protocol';
import { sendCommand } from '../store/commands';
import { useRuns } from '../store/runs';
import { isMainPlaying, MAIN_RUN } from './main-run';

const ENDED: ReadonlySet<string> = new Set(['finished', 'diverged', 'early-stopped']);

/** Playing an ended run starts it over, as a learner expects from a Play button. */
export function playMain(): void {
  const status = useRuns.getState().runs[MAIN_RUN]?.status ?? 'ready';
  if (ENDED.has(status)) sendCommand({ type: 'reset', runIds: [MAIN_RUN] });
  sendCommand({ type: 'play', runIds: [MAIN_RUN] });
}

export function pauseMain(): void {
  sendCommand({ type: 'pause', runIds: [MAIN_RUN] });
}

export function toggleMain(): void {
  if (isMainPlaying(useRuns.getState())) pauseMain();
  else playMain();
}

export function stepMain(granularity: StepGranularity): void {
  sendCommand({ type: 'step', runId: MAIN_RUN, granularity });
}

export function resetMain(): void {
  sendCommand({ type: 'reset', runIds: [MAIN_RUN] });
}
