/**
 * The main run (the one the transport bar drives) as the shell sees it: its id and how to read
 * its state. What the shell can do to it lives in main-actions.ts.
 */
import type { ModelKind } from '../engine/protocol';
import type { RunsState } from '../store/runs';

/** Configured from the settings store by engine-bridge. */
export const MAIN_RUN = 'main';

export function isMainPlaying(state: RunsState): boolean {
  return state.playing && state.playingRunIds.includes(MAIN_RUN);
}

/** The loss a readout shows: the article's program reports the epoch's sum, other runs the mean. */
export function mainLoss(state: RunsState, model: ModelKind): number | null {
  const last = state.runs[MAIN_RUN]?.lastEpoch;
  if (last === null || last === undefined) return null;
  return model === 'article' ? last.trainLossSum : last.trainLoss;
}
