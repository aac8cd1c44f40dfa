/**
 * How Play advances a run. When the stages come slowly enough for a learner to follow them, the
 * engine plays one stage at a time (the Step button's code path, so every number is the
 * trainer's own) and reports each one; faster, it trains whole epochs and only the epochs are
 * reported. The threshold lives here alone: the play loop decides with it and each snapshot
 * says which pace its run gets, so no view needs to guess.
 */
export type Pace = 'stages' | 'epochs';

/**
 * The fastest stage rate still played stage by stage: the article's four samples make 16
 * stages an epoch, so 1 epoch a second is a teaching pace and 2 epochs a second is not.
 */
export const TEACHING_STAGES_PER_SECOND = 20;

/** Forward, loss and backprop for every sample, and one update per batch. */
export function stagesPerEpoch(samplesPerEpoch: number, iterationsPerEpoch: number): number {
  return 3 * samplesPerEpoch + iterationsPerEpoch;
}

export function paceOf(epochsPerSecond: number, stagesInEpoch: number): Pace {
  return epochsPerSecond * stagesInEpoch <= TEACHING_STAGES_PER_SECOND ? 'stages' : 'epochs';
}
