/**
 * The lab's one definition of divergence, used by the trainer (which stops the run), the
 * outcome labels, the charts, the CLI's JSON lines and the exports, so that every "diverged
 * at epoch N" a learner reads names the same N:
 *
 *   an epoch's total training loss is not a finite number, or it has grown to a million
 *   (GROWTH_LIMIT) times the first epoch's loss.
 *
 * The reference is never below REFERENCE_FLOOR, so a run that starts almost perfect is not
 * called diverged for a small rise. A million-fold growth is far beyond any bounce that comes
 * back down, and waiting for the number to overflow would date a run that left the chart at
 * epoch 2 as "diverged at epoch 88".
 */
export const GROWTH_LIMIT = 1e6;
export const REFERENCE_FLOOR = 0.01;

/** Follows a run's epoch losses, one at a time, and says from which epoch on it diverged. */
export class DivergenceWatch {
  private reference = Number.NaN;
  private divergedAt: number | null = null;

  /** Adds epoch `epoch`'s total loss; true when this epoch or an earlier one diverged. */
  add(epoch: number, loss: number): boolean {
    if (Number.isNaN(this.reference)) this.reference = divergenceReference(loss);
    if (this.divergedAt === null && isDivergedLoss(loss, this.reference)) this.divergedAt = epoch;
    return this.divergedAt !== null;
  }

  /** The first epoch that diverged, or null. */
  get epoch(): number | null {
    return this.divergedAt;
  }
}

/** What later losses are compared with: the first loss, or the floor when that is smaller. */
export function divergenceReference(firstLoss: number): number {
  return Number.isFinite(firstLoss) ? Math.max(firstLoss, REFERENCE_FLOOR) : REFERENCE_FLOOR;
}

export function isDivergedLoss(loss: number, reference: number): boolean {
  return !Number.isFinite(loss) || loss >= GROWTH_LIMIT * reference;
}

/** The index of the first diverged loss of a whole history, or null. */
export function divergenceIndex(loss: ArrayLike<number>): number | null {
  if (loss.length === 0) return null;
  const reference = divergenceReference(loss[0] as number);
  for (let i = 0; i < loss.length; i++) if (isDivergedLoss(loss[i] as number, reference)) return i;
  return null;
}
