/**
 * The loss race: one sigmoid neuron sorting two clusters of points, trained twice from the
 * same start, once with squared error and once with cross-entropy. The start is confidently
 * wrong on purpose: that is where the two losses really differ. The neuron's output sits on
 * the sigmoid's flat tail, so squared error's gradient (its error times the sigmoid's slope)
 * is tiny and the run stalls, while cross-entropy's gradient (p − y, the slope cancelled)
 * stays large and the run recovers at once. The two losses live on different scales, so the
 * race is judged by training accuracy, and by the gradient each loss hands back.
 */
import type { RunConfig } from '../../engine/protocol';
import { DEFAULT_RUN_CONFIG } from '../../store/config-schema';
import type { BoundedSeries } from '../../store/history';
import { logAxis, type LogAxis } from '../../ui/charts/chart-data';

export type RaceLoss = 'squared' | 'cross-entropy';
export const raceLosses: readonly RaceLoss[] = ['squared', 'cross-entropy'];

export const RACE_RUN: Readonly<Record<RaceLoss, string>> = {
  squared: 'loss-mse',
  'cross-entropy': 'loss-ce',
};

/**
 * Enough for squared error to crawl off the flat tail and catch up (it needs about 40), so the
 * race shows both the stall and its end.
 */
export const RACE_EPOCHS = 60;

/**
 * Chosen by searching seeds (not by setting weights): seed 1574 draws the two input weights
 * that point most strongly the wrong way among the first 30,000 seeds (w₁ + w₂ ≈ −4.2), so the
 * untrained neuron's weighted sum is about ∓8.5 at the clusters' centres and it gives the
 * right answer a probability near 0.0002 for every point.
 */
export const RACE_SEED = 1574;

export const raceConfig = (loss: RaceLoss): RunConfig => ({
  ...DEFAULT_RUN_CONFIG,
  model: 'mlp',
  // Two clusters around (−2, −2) and (2, 2): an easy problem, once the start is overcome.
  dataset: 'gaussian',
  datasetSize: 40,
  noise: 0,
  validationSplit: 0,
  hidden: [],
  // On a single sigmoid output the engine trains 'cross-entropy' as binary cross-entropy.
  loss,
  optimizer: 'sgd',
  learningRate: 0.1,
  batchSize: 1,
  shuffle: false,
  epochs: RACE_EPOCHS,
  seed: RACE_SEED,
});

/** The race's own speeds, in epochs a second (Infinity: as fast as the machine allows). */
export const RACE_SPEEDS: readonly number[] = [5, 15, 30, 60, Infinity];
/** 60 epochs in 4 s: quick, yet slow enough to watch squared error sit still. */
export const DEFAULT_RACE_SPEED = 15;

/** Accuracy is a count over a count: within this of a threshold counts as reaching it. */
const TOLERANCE = 1e-12;

/**
 * How many epochs the run had trained when its training accuracy first reached `threshold`
 * (the epoch's index + 1), or null if it has not yet.
 */
export function epochsToReach(series: BoundedSeries, threshold: number): number | null {
  const { x, y } = series.points();
  for (let i = 0; i < x.length; i++) {
    if ((y[i] as number) >= threshold - TOLERANCE) return (x[i] as number) + 1;
  }
  return null;
}

/** The series' value at its first epoch (epoch 0), or null before the run has trained it. */
export function firstValue(series: BoundedSeries | undefined): number | null {
  if (series === undefined) return null;
  const { x, y } = series.points();
  return x.length > 0 && x[0] === 0 ? (y[0] as number) : null;
}

export interface RacePoint {
  /** Epochs trained (epoch index + 1). */
  readonly trained: number;
  /** Training accuracy in percent, per loss (absent before that run reached the epoch). */
  readonly squared?: number;
  readonly crossEntropy?: number;
}

type Key = 'squared' | 'crossEntropy';

/** Both runs' values of one metric merged on the epoch, scaled by `scale`. */
export function mergeByEpoch(
  squared: BoundedSeries | undefined,
  crossEntropy: BoundedSeries | undefined,
  scale = 1,
): RacePoint[] {
  const byEpoch = new Map<number, Partial<Record<Key, number>>>();
  const add = (series: BoundedSeries | undefined, key: Key) => {
    if (series === undefined) return;
    const { x, y } = series.points();
    for (let i = 0; i < x.length; i++) {
      const epoch = x[i] as number;
      const row = byEpoch.get(epoch) ?? {};
      row[key] = scale * (y[i] as number);
      byEpoch.set(epoch, row);
    }
  };
  add(squared, 'squared');
  add(crossEntropy, 'crossEntropy');
  return [...byEpoch.keys()]
    .sort((a, b) => a - b)
    .map((epoch) => ({ trained: epoch + 1, ...byEpoch.get(epoch) }));
}

export interface EpochAxis {
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/** The epoch axis spans the race's own length: from the first epoch trained to the last. */
export function raceEpochAxis(epochs: number = RACE_EPOCHS): EpochAxis {
  const step = epochs <= 20 ? 5 : epochs <= 100 ? 10 : 10 ** Math.floor(Math.log10(epochs));
  const ticks = [1];
  for (let t = step; t <= epochs; t += step) ticks.push(t);
  if (ticks[ticks.length - 1] !== epochs) ticks.push(epochs);
  return { domain: [1, epochs], ticks };
}

/**
 * The gradient chart's log axis (whole decades, by the shared loss charts' rule): gradient
 * sizes span several decades, about 10⁻³ for squared error's stall and about 1 for
 * cross-entropy's start.
 */
export function gradientAxis(points: readonly RacePoint[]): LogAxis {
  const column = (key: Key) => points.map((p) => ({ x: p.trained, y: p[key] ?? null }));
  return logAxis([column('squared'), column('crossEntropy')]);
}
