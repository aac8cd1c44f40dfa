/**
 * Wires the lab's settings to its engine run: configures 'fit' whenever the settings change,
 * records each finished run's final losses (for before/after comparisons), and removes the
 * run when the lesson goes away.
 */
import { useEffect } from 'react';
import type { RunStatus } from '../../core/trainer';
import { sendCommand } from '../../store/commands';
import { useRuns } from '../../store/runs';
import { useFit } from './fit-store';
import { seriesValueAt } from './lab-data';
import { FIT_RUN } from './presets';

export const ENDED: ReadonlySet<RunStatus> = new Set(['finished', 'diverged', 'early-stopped']);

export function useFitRun(): void {
  const config = useFit((state) => state.config);

  useEffect(() => {
    sendCommand({ type: 'configure', runId: FIT_RUN, config });
  }, [config]);

  useEffect(() => {
    const unsubscribe = useRuns.subscribe((state, previous) => {
      const run = state.runs[FIT_RUN];
      const before = previous.runs[FIT_RUN];
      if (run === undefined || !ENDED.has(run.status)) return;
      if (before !== undefined && ENDED.has(before.status)) return;
      const last = run.lastEpoch;
      if (last === null) return;
      // Early stopping ends on the weights of its best epoch: report their validation loss.
      const kept =
        run.bestEpoch === null ? null : seriesValueAt(run, 'validationLoss', run.bestEpoch);
      useFit.getState().recordResult({
        config: useFit.getState().config,
        status: run.status,
        epochs: run.counters.epoch,
        trainLoss: last.trainLoss,
        validationLoss: kept ?? last.validationLoss,
      });
    });
    return () => {
      unsubscribe();
      sendCommand({ type: 'remove', runId: FIT_RUN });
      useRuns.getState().removeRun(FIT_RUN);
    };
  }, []);
}
