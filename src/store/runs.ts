/**
 * What the page knows about the worker's runs. The worker's events are coalesced per animation
 * frame and applied with `applyEvents`: one `set`, so React re-renders once per frame however
 * many events arrived.
 */
import { create } from 'zustand';
import type { OutcomeMilestones } from '../core/outcome';
import type { RunStatus } from '../core/trainer';
import { assertNever } from '../core/assert-never';
import type { AnswerOf } from '../engine/protocol';
import {
  type Counters,
  type EngineEvent,
  type EpochSoFar,
  type HistoryChunk,
  type ModelKind,
  type RunSnapshot,
  type SamplePredictions,
  type StepDetail,
} from '../engine/protocol';
import type { Pace } from '../engine/pace';
import { EXACT_HEAD_EPOCHS } from '../engine/history';
import { BoundedSeries } from './history';

export type SeriesName = Exclude<keyof HistoryChunk, 'epoch'>;
// A Record, not a list: a metric added to HistoryChunk without a series fails to compile.
const seriesFlags: Record<SeriesName, true> = {
  trainLoss: true,
  trainLossSum: true,
  validationLoss: true,
  trainAccuracy: true,
  validationAccuracy: true,
  gradientNorm: true,
  learningRate: true,
};
export const seriesNames = Object.keys(seriesFlags) as SeriesName[];

/**
 * The loss a run's readouts and charts show: the article's program reports the epoch's sum (its
 * total_loss), other runs the mean.
 */
export function lossSeriesOf(model: ModelKind): SeriesName {
  return model === 'article' ? 'trainLossSum' : 'trainLoss';
}

/** The most recent epoch summary, one number per metric. */
export type EpochValues = { readonly epoch: number } & Readonly<Record<SeriesName, number>>;

export interface RunView {
  readonly runId: string;
  readonly status: RunStatus;
  readonly counters: Counters;
  readonly params: Float64Array;
  readonly stoppedAt: number | null;
  readonly bestEpoch: number | null;
  /** Exact divergence and convergence epochs of the total training loss (from the engine). */
  readonly milestones: OutcomeMilestones | null;
  /** x = epoch. Mutated in place (they can be large): redraw when `version` changes. */
  readonly series: Readonly<Record<SeriesName, BoundedSeries>>;
  readonly lastEpoch: EpochValues | null;
  /** How Play advances the run at the engine's speed: stage by stage, or whole epochs. */
  readonly pace: Pace;
  /** Weight updates a second really made while playing (null when not playing). */
  readonly updatesPerSecond: number | null;
  /** The losses measured so far in the epoch under way. */
  readonly epochSoFar: EpochSoFar;
  /** The model's outputs now on its first training samples (null before the engine said). */
  readonly predictions: SamplePredictions | null;
  /** Bumped on every change to this run. */
  readonly version: number;
}

/** Answers to requests (store/requests.ts asks; nothing here keeps them). */
export type LandscapeResult = AnswerOf<'landscape'>;
export type SweepResult = AnswerOf<'sweep'>;
export type SurfaceResult = AnswerOf<'surface'>;
export type BoundaryResult = AnswerOf<'boundary'>;

export interface EngineError {
  readonly message: string;
  /** The worker itself failed: the engine must be restarted to go on. */
  readonly fatal: boolean;
  readonly runId: string | null;
}

export interface RunsState {
  /** The worker has started and answered. */
  readonly ready: boolean;
  readonly runs: Readonly<Record<string, RunView>>;
  /** The latest step detail (step-by-step lessons). */
  readonly step: StepDetail | null;
  /** Whether the engine is playing, and which runs (its 'playing' event is the authority). */
  readonly playing: boolean;
  readonly playingRunIds: readonly string[];
  readonly error: EngineError | null;
  /** The latest step detail of each run. */
  readonly steps: Readonly<Record<string, StepDetail>>;
  applyEvents(events: readonly EngineEvent[]): void;
  removeRun(runId: string): void;
  clearError(): void;
  reset(): void;
}

type Data = Omit<RunsState, 'applyEvents' | 'removeRun' | 'clearError' | 'reset'>;

const EMPTY_COUNTERS: Counters = {
  epoch: 0,
  sampleInEpoch: 0,
  iteration: 0,
  updates: 0,
  iterationsPerEpoch: 0,
  samplesPerEpoch: 0,
};

const NO_LOSSES_YET: EpochSoFar = { samples: 0, lossSum: 0, lossMean: Number.NaN };

