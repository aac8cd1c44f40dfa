/** Turns the trainer's state into the plain, transferable views the page receives. */
import {
  contrastiveLoss,
  nearestByCosine,
  pairForce,
  pointDistance,
  type ContrastiveTrainer,
  type PairLabel,
} from '../../core/contrastive';
import { findPhrase, phrases } from '../../core/phrases';
import type { EmbeddingsStepDetail, NeighbourView, PairView } from './protocol';

export function pairKey(pair: { readonly a: number; readonly b: number }): string {
  return pair.a < pair.b ? `${pair.a}-${pair.b}` : `${pair.b}-${pair.a}`;
}

export function pairViews(
  trainer: ContrastiveTrainer,
  points: Float64Array,
  extra: ReadonlySet<string>,
): PairView[] {
  return trainer.pairs.map((pair: PairLabel) => {
    const distance = pointDistance(points, pair.a, pair.b);
    return {
      a: pair.a,
      b: pair.b,
      similar: pair.similar,
      distance,
      loss: contrastiveLoss(distance, pair.similar, trainer.margin),
      force: pairForce(distance, pair.similar, trainer.margin),
      extra: extra.has(pairKey(pair)),
    };
  });
}

/** Copies the trainer's last pair step (it is overwritten by the next one). */
export function stepDetailOf(trainer: ContrastiveTrainer): EmbeddingsStepDetail {
  const step = trainer.lastStep;
  const pairsPerEpoch = trainer.pairs.length;
  return {
    epoch: trainer.epoch,
    // The trainer has already moved on; 0 means the step closed an epoch.
    pairInEpoch: trainer.pairInEpoch === 0 ? pairsPerEpoch : trainer.pairInEpoch,
    pairsPerEpoch,
    a: step.a,
    b: step.b,
    similar: step.similar,
    distance: step.distance,
    loss: step.loss,
    force: step.force,
    forceOnA: [step.forceAx, step.forceAy],
    forceOnB: [step.forceBx, step.forceBy],
    distanceAfter: step.distanceAfter,
    margin: trainer.margin,
    updates: trainer.updates,
  };
}

/** The phrase a query names: an index, or text matched against the phrase list (-1: none). */
export function resolveQuery(query: string | number): number {
  if (typeof query === 'number') {
    return Number.isInteger(query) && query >= 0 && query < phrases.length ? query : -1;
  }
  return findPhrase(phrases, query);
}

export function neighbourViews(
  points: Float64Array,
  index: number,
  count: number,
): NeighbourView[] {
  if (index < 0) return [];
  return nearestByCosine(points, index)
    .slice(0, count)
    .map((n) => ({
      index: n.index,
      similarity: n.similarity,
      distance: pointDistance(points, index, n.index),
    }));
}
