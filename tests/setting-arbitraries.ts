/**
 * fast-check arbitraries for the settings, built from the schema itself: any value a run
 * setting may take. Shared by the link tests (main keys and the lab's `f.` keys).
 */
import fc from 'fast-check';
import { inputFeatureNames } from '../src/core/features';
import {
  fieldOptions,
  fieldRange,
  type NumericKey,
  type OptionKey,
  type RunKey,
} from '../src/store/config-schema';

/** A value anywhere in the field's range. */
export function numberArb(key: NumericKey): fc.Arbitrary<number> {
  const { min, max, integer } = fieldRange(key);
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true });
}

/** One of the field's options. */
export const optionArb = (key: OptionKey) => fc.constantFrom(...fieldOptions(key));

/** Each run setting's valid values; `narrower` replaces some (a lab's tighter limits, say). */
export function runFieldArbs(
  narrower: Partial<Record<RunKey, fc.Arbitrary<unknown>>> = {},
): Record<RunKey, fc.Arbitrary<unknown>> {
  return {
    model: optionArb('model'),
    neuron: optionArb('neuron'),
    dataset: optionArb('dataset'),
    datasetSize: numberArb('datasetSize'),
    noise: numberArb('noise'),
    validationSplit: numberArb('validationSplit'),
    hidden: fc.array(numberArb('hidden'), { maxLength: fieldRange('hidden').maxItems ?? 0 }),
    inputs: fc.shuffledSubarray([...inputFeatureNames], { minLength: 1 }),
    hiddenActivation: optionArb('hiddenActivation'),
    loss: optionArb('loss'),
    optimizer: optionArb('optimizer'),
    learningRate: numberArb('learningRate'),
    momentum: numberArb('momentum'),
    schedule: optionArb('schedule'),
    scheduleGamma: numberArb('scheduleGamma'),
    scheduleStep: numberArb('scheduleStep'),
    batchSize: numberArb('batchSize'),
    dropLast: fc.boolean(),
    shuffle: fc.boolean(),
    epochs: numberArb('epochs'),
    dropout: numberArb('dropout'),
    weightDecay: numberArb('weightDecay'),
    inputNoise: numberArb('inputNoise'),
    patience: numberArb('patience'),
    seed: numberArb('seed'),
    extraPoints: fc.array(
      fc.tuple(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.integer({ min: 0, max: 2 }),
      ),
      { maxLength: 20 },
    ),
    ...narrower,
  };
}
