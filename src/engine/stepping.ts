/**
 * Stepping a run by stage, sample, batch or epoch, one tracked stage at a time, with the same
 * boundaries as the Trainer's stepSample / stepBatch / stepEpoch.
 */
import type { StageReport } from '../core/trainer';
import { assertNever } from '../core/assert-never';
import type { StepGranularity } from './protocol';
import type { EngineRun } from './run';

export function stepRun(run: EngineRun, granularity: StepGranularity): void {
  switch (granularity) {
    case 'stage':
      run.runStage();
      return;
    case 'sample':
      // A sample ends with its update, or with its backprop when its batch is not full yet.
      runUntil(
        run,
        (r) =>
          r.stage === 'update' ||
          (r.stage === 'backprop' && run.built.trainer.nextStageName === 'forward'),
      );
      return;
    case 'batch':
      runUntil(run, (r) => r.stage === 'update');
      return;
    case 'epoch':
      runUntil(run, (r) => r.epochSummary !== undefined);
      return;
    default:
      assertNever(granularity);
  }
}

function runUntil(run: EngineRun, isBoundary: (report: StageReport) => boolean): void {
  for (;;) {
    const report = run.runStage();
    if (report === null || isBoundary(report) || run.done) return;
  }
}
