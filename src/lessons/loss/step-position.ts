/**
 * Where the sample of a step detail sits: its position in the epoch (from 1) and the epoch it
 * belongs to. The counters describe the NEXT sample once a sample's backprop has run, and the
 * update that ends an epoch has already moved them on to the next epoch.
 */
import type { StepDetail } from '../../engine/protocol';

export interface StepPosition {
  /** 1-based position of the sample within its epoch's order. */
  readonly sample: number;
  readonly epoch: number;
}

export function stepPosition(detail: StepDetail): StepPosition {
  const { stage, counters } = detail;
  if (stage === 'update' && counters.sampleInEpoch === 0 && counters.epoch > 0) {
    return { sample: counters.samplesPerEpoch, epoch: counters.epoch - 1 };
  }
  const beforeBackprop = stage === 'forward' || stage === 'loss';
  return {
    sample: Math.max(1, counters.sampleInEpoch + (beforeBackprop ? 1 : 0)),
    epoch: counters.epoch,
  };
}
