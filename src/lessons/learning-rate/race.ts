/**
 * The learning-rate lab as data: which runs race, the settings they share, the rates a sweep
 * tries, and the band of rates the sweep found "just right". No React here.
 */
import { ARTICLE_PROGRAM } from '../../core/article';
import { leastSquaresLoss } from '../../core/least-squares';
import type { ScheduleName, ScheduleSettings } from '../../core/schedules';
import type { RunConfig } from '../../engine/protocol';
import { DEFAULT_RUN_CONFIG } from '../../store/config-schema';
import { RATE_RACE_EPOCHS } from '../../settings/races';

export const MAX_RACERS = 6;
export const RACE_IDS: readonly string[] = Array.from(
  { length: MAX_RACERS },
  (_, i) => `race-${i}`,
);

/**
 * The clipped neuron has converged once an epoch's total loss (the article's sum over its
 * devices) is below this: its predictions can reach 0 and 1 exactly.
 */
export const CONVERGED_BELOW = 0.01;
/** The unclipped neuron's target lies this far above the lowest loss a straight line allows. */
export const LINEAR_MARGIN = 0.02;

export type RaceNeuron = 'clip' | 'linear';

export interface RaceTarget {
  /** Below this total loss a run counts as converged. */
  readonly threshold: number;
  /** The lowest total loss any weights can reach with this neuron (0 for the clipped one). */
  readonly best: number;
}

let linearBest: number | null = null;

/**
 * What "converged" means for each neuron. No straight line passes through the article's four
 * devices, so the unclipped neuron can never get below the least-squares loss (about 0.032):
 * its target is that floor plus LINEAR_MARGIN, computed by the core from the data.
 */
export function raceTarget(neuron: RaceNeuron): RaceTarget {
  if (neuron === 'clip') return { threshold: CONVERGED_BELOW, best: 0 };
  linearBest ??= leastSquaresLoss(ARTICLE_PROGRAM.inputs, ARTICLE_PROGRAM.labels);
  return { threshold: linearBest + LINEAR_MARGIN, best: linearBest };
}

/** A race the lesson offers in one click: a neuron and its rates. */
export interface RacePreset {
  readonly id: 'regimes' | 'article';
  readonly neuron: RaceNeuron;
  readonly rates: readonly number[];
}

/**
 * The default race shows the three regimes at once, on the unclipped neuron: 0.01 crawls,
 * 0.1 reaches the floor, 1.5 bounces and 3 blows up. The article's own race (its clipped
 * neuron with 0.9, 0.01 and 0.0001) is the second preset: there the clip stops 0.9 from
 * bouncing, which the lesson explains next to the chart.
 */
export const RACE_PRESETS: readonly RacePreset[] = [
  { id: 'regimes', neuron: 'linear', rates: [0.01, 0.1, 1.5, 3] },
  { id: 'article', neuron: 'clip', rates: [0.9, 0.01, 0.0001] },
];

/** The race's own pace in epochs per second (Infinity: as fast as the machine allows). */
export const RACE_PACES: readonly number[] = [10, 30, 100, Infinity];
/** 100 epochs in a little over 3 s: quick to watch, slow enough to see each line move. */
export const DEFAULT_RACE_PACE = 30;

/** What every runner in the race shares; only the learning rate differs. */
export interface RaceSettings {
  readonly neuron: RaceNeuron;
  readonly epochs: number;
  readonly schedule: ScheduleName;
  readonly scheduleGamma: number;
  readonly scheduleStep: number;
}

export const DEFAULT_RACE_SETTINGS: RaceSettings = {
  neuron: 'linear',
  epochs: 100,
  schedule: 'constant',
  scheduleGamma: DEFAULT_RUN_CONFIG.scheduleGamma,
  scheduleStep: DEFAULT_RUN_CONFIG.scheduleStep,
};

/** Long enough for the speed probe; the app's own cap is higher still (src/settings/races.ts). */
export const { min: MIN_RACE_EPOCHS, max: MAX_RACE_EPOCHS } = RATE_RACE_EPOCHS;

