/**
 * The races' own controls. The learning-rate race caps its epochs below the app's (long enough
 * for the speed probe); the optimiser race on the designed surface has its momentum and its
 * number of steps.
 */
import * as z from 'zod/mini';
import { int, num, rangeOf, type FieldRange } from './kit';

const rateRaceShape = {
  epochs: int(1, 1_000_000, { label: 'epochs' }),
};
const surfaceRaceShape = {
  momentum: z._default(num(0, 0.99, { step: 0.01 }), 0.9),
  steps: z._default(int(10, 1000, { step: 10 }), 100),
};

export const RATE_RACE_EPOCHS: FieldRange = rangeOf(rateRaceShape.epochs, 'epochs');

/** A slider's range: bounds and step. */
export interface SliderRange {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}
function sliderOf(key: keyof typeof surfaceRaceShape): SliderRange {
  const { min, max, step = 1 } = rangeOf(surfaceRaceShape[key], key);
  return { min, max, step };
}

export const SURFACE_RACE_LIMITS = {
  momentum: sliderOf('momentum'),
  steps: sliderOf('steps'),
} as const;
export const SURFACE_RACE_DEFAULTS = z.object(surfaceRaceShape).parse({});
