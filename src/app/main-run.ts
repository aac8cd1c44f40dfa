/**
 * The main run (the one the transport bar drives) as the shell sees it: its id and how to read
 * its state. What the shell can do to it lives in main-actions.ts.
 */
import type { ModelKind } from '../engine/protocol';
import { lossSeriesOf, type RunsState } from '../store/runs';

/** Configured from the settings store by engine-bridge. */
export const MAIN_RUN = 'main';

export function isMainPlaying(state: RunsState): boolean {
  return state.playing && state.playingRunIds.includes(MAIN_RUN);
}

/**
 * The last finished epoch's loss; before the first epoch finishes, the loss of the samples
 * measured so far (see mainLossSoFar), so the readout moves from the first sample on. Once an
 * epoch has finished it keeps showing whole epochs: for the article's program a part of an
 * epoch's sum is smaller than a whole one, and a readout that climbed sample by sample and
 * dropped at each new epoch would look like the loss getting worse.
 */
export function mainLoss(state: RunsState, model: ModelKind): number | null {
  const run = state.runs[MAIN_RUN];
  if (run === undefined) return null;
  const last = run.lastEpoch;
  if (last !== null) return last[lossSeriesOf(model)];
  const soFar = run.epochSoFar;
  if (soFar.samples === 0) return null;
  return model === 'article' ? soFar.lossSum : soFar.lossMean;
}

/** How many samples the readout's loss covers while no epoch has finished (null otherwise). */
export function mainLossSoFar(state: RunsState): number | null {
  const run = state.runs[MAIN_RUN];
  if (run === undefined || run.lastEpoch !== null || run.epochSoFar.samples === 0) return null;
  return run.epochSoFar.samples;
}
