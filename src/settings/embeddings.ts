/**
 * The embeddings lesson's two controls: the contrastive margin and the learning rate. The
 * lesson's store checks every value here before it reaches the embeddings worker.
 */
import * as z from 'zod/mini';
import { EMBEDDINGS_SETTINGS_DEFAULTS } from './embeddings-defaults';
import { checkValue, num, rangeOf, type FieldRange, type FieldResult } from './kit';

const embeddingsShape = {
  margin: z._default(num(0.1, 3, { step: 0.1 }), EMBEDDINGS_SETTINGS_DEFAULTS.margin),
  learningRate: z._default(
    num(0.001, 0.5, { step: 0.001, label: 'learning rate' }),
    EMBEDDINGS_SETTINGS_DEFAULTS.learningRate,
  ),
};

export type EmbeddingsKey = keyof typeof embeddingsShape;
export type EmbeddingsSettings = z.output<z.ZodMiniObject<typeof embeddingsShape>>;

export { EMBEDDINGS_SETTINGS_DEFAULTS };

export function embeddingsFieldRange(key: EmbeddingsKey): FieldRange {
  return rangeOf(embeddingsShape[key], key);
}

export function checkEmbeddingsField(key: EmbeddingsKey, value: unknown): FieldResult<number> {
  return checkValue(embeddingsShape[key].def.innerType, key, value);
}
