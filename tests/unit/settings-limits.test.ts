/**
 * The lessons' own limits come from src/settings too: the overfitting lab's capacity and epochs,
 * and the embeddings lesson's two controls. Each store refuses what its schema refuses.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_EMBEDDINGS_CONFIG } from '../../src/engine/embeddings/protocol';
import { useFit } from '../../src/lessons/overfitting/fit-store';
import {
  EMBEDDINGS_SETTINGS_DEFAULTS,
  embeddingsFieldRange,
  type EmbeddingsKey,
} from '../../src/settings/embeddings';
import { FIT_EPOCHS_RANGE, MAX_HIDDEN_LAYERS, MAX_NEURONS } from '../../src/settings/fit';
import { useEmbeddings } from '../../src/store/embeddings';

describe('the overfitting lab', () => {
  beforeEach(() => useFit.getState().reset());

  it('takes epochs within its own range only', () => {
    const { min, max } = FIT_EPOCHS_RANGE;
    fc.assert(
      fc.property(fc.integer({ min: -5, max: max * 2 }), (epochs) => {
        const before = useFit.getState().config.epochs;
        const taken = useFit.getState().setField('epochs', epochs);
        expect(taken).toBe(epochs >= min && epochs <= max);
        expect(useFit.getState().config.epochs).toBe(taken ? epochs : before);
      }),
    );
  });

  it('takes hidden layers within its capacity only', () => {
    expect(useFit.getState().setField('hidden', Array(MAX_HIDDEN_LAYERS).fill(MAX_NEURONS))).toBe(
      true,
    );
    expect(useFit.getState().setField('hidden', Array(MAX_HIDDEN_LAYERS + 1).fill(1))).toBe(false);
    expect(useFit.getState().setField('hidden', [MAX_NEURONS + 1])).toBe(false);
  });
});

describe('the embeddings lesson', () => {
  beforeEach(() => useEmbeddings.getState().reset());

  it('starts the worker from the schema defaults', () => {
    expect(DEFAULT_EMBEDDINGS_CONFIG).toMatchObject(EMBEDDINGS_SETTINGS_DEFAULTS);
  });

  it.each<[EmbeddingsKey, 'setMargin' | 'setLearningRate']>([
    ['margin', 'setMargin'],
    ['learningRate', 'setLearningRate'],
  ])('%s: the store sends in-range values only', (key, setter) => {
    const { min, max } = embeddingsFieldRange(key);
    const sent: unknown[] = [];
    useEmbeddings.getState().install((command) => sent.push(command));
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: min / 2, max: max * 2 }), fc.constant(NaN)), (v) => {
        const count = sent.length;
        const taken = useEmbeddings.getState()[setter](v);
        expect(taken).toBe(v >= min && v <= max);
        expect(sent.length).toBe(taken ? count + 1 : count);
      }),
    );
  });
});
