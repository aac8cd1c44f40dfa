/**
 * What really happened to a run, read from its loss history alone (never from its settings),
 * so a label such as "diverged at epoch 47" is a fact about the curve the learner can see.
 *
 * The rules, in the order they are tried (epochs are counted from 0, as the engine does):
 * 1. diverged: the lab's one definition (divergence.ts): a loss is not finite, or it reached
 *    a million times the first loss. The epoch is the first one that broke the rule.
 * 2. converged: the last loss is below the threshold. The epoch is where the final stretch
 *    below the threshold began (for a run that never climbs back: the first epoch below it).
 * 3. running: the history does not reach `totalEpochs` yet. Bouncing, settled and too slow
 *    are judgements about the end of a run, so they wait for it.
 * The rest look at the tail, the last third of the history (at least 3 epochs):
 * 4. bouncing: the steps overshoot. The loss rises and falls repeatedly (at least
 *    BOUNCE_CHANGES direction changes, and a quarter of the tail's steps, among steps bigger
 *    than 1 % of the tail's mean); or the tail ends higher than it began; or the run ends no
 *    better than it started; or it stays high (the last loss is at least HIGH_FRACTION = half
 *    the first) without falling.
 * 5. settled: the loss is falling (or flat) but its fall is dying away: comparing the fall
 *    over the second half of the tail with the first half, a geometric slow-down that would
 *    remove less than 1 % more of the loss counts as stopped. Its level stays above the
 *    threshold: the run has found a floor it cannot go below at this rate. The epoch is where
 *    the loss came within 1 % of that level.
 * 6. too slow: still falling at the end, without reaching the threshold.
 *
 * A history thinned for drawing keeps only each stretch's extremes, which could date a
 * divergence or a convergence late. The engine therefore follows the run epoch by epoch with
 * a MilestoneTracker, and the epochs it reports take precedence over the thinned history's.
 */

import { DivergenceWatch, divergenceIndex } from './divergence';

export type OutcomeKind =
  'diverged' | 'bouncing' | 'converged' | 'settled' | 'too-slow' | 'running';

export interface Outcome {
  readonly kind: OutcomeKind;
  /** diverged, converged, settled: the epoch where that began. */
  readonly epoch?: number;
  /** settled: the loss it settled at (the last loss). */
  readonly level?: number;
}

export interface OutcomeHistory {
  /** Epoch numbers, increasing (counted from 0). */
  readonly epoch: ArrayLike<number>;
  readonly loss: ArrayLike<number>;
}

export interface OutcomeOptions {
  /** Below this loss a run has converged. */
  readonly threshold?: number;
  /** The run's length: a shorter history is still running. */
  readonly totalEpochs?: number;
  /** Exact epochs from a tracker that saw every epoch (used when its threshold matches). */
  readonly milestones?: OutcomeMilestones | null;
}

/** Rules 1 and 2's epochs, followed over every epoch of a run. */
export interface OutcomeMilestones {
  /** The convergence threshold the tracker used. */
  readonly threshold: number;
  /** The first epoch whose loss was not finite or had grown GROWTH_LIMIT-fold (rule 1). */
  readonly divergedAt: number | null;
  /** Where the current stretch of losses below the threshold began, or null (rule 2). */
  readonly belowSince: number | null;
}

/** Follows a run's losses one epoch at a time and keeps its milestones exactly. */
export class MilestoneTracker {
  private readonly threshold: number;
  private readonly divergence = new DivergenceWatch();
  private belowSince: number | null = null;

  constructor(threshold: number = DEFAULT_THRESHOLD) {
    this.threshold = threshold;
  }

  add(epoch: number, loss: number): void {
    this.divergence.add(epoch, loss);
    if (!(loss < this.threshold)) this.belowSince = null;
    else this.belowSince ??= epoch;
  }

  get milestones(): OutcomeMilestones {
    const { threshold, belowSince } = this;
    return { threshold, divergedAt: this.divergence.epoch, belowSince };
  }
}

export const DEFAULT_THRESHOLD = 0.01;
export const HIGH_FRACTION = 0.5;
export const BOUNCE_CHANGES = 2;
/** A step smaller than this fraction of the tail's mean loss is not a real rise or fall. */
const SIGNIFICANT_STEP = 0.01;
/** Steps below this fraction of the tail's mean are rounding noise (a loss that has stopped). */
const NOISE_STEP = 1e-9;
/** A settled run would fall by less than this fraction of its loss if it went on for ever. */
const SETTLED_FRACTION = 0.01;
const MIN_TAIL = 3;

