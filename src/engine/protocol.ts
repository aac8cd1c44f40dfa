/**
 * The typed message protocol between the page and the training worker. Both directions are
 * discriminated unions on `type`; every switch over them ends in `assertNever` (src/core/assert-never.ts), so adding a
 * message without handling it is a compile error.
 */
import type { ActivationName } from '../core/activations';
import type { DatasetName } from '../core/datasets';
import type { InputFeature } from '../core/features';
import type { LossName } from '../core/losses';
import type { OptimizerName } from '../core/optimizers';
import type { OutcomeMilestones } from '../core/outcome';
import type { ScheduleName } from '../core/schedules';
import type { TableData } from '../core/table-data';
import type { RunStatus, Stage } from '../core/trainer';
import type { Pace } from './pace';
import type { RequestCommand, RequestEvent } from './request-protocol';

export type * from './request-protocol';

export type ModelKind = 'article' | 'mlp';
export type NeuronKind = 'clip' | 'linear' | 'sigmoid';

/** Everything that decides a run. Plain JSON: it travels in messages and in the URL. */
export interface RunConfig {
  /** 'article': the article's single neuron on its four devices; 'mlp': a configurable network. */
  readonly model: ModelKind;
  /** The article neuron's activation. */
  readonly neuron: NeuronKind;
  readonly dataset: DatasetName;
  readonly datasetSize: number;
  readonly noise: number;
  /** Fraction of the data held out for validation (0 = none). */
  readonly validationSplit: number;
  /** Hidden layer sizes of the MLP, e.g. [8, 8]. */
  readonly hidden: readonly number[];
  /**
   * What the MLP is fed for a point (x1, x2), e.g. ['x1^2', 'x2^2'] (core/features.ts); the
   * article model ignores it (its neuron has exactly the two plain inputs).
   */
  readonly inputs: readonly InputFeature[];
  readonly hiddenActivation: ActivationName;
  readonly loss: LossName;
  readonly optimizer: OptimizerName;
  readonly learningRate: number;
  readonly momentum: number;
  readonly schedule: ScheduleName;
  readonly scheduleGamma: number;
  readonly scheduleStep: number;
  readonly batchSize: number;
  readonly dropLast: boolean;
  readonly shuffle: boolean;
  readonly epochs: number;
  readonly dropout: number;
  readonly weightDecay: number;
  readonly inputNoise: number;
  /** Early-stopping patience in epochs; 0 turns early stopping off. */
  readonly patience: number;
  readonly seed: number;
  /** Extra training points added by the learner: [x1, x2, label]. */
  readonly extraPoints: readonly (readonly [number, number, number])[];
}

/**
 * Imported data (a CSV table, the penguins) that a run trains on instead of its generated data
 * set; see engine/table-run.ts. It travels beside the RunConfig, not in it: the RunConfig is the
 * settings schema's (and the URL's), a table is data.
 */
export interface TableInput {
  readonly data: TableData;
  /** Where the data came from, in words ("penguins", a file name). */
  readonly name: string;
  /** Points added by hand, in the table's own units: [x1, x2, class index or value]. */
  readonly added: readonly (readonly [number, number, number])[];
}

/** Epochs per second; `Infinity` means as fast as the machine allows. */
export type Speed = number;

export type StepGranularity = 'stage' | 'sample' | 'batch' | 'epoch';

export type EngineCommand =
  | {
      readonly type: 'configure';
      readonly runId: string;
      readonly config: RunConfig;
      /** Train on this imported data instead of `config.dataset` (engine/table-run.ts). */
      readonly table?: TableInput;
      /**
       * Keep every epoch for lossless exports (the 'full-history' request). The page asks it
       * for its main run only; a run keeps what it was created with.
       */
      readonly keepEveryEpoch?: boolean;
    }
  | { readonly type: 'remove'; readonly runId: string }
  | { readonly type: 'play'; readonly runIds?: readonly string[] }
  /** Pauses the listed runs (all runs when none are listed). */
  | { readonly type: 'pause'; readonly runIds?: readonly string[] }
  | { readonly type: 'step'; readonly runId: string; readonly granularity: StepGranularity }
  | { readonly type: 'reset'; readonly runIds?: readonly string[] }
  /** The speed of every run that has no speed of its own. */
  | { readonly type: 'speed'; readonly epochsPerSecond: Speed }
  /**
   * A speed of their own for these runs (a race or a try that keeps its pace whatever the
   * bar's speed is); `null` hands them back to the shared speed.
   */
  | {
      readonly type: 'run-speed';
      readonly runIds: readonly string[];
      readonly epochsPerSecond: Speed | null;
    }
  /** "Are you there?": the page's heartbeat (heartbeat.ts); answered by 'pong'. */
  | { readonly type: 'ping' }
  /** A question with an answer of its own (request-protocol.ts). */
  | RequestCommand;

