/**
 * A lesson arriving on screen gets its sample ready: backpropagation opens on a sample whose
 * forward pass and loss have run, the update on gradients ready to apply, the loss on a
 * guess. It does so when the learner arrives at the lesson (or its run changes), and when
 * the run is fresh while the lesson is read (built, started over, paused after playing) —
 * never in the middle of a sample someone else is stepping through.
 */
import { useEffect, useRef } from 'react';
import type { Stage } from '../../core/trainer';
import { useRuns } from '../../store/runs';
import { phaseOf } from './stage-phase';
import { drive, useStageDriver } from './stage-driver';

interface Arrival {
  readonly runId: string;
  readonly stage: Stage;
  readonly batchSize: number;
  /** Told which stages ran to get the sample ready. */
  readonly onReady: (ran: readonly Stage[]) => void;
}

function prepare({ runId, stage, batchSize, onReady }: Arrival): void {
  const { steps, runs, playingRunIds } = useRuns.getState();
  const detail = steps[runId];
  const run = runs[runId];
  if (detail === undefined || run === undefined || playingRunIds.includes(runId)) return;
  if (run.status === 'finished' || run.status === 'diverged' || run.status === 'early-stopped')
    return;
  if (useStageDriver.getState().busy[runId] === true) return;
  if (phaseOf(detail, stage) !== 'early') return;
  drive({ runId, stage, batchSize, atLeast: 0, onEnd: onReady });
}

export function usePrepareOnArrival(focused: boolean, arrival: Arrival): void {
  const { runId } = arrival;
  // A fresh detail: the run was (re)built or paused after playing; no sample is under way.
  const fresh = useRuns((state) => {
    const detail = state.steps[runId];
    return detail?.idle === true ? detail : null;
  });
  // The latest arrival is read inside the effects; only arriving and a fresh run re-run them.
  const latest = useRef(arrival);
  latest.current = arrival;
  useEffect(() => {
    if (focused) prepare(latest.current);
  }, [focused, runId]);
  useEffect(() => {
    if (focused && fresh !== null) prepare(latest.current);
  }, [focused, fresh]);
}