export function classifyOutcome(history: OutcomeHistory, options: OutcomeOptions = {}): Outcome {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const n = Math.min(history.epoch.length, history.loss.length);
  if (n === 0) return { kind: 'running' };
  const loss = Array.from({ length: n }, (_, i) => history.loss[i] as number);
  const epochAt = (i: number) => history.epoch[i] as number;

  // Divergence does not depend on the convergence threshold: the tracker's epoch always holds.
  const tracked = options.milestones ?? null;
  const exact = tracked?.threshold === threshold ? tracked : null;

  const divergedAt = tracked === null ? historyDivergence(loss, epochAt) : tracked.divergedAt;
  if (divergedAt !== null) return { kind: 'diverged', epoch: divergedAt };

  const last = loss[n - 1] as number;
  if (last < threshold) {
    let start = n - 1;
    while (start > 0 && (loss[start - 1] as number) < threshold) start--;
    return { kind: 'converged', epoch: exact?.belowSince ?? epochAt(start) };
  }

  const finished = options.totalEpochs === undefined || epochAt(n - 1) + 1 >= options.totalEpochs;
  if (!finished) return { kind: 'running' };
  return judgeTail(loss, epochAt);
}

function historyDivergence(loss: readonly number[], epochAt: (i: number) => number): number | null {
  const index = divergenceIndex(loss);
  return index === null ? null : epochAt(index);
}

interface TailShape {
  readonly start: number;
  readonly rises: number;
  readonly falls: number;
  readonly directionChanges: number;
  readonly steps: number;
  readonly noise: number;
}

function tailShape(loss: readonly number[]): TailShape {
  const n = loss.length;
  const start = Math.max(0, n - Math.max(MIN_TAIL, Math.ceil(n / 3)));
  let mean = 0;
  for (let i = start; i < n; i++) mean += (loss[i] as number) / (n - start);
  const noise = NOISE_STEP * mean;
  const significant = SIGNIFICANT_STEP * mean;
  let rises = 0;
  let falls = 0;
  let directionChanges = 0;
  let lastDirection = 0;
  for (let i = start + 1; i < n; i++) {
    const step = (loss[i] as number) - (loss[i - 1] as number);
    if (step > noise) rises++;
    if (step < -noise) falls++;
    if (Math.abs(step) < significant) continue;
    const direction = Math.sign(step);
    if (lastDirection !== 0 && direction !== lastDirection) directionChanges++;
    lastDirection = direction;
  }
  return { start, rises, falls, directionChanges, steps: n - 1 - start, noise };
}

function judgeTail(loss: readonly number[], epochAt: (i: number) => number): Outcome {
  const n = loss.length;
  const first = loss[0] as number;
  const last = loss[n - 1] as number;
  const tail = tailShape(loss);
  const startValue = loss[tail.start] as number;
  // A few small rises (rounding, the last wobbles of a limit cycle) do not stop a fall.
  const falling = last < startValue && tail.rises <= tail.steps / 10;
  const bouncing =
    tail.directionChanges >= Math.max(BOUNCE_CHANGES, Math.ceil(tail.steps / 4)) ||
    last > startValue + tail.noise ||
    last >= first ||
    (last >= HIGH_FRACTION * first && !falling);
  if (bouncing) return { kind: 'bouncing' };
  const flat = tail.rises === 0 && tail.falls === 0;
  if (flat || remainingFall(loss, tail.start) <= SETTLED_FRACTION * last) {
    return { kind: 'settled', epoch: epochAt(settledFrom(loss)), level: last };
  }
  return { kind: 'too-slow' };
}

/**
 * How much further the loss would fall if its slow-down went on geometrically: the tail is
 * cut in two halves of k steps; if the second half fell by a fraction q of the first, the
 * halves to come fall by q², q³, … of it, which sums to drop₂·q/(1 − q).
 */
function remainingFall(loss: readonly number[], start: number): number {
  const end = loss.length - 1;
  const k = Math.floor((end - start) / 2);
  if (k < 1) return Infinity;
  const firstDrop = (loss[start] as number) - (loss[start + k] as number);
  const secondDrop = (loss[end - k] as number) - (loss[end] as number);
  if (secondDrop <= 0) return 0;
  if (firstDrop <= 0) return Infinity;
  const ratio = secondDrop / firstDrop;
  return ratio >= 1 ? Infinity : (secondDrop * ratio) / (1 - ratio);
}

/** The first index from which the loss stays within SETTLED_FRACTION of its last value. */
function settledFrom(loss: readonly number[]): number {
  const last = loss[loss.length - 1] as number;
  const band = SETTLED_FRACTION * Math.abs(last);
  let i = loss.length - 1;
  while (i > 0 && Math.abs((loss[i - 1] as number) - last) <= band) i--;
  return i;
}
