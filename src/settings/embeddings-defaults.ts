/**
 * Where the embeddings lesson's two controls start. Apart from the schema (embeddings.ts) so the
 * embeddings worker can read them without loading zod.
 */
export const EMBEDDINGS_SETTINGS_DEFAULTS = Object.freeze({ margin: 1, learningRate: 0.05 });
