/**
 * What the step-by-step views need but the Trainer does not expose: where the next sample
 * sits in the epoch, which sample the last stage worked on, and the gradient and parameters
 * just before the most recent update. The Trainer's own report cannot give the sample after
 * backprop (its cursor has already moved on), so the tracker remembers it from the forward
 * and loss stages.
 */
import type { Trainer, Stage, StageReport } from '../core/trainer';

export interface UpdateRecord {
  /** The batch's mean gradient that the update applied. */
  readonly grads: Float64Array;
  readonly paramsBefore: Float64Array;
  readonly learningRate: number;
}

export class StageTracker {
  /** Position of the next sample within the epoch. */
  sampleInEpoch = 0;
  /** Iteration (batch) within the epoch. */
  iteration = 0;
  /** Training-set row of the sample the last stage worked on (null before any stage). */
  sampleIndex: number | null = null;
  lastStage: Stage | null = null;
  sampleLoss = Number.NaN;
  private batchSamples = 0;
  private updateSamples = 0;
  private updateRate = Number.NaN;
  private readonly paramsBefore: Float64Array;
  private readonly gradsBefore: Float64Array;

  constructor(parameterCount: number) {
    this.paramsBefore = new Float64Array(parameterCount);
    this.gradsBefore = new Float64Array(parameterCount);
  }

  /** Call right before `trainer.nextStage()`: an update erases the gradient it applies. */
  beforeStage(trainer: Trainer): void {
    if (trainer.nextStageName !== 'update') return;
    this.paramsBefore.set(trainer.model.params);
    this.gradsBefore.set(trainer.model.grads);
    this.updateRate = trainer.currentLearningRate;
    this.updateSamples = this.batchSamples;
  }

  afterStage(report: StageReport): void {
    this.lastStage = report.stage;
    if (report.stage === 'forward' || report.stage === 'loss')
      this.sampleIndex = report.sampleIndex;
    // The trainer keeps the previous sample's loss until this sample's loss stage.
    this.sampleLoss = report.stage === 'forward' ? Number.NaN : report.sampleLoss;
    if (report.stage === 'backprop') this.batchSamples++;
    if (report.stage === 'update') this.batchSamples = 0;
    if (report.epochSummary !== undefined) {
      this.startEpoch();
      return;
    }
    const moved = report.stage === 'backprop' || report.stage === 'update';
    this.sampleInEpoch = report.sampleInEpoch + (moved ? 1 : 0);
    this.iteration = report.iteration;
  }

  /** Whole epochs ran without stage reports (playing): only the epoch boundary is known. */
  afterPlay(): void {
    this.startEpoch();
    this.lastStage = null;
    this.sampleIndex = null;
    this.sampleLoss = Number.NaN;
  }

  /** The most recent update, when it was the last stage run. */
  lastUpdate(): UpdateRecord | null {
    if (this.lastStage !== 'update') return null;
    const scale = 1 / Math.max(1, this.updateSamples);
    return {
      grads: this.gradsBefore.map((g) => g * scale),
      paramsBefore: this.paramsBefore.slice(),
      learningRate: this.updateRate,
    };
  }

  private startEpoch(): void {
    this.sampleInEpoch = 0;
    this.iteration = 0;
    this.batchSamples = 0;
  }
}
