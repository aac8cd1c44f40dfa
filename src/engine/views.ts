/**
 * The messages that describe a run: its snapshot (counters, new epochs, parameters) and the
 * step detail (every intermediate of the last stage). Everything is copied into transferable
 * arrays, so later training never changes what the page received.
 */
import { batchCount } from '../core/datasets';
import type { Counters, RunSnapshot, StepDetail } from './protocol';
import type { EngineRun } from './run';
import type { TransferList } from './transfer';

export function countersOf(run: EngineRun): Counters {
  const { trainer, train } = run.built;
  const { batchSize, dropLast } = trainer.settings;
  const iterationsPerEpoch = batchCount(train.size, batchSize, dropLast);
  return {
    epoch: trainer.epoch,
    sampleInEpoch: run.tracker.sampleInEpoch,
    iteration: run.tracker.iteration,
    updates: trainer.totalUpdates,
    iterationsPerEpoch,
    samplesPerEpoch: dropLast ? iterationsPerEpoch * batchSize : train.size,
  };
}

/** The run now, with the epochs finished since its last snapshot (which it takes). */
export function snapshotOf(run: EngineRun, transfer: TransferList): RunSnapshot {
  const rebuilt = run.rebuilt;
  run.rebuilt = false;
  return {
    runId: run.id,
    status: run.built.trainer.status,
    counters: countersOf(run),
    history: run.history.take(transfer),
    params: transfer.copy(run.built.model.params),
    stoppedAt: run.stoppedAt,
    bestEpoch: run.bestEpoch,
    milestones: run.milestones.milestones,
    rebuilt,
  };
}

export function stepDetailOf(run: EngineRun, transfer: TransferList): StepDetail {
  const { model, trainer, train } = run.built;
  const tracker = run.tracker;
  const idle = tracker.lastStage === null;
  const sampleIndex = tracker.sampleIndex ?? 0;
  const row = (values: Float64Array, width: number) =>
    values.subarray(sampleIndex * width, (sampleIndex + 1) * width);
  const update = tracker.lastUpdate();
  return {
    runId: run.id,
    stage: tracker.lastStage ?? 'update',
    nextStage: trainer.nextStageName,
    counters: countersOf(run),
    sampleIndex,
    // The trainer's copy holds any augmentation noise; before the first stage it is empty.
    input: transfer.copy(idle ? row(train.inputs, train.inputSize) : trainer.currentInput),
    target: transfer.copy(row(train.targets, train.targetSize)),
    preActivations: transfer.copyAll(model.preActivations),
    activations: transfer.copyAll(model.activations),
    deltas: transfer.copyAll(model.deltas),
    grads: transfer.copy(model.grads),
    lastUpdate:
      update === null
        ? null
        : {
            grads: transfer.copy(update.grads),
            paramsBefore: transfer.copy(update.paramsBefore),
            learningRate: update.learningRate,
          },
    params: transfer.copy(model.params),
    sampleLoss: tracker.sampleLoss,
    idle,
  };
}