/** A batch of epoch summaries for one run, as parallel typed arrays (transferred). */
export interface HistoryChunk {
  readonly epoch: Float64Array;
  readonly trainLoss: Float64Array;
  /** The sum over the epoch's samples (the article's total_loss). */
  readonly trainLossSum: Float64Array;
  readonly validationLoss: Float64Array;
  readonly trainAccuracy: Float64Array;
  readonly validationAccuracy: Float64Array;
  readonly gradientNorm: Float64Array;
  readonly learningRate: Float64Array;
}

export interface Counters {
  /** Epochs completed. */
  readonly epoch: number;
  /** Position of the next sample within the current epoch. */
  readonly sampleInEpoch: number;
  /** Iteration (batch) within the current epoch. */
  readonly iteration: number;
  /** Weight updates since the start. */
  readonly updates: number;
  readonly iterationsPerEpoch: number;
  readonly samplesPerEpoch: number;
}

/** The losses measured so far in the epoch under way (before its first loss stage: none). */
export interface EpochSoFar {
  readonly samples: number;
  /** Their sum (for the article's program, total_loss as it stands). */
  readonly lossSum: number;
  /** Their mean (NaN while `samples` is 0). */
  readonly lossMean: number;
}

/** The model's outputs now on the first training samples, next to what they should be. */
export interface SamplePredictions {
  /** How many samples: the first ones of the training set, at most PREDICTED_SAMPLES. */
  readonly count: number;
  /** Numbers per sample: the network's outputs, and as many targets. */
  readonly width: number;
  /** count × width outputs, row-major, from a forward pass without dropout or noise. */
  readonly outputs: Float64Array;
  /** count × width targets, row-major. */
  readonly targets: Float64Array;
}

export interface RunSnapshot {
  readonly runId: string;
  readonly status: RunStatus;
  readonly counters: Counters;
  readonly history: HistoryChunk;
  /** The parameters now (flat: the layout of core's Mlp). */
  readonly params: Float64Array;
  /** Epoch at which the run diverged or stopped early, if it did. */
  readonly stoppedAt: number | null;
  /** Early stopping: the epoch whose weights were restored. */
  readonly bestEpoch: number | null;
  /** Divergence and convergence epochs of the total training loss, exact at any speed. */
  readonly milestones: OutcomeMilestones;
  /** How Play advances this run at the engine's current speed (see pace.ts). */
  readonly pace: Pace;
  /**
   * Weight updates per second really made over about the last second of play (one turn of the
   * loop ends with an update); null while the run is not playing or before any time has passed.
   */
  readonly updatesPerSecond: number | null;
  readonly epochSoFar: EpochSoFar;
  readonly predictions: SamplePredictions;
  /**
   * True on the first snapshot after the run was (re)built by 'configure' or 'reset': drop any
   * history held for it before appending this chunk.
   */
  readonly rebuilt?: boolean;
}

/** Every intermediate of the most recent stage, for the step-by-step lessons. */
export interface StepDetail {
  readonly runId: string;
  readonly stage: Stage;
  readonly nextStage: Stage;
  readonly counters: Counters;
  readonly sampleIndex: number;
  readonly input: Float64Array;
  readonly target: Float64Array;
  /** Per layer. */
  readonly preActivations: Float64Array[];
  /** activations[0] is the input; activations[l + 1] layer l's output. */
  readonly activations: Float64Array[];
  readonly deltas: Float64Array[];
  /** Gradient accumulated so far in the current batch (zero right after an update). */
  readonly grads: Float64Array;
  /** The last update's gradient (batch mean) and the parameters before it. */
  readonly lastUpdate: {
    readonly grads: Float64Array;
    readonly paramsBefore: Float64Array;
    readonly learningRate: number;
  } | null;
  readonly params: Float64Array;
  readonly sampleLoss: number;
  /**
   * True when no stage has run since the run was built (or since it last played): `stage` is
   * then nominal ('update', the end of a previous cycle) and the sample is the first one.
   */
  readonly idle?: boolean;
}

export type EngineEvent =
  | { readonly type: 'ready' }
  | { readonly type: 'pong' }
  | { readonly type: 'snapshots'; readonly snapshots: readonly RunSnapshot[] }
  | { readonly type: 'step'; readonly detail: StepDetail }
  | {
      readonly type: 'status';
      readonly runId: string;
      readonly status: RunStatus;
      readonly epoch: number;
    }
  /** The answer to a request, its failure or its progress (request-protocol.ts). */
  | RequestEvent
  /** Which runs are playing; sent after play and pause and whenever a run stops playing. */
  | { readonly type: 'playing'; readonly playing: boolean; readonly runIds: readonly string[] }
  | {
      readonly type: 'error';
      readonly message: string;
      readonly runId?: string;
      /** The worker itself failed: restart the engine (EngineClient.restart) to go on. */
      readonly fatal?: boolean;
    };
