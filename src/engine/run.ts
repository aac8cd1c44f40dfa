/**
 * One run inside the engine: its config, the core objects built from it, the epochs not yet
 * posted, and the bookkeeping for playing and stepping. Training goes through `playEpoch`
 * (fast, whole epochs) or `runStage` (one stage, fully tracked for the lessons, used by the
 * Step button and by Play at a teaching pace).
 */
import { batchCount } from '../core/datasets';
import type { Mlp } from '../core/mlp';
import { MilestoneTracker } from '../core/outcome';
import type { EpochSummary, StageReport } from '../core/trainer';
import type { BuiltRun } from './build';
import { FullHistoryBuffer, type FullHistory } from './full-history';
import { HistoryBuffer } from './history';
import { copyModel } from './model-copy';
import { stagesPerEpoch, type Pace } from './pace';
import type { RunConfig, TableInput } from './protocol';
import { RateMeter } from './rate';
import { buildAnyRun } from './table-run';
import { StageTracker } from './tracker';

export interface EpochShape {
  readonly iterationsPerEpoch: number;
  readonly samplesPerEpoch: number;
  /** Stages in a whole epoch (see pace.ts). */
  readonly stagesPerEpoch: number;
}

function shapeOf(built: BuiltRun): EpochShape {
  const { batchSize, dropLast } = built.trainer.settings;
  const iterationsPerEpoch = batchCount(built.train.size, batchSize, dropLast);
  const samplesPerEpoch = dropLast ? iterationsPerEpoch * batchSize : built.train.size;
  return {
    iterationsPerEpoch,
    samplesPerEpoch,
    stagesPerEpoch: stagesPerEpoch(samplesPerEpoch, iterationsPerEpoch),
  };
}

export interface EngineRunOptions {
  /**
   * Keep every epoch for a lossless export (engine/full-history.ts). Meant for the main run:
   * six race runs of a million epochs each would hold hundreds of megabytes.
   */
  readonly keepEveryEpoch?: boolean;
  /** Imported data to train on instead of the config's data set (table-run.ts). */
  readonly table?: TableInput | undefined;
}

export class EngineRun {
  readonly id: string;
  readonly history = new HistoryBuffer();
  config: RunConfig;
  /** The imported data the run trains on, or null for the config's generated data set. */
  table: TableInput | null;
  built: BuiltRun;
  tracker: StageTracker;
  shape: EpochShape;
  /**
   * A second model for the predictions a snapshot carries: their forward passes would
   * otherwise overwrite the activations that a half-finished step still shows.
   */
  probe: Mlp;
  playing = false;
  /** Epochs per second of its own; null follows the play loop's shared speed. */
  ownSpeed: number | null = null;
  /** How the play loop advanced the run last: `credit` counts stages or epochs accordingly. */
  pace: Pace = 'epochs';
  /** The pace the last snapshot told the page, so a new speed re-posts only runs it changes. */
  postedPace: Pace | null = null;
  /** Stages owed (teaching pace) or epochs owed by the play loop (fractions carry between ticks). */
  credit = 0;
  /** Play ran stages whose detail the page has not been sent yet. */
  stagesUnposted = false;
  readonly rate = new RateMeter();
  /** How many epochs the play loop runs between looks at the clock (adapts to epoch cost). */
  epochsPerCheck = 1;
  /** The next snapshot tells the page to drop the history it holds. */
  rebuilt = true;
  /** The epoch in which the run diverged or stopped early. */
  stoppedAt: number | null = null;
  /** The total training loss' milestones over every epoch (snapshots may be thinned). */
  milestones = new MilestoneTracker();
  private bestLoss = Infinity;
  private bestEpochSoFar: number | null = null;
  private readonly keepEveryEpoch: boolean;
  /** Every epoch since the run was built, for exports (the posted history is thinned). */
  private everyEpoch: FullHistoryBuffer | null;

  constructor(id: string, config: RunConfig, options: EngineRunOptions = {}) {
    this.id = id;
    this.config = config;
    this.table = options.table ?? null;
    this.built = buildAnyRun(config, this.table);
    this.keepEveryEpoch = options.keepEveryEpoch ?? false;
    this.everyEpoch = this.keepEveryEpoch ? new FullHistoryBuffer(config.epochs) : null;
    this.tracker = new StageTracker(this.built.model.params.length);
    this.shape = shapeOf(this.built);
    this.probe = copyModel(this.built.model);
  }

  /** Rebuilds from `config`; on a RangeError the run keeps its previous state. */
  rebuild(config: RunConfig = this.config, table: TableInput | null = this.table): void {
    const built = buildAnyRun(config, table);
    this.config = config;
    this.table = table;
    this.built = built;
    this.tracker = new StageTracker(built.model.params.length);
    this.shape = shapeOf(built);
    this.probe = copyModel(built.model);
    this.history.clear();
    this.everyEpoch = this.keepEveryEpoch ? new FullHistoryBuffer(config.epochs) : null;
    this.playing = false;
    this.rate.stop();
    this.credit = 0;
    this.stagesUnposted = false;
    this.epochsPerCheck = 1;
    this.rebuilt = true;
    this.stoppedAt = null;
    this.milestones = new MilestoneTracker();
    this.bestLoss = Infinity;
    this.bestEpochSoFar = null;
  }

  get done(): boolean {
    return this.built.trainer.isDone;
  }

  /** Something trained since the last snapshot that the page has not been told about. */
  get hasUnposted(): boolean {
    return this.history.size > 0 || this.stagesUnposted;
  }

  /** The epoch whose weights early stopping restored (null unless it stopped early). */
  get bestEpoch(): number | null {
    return this.built.trainer.status === 'early-stopped' ? this.bestEpochSoFar : null;
  }

  /**
   * Every epoch trained since the run was (re)built, for a lossless export; null for a run
   * made without `keepEveryEpoch`. The arrays are copies the caller may transfer.
   */
  fullHistory(): FullHistory | null {
    return this.everyEpoch?.snapshot() ?? null;
  }

  /** Trains to the end of the current epoch; false once the run is over. */
  playEpoch(): boolean {
    const summary = this.built.trainer.stepEpoch();
    this.tracker.afterPlay();
    if (summary === null) return false;
    this.record(summary);
    return true;
  }

  /** Runs one stage with full tracking; null once the run is over. */
  runStage(): StageReport | null {
    const trainer = this.built.trainer;
    if (trainer.isDone) return null;
    this.tracker.beforeStage(trainer);
    const report = trainer.nextStage();
    if (report === null) return null;
    this.tracker.afterStage(report);
    if (report.epochSummary !== undefined) this.record(report.epochSummary);
    return report;
  }

  private record(summary: EpochSummary): void {
    this.history.push(summary);
    this.everyEpoch?.push(summary);
    this.milestones.add(summary.epoch, summary.trainLossSum);
    // The trainer's own rule (strictly below the best minus minDelta 0) picks the kept epoch.
    if (summary.validationLoss < this.bestLoss) {
      this.bestLoss = summary.validationLoss;
      this.bestEpochSoFar = summary.epoch;
    }
    if (summary.status === 'diverged' || summary.status === 'early-stopped') {
      this.stoppedAt = summary.epoch;
    }
  }
}
