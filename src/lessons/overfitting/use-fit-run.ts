/**
 * Wires the lab's settings to its engine run: configures 'fit' whenever the settings change,
 * gives it the lab's own pace, and records each finished run's final losses (for before/after
 * comparisons). The run is held in the run registry, which removes it when the lesson goes away.
 * While a link's data is awaited (data-link.ts) the run is let go: nothing trains on other data.
 */
import { useEffect, useMemo } from 'react';
import type { RunStatus } from '../../core/trainer';
import type { TableInput } from '../../engine/protocol';
import { sendCommand } from '../../store/commands';
import { configureRun, useHeldRuns } from '../../store/run-registry';
import { useRuns } from '../../store/runs';
import { useLabWaits } from './data-link';
import { useFit } from './fit-store';
import { seriesValueAt } from './lab-data';
import { FIT_RUN } from './presets';

const FIT_RUNS = [FIT_RUN];
const NO_RUNS: readonly string[] = [];

export const ENDED: ReadonlySet<RunStatus> = new Set(['finished', 'diverged', 'early-stopped']);

export function useFitRun(): void {
  const config = useFit((state) => state.config);
  const speed = useFit((state) => state.speed);
  const imported = useFit((state) => state.imported);
  const importedPoints = useFit((state) => state.importedPoints);
  const waiting = useLabWaits();
  // Imported data travels beside the settings; the worker trains on it (engine/table-run.ts).
  const table = useMemo<TableInput | undefined>(
    () =>
      imported === null
        ? undefined
        : { data: imported.table, name: imported.name, added: importedPoints },
    [imported, importedPoints],
  );
  // Before the effects below (effects run in order): a run is configured only while held.
  useHeldRuns(waiting ? NO_RUNS : FIT_RUNS);

  useEffect(() => {
    if (!waiting) configureRun(FIT_RUN, config, table);
  }, [config, table, waiting]);

  // After the first 'configure' (effects run in order): the engine ignores a speed for a run
  // it does not have. A later 'configure' rebuilds the run and keeps its speed.
  useEffect(() => {
    if (!waiting) sendCommand({ type: 'run-speed', runIds: [FIT_RUN], epochsPerSecond: speed });
  }, [speed, waiting]);

  useEffect(() => {
    const unsubscribe = useRuns.subscribe((state, previous) => {
      const run = state.runs[FIT_RUN];
      const before = previous.runs[FIT_RUN];
      if (run === undefined || !ENDED.has(run.status)) return;
      if (before !== undefined && ENDED.has(before.status)) return;
      const last = run.lastEpoch;
      if (last === null) return;
      // Early stopping ends on the weights of its best epoch: report their losses.
      const kept = run.bestEpoch;
      useFit.getState().recordResult({
        config: useFit.getState().config,
        status: run.status,
        epochs: run.counters.epoch,
        stoppedAt: run.status === 'early-stopped' ? run.stoppedAt : null,
        keptEpoch: kept,
        trainLoss: kept === null ? last.trainLoss : seriesValueAt(run, 'trainLoss', kept),
        validationLoss:
          kept === null ? last.validationLoss : seriesValueAt(run, 'validationLoss', kept),
      });
    });
    return unsubscribe;
  }, []);
}