/** The article's neuron on its four devices, with the race's settings and this rate. */
export function raceConfig(settings: RaceSettings, learningRate: number): RunConfig {
  return {
    ...DEFAULT_RUN_CONFIG,
    model: 'article',
    neuron: settings.neuron,
    learningRate,
    epochs: settings.epochs,
    schedule: settings.schedule,
    scheduleGamma: settings.scheduleGamma,
    scheduleStep: settings.scheduleStep,
    extraPoints: [],
  };
}

/** The schedule as the core reads it (the engine builds the same from a RunConfig). */
export function scheduleOf(settings: RaceSettings): ScheduleSettings {
  return {
    name: settings.schedule,
    gamma: settings.scheduleGamma,
    stepEvery: settings.scheduleStep,
    floor: 0,
  };
}

/** Samples per epoch of the article's program: the sweep reports a mean, the race a sum. */
export const ARTICLE_SAMPLES = ARTICLE_PROGRAM.inputs.length;

export const SWEEP_FROM = 1e-4;
export const SWEEP_TO = 3;
export const SWEEP_COUNT = 32;

/** `count` rates evenly spaced on a log scale, rounded to 3 significant digits for reading. */
export function sweepRates(from = SWEEP_FROM, to = SWEEP_TO, count = SWEEP_COUNT): number[] {
  const step = Math.log(to / from) / (count - 1);
  return Array.from({ length: count }, (_, i) =>
    Number((from * Math.exp(step * i)).toPrecision(3)),
  );
}

export type SweepVerdict = 'converged' | 'diverged' | 'above';

/**
 * A sweep reports only where each run ended. The article's devices start near a total loss of
 * 0.5, so ending above a million means the loss grew without bound (the race's classifier uses
 * the same factor against the first epoch).
 */
export const SWEEP_DIVERGED_ABOVE = 1e6;

export function sweepVerdict(
  totalLoss: number,
  outcome: string | undefined,
  threshold: number = CONVERGED_BELOW,
): SweepVerdict {
  if (outcome === 'diverged' || !Number.isFinite(totalLoss) || totalLoss >= SWEEP_DIVERGED_ABOVE)
    return 'diverged';
  return totalLoss < threshold ? 'converged' : 'above';
}

export interface RateBand {
  readonly from: number;
  readonly to: number;
  /** 'converged': every rate in it reached the target; 'best': none did, these came closest. */
  readonly kind: 'converged' | 'best';
}

/** Within this factor of the lowest final loss counts as "closest" when nothing converged. */
export const BEST_FACTOR = 2;

/**
 * The "just right" rates: the longest unbroken stretch of rates (in sweep order) whose runs
 * converged; if none did, the stretch around the lowest final loss that stayed within
 * BEST_FACTOR of it.
 */
export function justRightBand(
  rates: ArrayLike<number>,
  totals: ArrayLike<number>,
  threshold: number = CONVERGED_BELOW,
): RateBand | null {
  const n = Math.min(rates.length, totals.length);
  const converged = (i: number) => (totals[i] as number) < threshold;
  const stretch = longestStretch(n, converged);
  if (stretch !== null) {
    return {
      from: rates[stretch[0]] as number,
      to: rates[stretch[1]] as number,
      kind: 'converged',
    };
  }
  let best = -1;
  for (let i = 0; i < n; i++) {
    const value = totals[i] as number;
    if (Number.isFinite(value) && (best < 0 || value < (totals[best] as number))) best = i;
  }
  if (best < 0) return null;
  const limit = BEST_FACTOR * (totals[best] as number);
  const near = (i: number) => (totals[i] as number) <= limit;
  let from = best;
  let to = best;
  while (from > 0 && near(from - 1)) from--;
  while (to < n - 1 && near(to + 1)) to++;
  return { from: rates[from] as number, to: rates[to] as number, kind: 'best' };
}

function longestStretch(n: number, inside: (i: number) => boolean): [number, number] | null {
  let best: [number, number] | null = null;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    if (i < n && inside(i)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && (best === null || i - 1 - start > best[1] - best[0])) best = [start, i - 1];
    start = -1;
  }
  return best;
}

/** A rate as the learner typed or picked it: the shortest text that reads back the same. */
export function formatRate(rate: number): string {
  return String(rate);
}
