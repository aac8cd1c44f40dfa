/**
 * Small readings of a step detail that several lessons share. They only pick numbers the
 * engine sent; none of them trains or recomputes anything.
 */
import type { StepDetail } from '../../engine/protocol';

/** Drawing more than this many parameters (or this many neurons in a column) stops helping. */
export const MAX_DRAWN_PARAMS = 80;
export const MAX_DRAWN_COLUMN = 8;

export function isDrawable(layerSizes: readonly number[]): boolean {
  let params = 0;
  for (let l = 0; l + 1 < layerSizes.length; l++) {
    params += ((layerSizes[l] as number) + 1) * (layerSizes[l + 1] as number);
  }
  return params <= MAX_DRAWN_PARAMS && layerSizes.every((size) => size <= MAX_DRAWN_COLUMN);
}

/** The parameters the last forward pass used: after an update, the ones before it. */
export function forwardParams(detail: StepDetail): Float64Array {
  return detail.stage === 'update' && detail.lastUpdate !== null
    ? detail.lastUpdate.paramsBefore
    : detail.params;
}

/**
 * A number that identifies the sample's forward pass: the same through its four stages, new
 * for the next sample. The position in the epoch moves on at backprop (and wraps at the
 * epoch's last update), so it is taken back by one for the later stages.
 */
export function forwardSerial(detail: StepDetail): number {
  const { epoch, sampleInEpoch, samplesPerEpoch } = detail.counters;
  const moved = detail.stage === 'backprop' || detail.stage === 'update';
  return epoch * samplesPerEpoch + sampleInEpoch - (moved ? 1 : 0);
}

/** The gradient this sample produced: after backprop the accumulated one, after an update the one applied. */
export function stepGradient(detail: StepDetail): Float64Array | null {
  if (detail.stage === 'backprop') return detail.grads;
  if (detail.stage === 'update' && detail.lastUpdate !== null) return detail.lastUpdate.grads;
  return null;
}

/** The output layer's values. */
export function outputsOf(values: readonly Float64Array[]): Float64Array | null {
  return values[values.length - 1] ?? null;
}
