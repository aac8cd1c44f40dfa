/**
 * Checks the parts of a RunConfig that the core accepts silently but that make no sense (a
 * fractional epoch count, a negative dropout), so a bad slider value fails with a message
 * naming it instead of producing a strange run. Everything else the core checks itself.
 */
import { articleDevices, classCount, makeDataset } from '../core/datasets';
import { Rng } from '../core/rng';
import type { RunConfig } from './protocol';

/** Long enough for any lesson; bounded so that a typo cannot keep a run going for days. */
export const MAX_EPOCHS = 1_000_000;
export const MAX_EXTRA_POINTS = 1_000;

function finiteIn(name: string, value: number, low: number, high: number): void {
  if (!Number.isFinite(value) || value < low || value > high) {
    throw new RangeError(`${name} must be a number from ${low} to ${high}, got ${value}`);
  }
}

function wholeIn(name: string, value: number, low: number, high: number): void {
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new RangeError(`${name} must be a whole number from ${low} to ${high}, got ${value}`);
  }
}

function below(name: string, value: number, low: number, limit: number): void {
  if (!Number.isFinite(value) || value < low || value >= limit) {
    throw new RangeError(`${name} must be at least ${low} and below ${limit}, got ${value}`);
  }
}

export function checkRunConfig(config: RunConfig): void {
  wholeIn('epochs', config.epochs, 1, MAX_EPOCHS);
  // Huge rates are allowed on purpose: watching a run diverge is a lesson.
  finiteIn('learning rate', config.learningRate, 0, Number.MAX_VALUE);
  finiteIn('seed', config.seed, -(2 ** 53), 2 ** 53);
  finiteIn('weight decay', config.weightDecay, 0, 10);
  if (config.optimizer === 'momentum') below('momentum', config.momentum, 0, 1);
  if (config.schedule === 'step' || config.schedule === 'exponential') {
    finiteIn('schedule gamma', config.scheduleGamma, Number.MIN_VALUE, 10);
  }
  if (config.extraPoints.length > MAX_EXTRA_POINTS) {
    throw new RangeError(
      `at most ${MAX_EXTRA_POINTS} extra points, got ${config.extraPoints.length}`,
    );
  }
  const labelProblem = extraPointLabelProblem(config);
  if (labelProblem !== null) throw new RangeError(labelProblem);
  if (config.model === 'mlp') checkMlpConfig(config);
}

function checkMlpConfig(config: RunConfig): void {
  below('dropout', config.dropout, 0, 1);
  finiteIn('input noise', config.inputNoise, 0, 10);
  wholeIn('patience', config.patience, 0, MAX_EPOCHS);
  // The output layer is the eighth a network may have.
  wholeIn('number of hidden layers', config.hidden.length, 0, 7);
}

/** How many classes an extra point's label may name: the article's two, or the data set's. */
export function extraPointClasses(config: Pick<RunConfig, 'model' | 'dataset'>): number {
  // A four-row copy of the data set is enough to read its classes, and costs nothing.
  const data =
    config.model === 'article' ? articleDevices() : makeDataset(config.dataset, 4, 0, new Rng(0));
  return classCount(data);
}

/** Why the extra points cannot join this run's data (a label it has no class for), or null. */
export function extraPointLabelProblem(
  config: Pick<RunConfig, 'model' | 'dataset' | 'extraPoints'>,
): string | null {
  if (config.extraPoints.length === 0) return null;
  const classes = extraPointClasses(config);
  const bad = config.extraPoints.find(([, , label]) => !(label >= 0 && label < classes));
  if (bad === undefined) return null;
  return `an extra point's label must be from 0 to ${classes - 1} for this data, got ${bad[2]}`;
}
