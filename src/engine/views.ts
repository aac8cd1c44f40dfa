/**
 * The messages that describe a run: its snapshot (counters, new epochs, parameters) and the
 * step detail (every intermediate of the last stage). Everything is copied into transferable
 * arrays, so later training never changes what the page received.
 */
import { paceOf } from './pace';
import type { Counters, EpochSoFar, RunSnapshot, SamplePredictions, StepDetail } from './protocol';
import type { EngineRun } from './run';
import type { TransferList } from './transfer';

/** Predictions travel for this many training samples at most (the article has four). */
export const PREDICTED_SAMPLES = 8;

/** What a snapshot needs from the engine around the run. */
export interface SnapshotContext {
  /** The play loop's speed, in epochs per second. */
  readonly speed: number;
  /** The engine clock's time now. */
  readonly now: number;
}

export function countersOf(run: EngineRun): Counters {
  const { trainer } = run.built;
  return {
    epoch: trainer.epoch,
    sampleInEpoch: run.tracker.sampleInEpoch,
    iteration: run.tracker.iteration,
    updates: trainer.totalUpdates,
    iterationsPerEpoch: run.shape.iterationsPerEpoch,
    samplesPerEpoch: run.shape.samplesPerEpoch,
  };
}

/** The run now, with the epochs finished since its last snapshot (which it takes). */
export function snapshotOf(
  run: EngineRun,
  transfer: TransferList,
  context: SnapshotContext,
): RunSnapshot {
  const rebuilt = run.rebuilt;
  run.rebuilt = false;
  const { trainer, model } = run.built;
  const pace = paceOf(run.ownSpeed ?? context.speed, run.shape.stagesPerEpoch);
  run.postedPace = pace;
  return {
    runId: run.id,
    status: trainer.status,
    counters: countersOf(run),
    history: run.history.take(transfer),
    params: transfer.copy(model.params),
    stoppedAt: run.stoppedAt,
    bestEpoch: run.bestEpoch,
    milestones: run.milestones.milestones,
    pace,
    updatesPerSecond: run.playing ? run.rate.read(context.now, trainer.totalUpdates) : null,
    epochSoFar: epochSoFarOf(run),
    predictions: predictionsOf(run, transfer),
    rebuilt,
  };
}

function epochSoFarOf(run: EngineRun): EpochSoFar {
  const { trainer } = run.built;
  const samples = trainer.epochSamplesSoFar;
  const lossSum = trainer.epochLossSoFar;
  return { samples, lossSum, lossMean: samples === 0 ? Number.NaN : lossSum / samples };
}

/** The model's outputs now on the first training samples: core's forward pass, on a copy. */
function predictionsOf(run: EngineRun, transfer: TransferList): SamplePredictions {
  const { model, train } = run.built;
  const probe = run.probe;
  probe.params.set(model.params);
  const count = Math.min(PREDICTED_SAMPLES, train.size);
  const width = train.targetSize;
  const outputs = transfer.alloc(count * width);
  for (let s = 0; s < count; s++) {
    outputs.set(probe.predict(train.inputs, s * train.inputSize), s * width);
  }
  const targets = transfer.copy(train.targets.subarray(0, count * width));
  return { count, width, outputs, targets };
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
