/**
 * The overfitting lab's own capacity limits: tighter than the app's (src/settings/schema.ts),
 * so that every try trains in a blink. Points added there follow the app's extra-point limits.
 */
import { checkValue, int, list, rangeOf, type FieldRange } from './kit';
import { COORDINATE_LIMIT, MAX_EXTRA_POINTS } from './schema';

const fitHidden = list(int(1, 32, { label: 'neurons' }), 4, { label: 'hidden layer sizes' });

/** The lab's limits on its network: how many hidden layers, and neurons per layer. */
export const FIT_HIDDEN_RANGE: FieldRange = rangeOf(fitHidden, 'hidden');
export const MAX_HIDDEN_LAYERS = FIT_HIDDEN_RANGE.maxItems ?? 0;
export const MAX_NEURONS = FIT_HIDDEN_RANGE.max;
export { COORDINATE_LIMIT, MAX_EXTRA_POINTS as MAX_ADDED_POINTS };

/** Whether hidden layer sizes fit the lab's capacity (the app's schema has checked them first). */
export function fitsFitLab(hidden: readonly number[]): boolean {
  return checkValue(fitHidden, 'hidden', hidden).ok;
}
