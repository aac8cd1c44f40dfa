/**
 * The overfitting lab's own capacity limits: tighter than the app's (src/settings/schema.ts),
 * so that every try trains in a blink. Points added there follow the app's extra-point limits.
 */
import { checkValue, int, list, rangeOf, type FieldRange } from './kit';
import { COORDINATE_LIMIT, MAX_EXTRA_POINTS } from './schema';

const fitHidden = list(int(1, 32, { label: 'neurons' }), 6, { label: 'hidden layer sizes' });
/** The app allows far more epochs, but the lab's runs should end in seconds. */
const fitEpochs = int(1, 2000, { label: 'epochs' });

/** The lab's limits on its network: how many hidden layers, and neurons per layer. */
export const FIT_HIDDEN_RANGE: FieldRange = rangeOf(fitHidden, 'hidden');
export const MAX_HIDDEN_LAYERS = FIT_HIDDEN_RANGE.maxItems ?? 0;
export const MAX_NEURONS = FIT_HIDDEN_RANGE.max;
export const FIT_EPOCHS_RANGE: FieldRange = rangeOf(fitEpochs, 'epochs');
export { COORDINATE_LIMIT, MAX_EXTRA_POINTS as MAX_ADDED_POINTS };

/**
 * Whether a value the app's schema has accepted also fits the lab's limits (hidden layer sizes
 * and epochs; the lab takes every other setting as the app does).
 */
export function fitsFitLab(key: string, value: unknown): boolean {
  if (key === 'hidden') return checkValue(fitHidden, key, value).ok;
  if (key === 'epochs') return checkValue(fitEpochs, key, value).ok;
  return true;
}
