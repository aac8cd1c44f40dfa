/**
 * The loss race: the three-class model trained twice from the same seed and data, once with
 * squared error and once with cross-entropy. The two losses live on different scales, so the
 * race is judged by training accuracy, which means the same thing for both.
 */
import type { RunConfig } from '../../engine/protocol';
import type { BoundedSeries } from '../../store/history';
import { threeClassConfig } from '../shared/three-class';

export type RaceLoss = 'squared' | 'cross-entropy';
export const raceLosses: readonly RaceLoss[] = ['squared', 'cross-entropy'];

export const RACE_RUN: Readonly<Record<RaceLoss, string>> = {
  squared: 'loss-mse',
  'cross-entropy': 'loss-ce',
};

/** Long enough for both runs to classify every training example (the slower needs ~900). */
export const RACE_EPOCHS = 1000;

export function raceConfig(loss: RaceLoss): RunConfig {
  return { ...threeClassConfig, loss, epochs: RACE_EPOCHS };
}

/** Accuracy thresholds whose first epoch the lesson reports. */
export const MILESTONES = [0.9, 1] as const;

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

export interface AccuracyPoint {
  /** Epochs trained (epoch index + 1): a log axis cannot show epoch 0. */
  readonly trained: number;
  /** Training accuracy in percent, per loss (absent before that run reached the epoch). */
  readonly squared?: number;
  readonly crossEntropy?: number;
}

/** At most this many points per line: enough for a small chart, cheap to redraw. */
export const MAX_CHART_POINTS = 250;

/**
 * Both runs' accuracy curves merged on the epoch and thinned evenly on a log scale of epochs
 * trained, so the fast early climb and the slow final epochs both keep their detail.
 */
export function accuracyChartData(
  squared: BoundedSeries | undefined,
  crossEntropy: BoundedSeries | undefined,
): AccuracyPoint[] {
  const byEpoch = new Map<number, { squared?: number; crossEntropy?: number }>();
  const add = (series: BoundedSeries | undefined, key: 'squared' | 'crossEntropy') => {
    if (series === undefined) return;
    const { x, y } = series.points();
    for (let i = 0; i < x.length; i++) {
      const epoch = x[i] as number;
      const row = byEpoch.get(epoch) ?? {};
      row[key] = 100 * (y[i] as number);
      byEpoch.set(epoch, row);
    }
  };
  add(squared, 'squared');
  add(crossEntropy, 'crossEntropy');
  const epochs = [...byEpoch.keys()].sort((a, b) => a - b);
  const lastTrained = (epochs[epochs.length - 1] ?? 0) + 1;
  const bucketWidth = Math.log(Math.max(2, lastTrained)) / MAX_CHART_POINTS;
  const points: AccuracyPoint[] = [];
  let lastBucket = -1;
  for (const [i, epoch] of epochs.entries()) {
    const bucket = Math.floor(Math.log(epoch + 1) / bucketWidth);
    // Keep the last epoch too, so the line ends where the run is.
    if (bucket === lastBucket && i !== epochs.length - 1) continue;
    lastBucket = bucket;
    points.push({ trained: epoch + 1, ...byEpoch.get(epoch) });
  }
  return points;
}