function emptyRun(runId: string): RunView {
  const series = {} as Record<SeriesName, BoundedSeries>;
  // The engine sends a run's first epochs exactly; they are kept exactly here too.
  for (const name of seriesNames) series[name] = new BoundedSeries(4000, EXACT_HEAD_EPOCHS);
  return {
    runId,
    status: 'ready',
    counters: EMPTY_COUNTERS,
    params: new Float64Array(0),
    stoppedAt: null,
    bestEpoch: null,
    milestones: null,
    series,
    lastEpoch: null,
    pace: 'epochs',
    updatesPerSecond: null,
    epochSoFar: NO_LOSSES_YET,
    predictions: null,
    version: 0,
  };
}

function epochValuesAt(history: HistoryChunk, i: number): EpochValues {
  const values = { epoch: history.epoch[i] as number } as Record<SeriesName | 'epoch', number>;
  for (const name of seriesNames) values[name] = history[name][i] ?? NaN;
  return values;
}

function applySnapshot(prev: RunView | undefined, snapshot: RunSnapshot): RunView {
  const run = prev ?? emptyRun(snapshot.runId);
  // A rebuilt run (configure/reset) starts its history over; counters going backwards are
  // treated the same, in case that flag is ever missed.
  const restarted =
    snapshot.rebuilt === true ||
    snapshot.counters.updates < run.counters.updates ||
    snapshot.counters.epoch < run.counters.epoch;
  const { history } = snapshot;
  for (const name of seriesNames) {
    if (restarted) run.series[name].clear();
    run.series[name].pushMany(history.epoch, history[name]);
  }
  const n = history.epoch.length;
  return {
    ...run,
    status: snapshot.status,
    counters: snapshot.counters,
    params: snapshot.params,
    stoppedAt: snapshot.stoppedAt,
    bestEpoch: snapshot.bestEpoch,
    milestones: snapshot.milestones,
    lastEpoch: n > 0 ? epochValuesAt(history, n - 1) : restarted ? null : run.lastEpoch,
    pace: snapshot.pace,
    updatesPerSecond: snapshot.updatesPerSecond,
    epochSoFar: snapshot.epochSoFar,
    predictions: snapshot.predictions,
    version: run.version + 1,
  };
}

function applyStatus(prev: RunView | undefined, runId: string, status: RunStatus, epoch: number) {
  const run = prev ?? emptyRun(runId);
  const stopped = status === 'diverged' || status === 'early-stopped';
  return {
    ...run,
    status,
    stoppedAt: stopped ? (run.stoppedAt ?? epoch) : null,
    version: run.version + 1,
  };
}

function reduce(state: Data, events: readonly EngineEvent[]): Data {
  const next: { -readonly [K in keyof Data]: Data[K] } = { ...state };
  let runs: Record<string, RunView> | null = null;
  const writableRuns = () => (runs ??= { ...state.runs });
  for (const event of events) {
    switch (event.type) {
      case 'ready':
        next.ready = true;
        break;
      case 'snapshots': {
        const target = writableRuns();
        for (const s of event.snapshots) target[s.runId] = applySnapshot(target[s.runId], s);
        break;
      }
      case 'step':
        next.step = event.detail;
        next.steps = { ...next.steps, [event.detail.runId]: event.detail };
        break;
      case 'status': {
        const target = writableRuns();
        target[event.runId] = applyStatus(
          target[event.runId],
          event.runId,
          event.status,
          event.epoch,
        );
        break;
      }
      case 'answer':
      case 'request-failed':
      case 'request-progress':
        break; // replies to requests, settled by the client before they get here
      case 'playing':
        next.playing = event.playing;
        next.playingRunIds = event.runIds;
        break;
      case 'pong':
        break; // the heartbeat's business (engine/heartbeat.ts), not the page's
      case 'error':
        next.error = {
          message: event.message,
          fatal: event.fatal === true,
          runId: event.runId ?? null,
        };
        break;
      default:
        assertNever(event);
    }
  }
  if (runs) next.runs = runs;
  return next;
}

export const useRuns = create<RunsState>()((set, get) => ({
  ready: false,
  runs: {},
  step: null,
  playing: false,
  playingRunIds: [],
  error: null,
  steps: {},
  applyEvents(events) {
    if (events.length > 0) set(reduce(get(), events));
  },
  removeRun(runId) {
    const state = get();
    if (!Object.hasOwn(state.runs, runId)) return;
    const runs = { ...state.runs };
    delete runs[runId];
    set({
      runs,
      step: state.step?.runId === runId ? null : state.step,
    });
  },
  clearError() {
    if (get().error !== null) set({ error: null });
  },
  reset() {
    set(useRuns.getInitialState(), true);
  },
}));
