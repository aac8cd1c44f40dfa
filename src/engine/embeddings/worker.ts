/** The embeddings Web Worker: EmbeddingsEngine, hosted on postMessage and a real clock. */
import { hostEngine } from '../worker-host';
import { EmbeddingsEngine } from './engine';
import type { EmbeddingsCommand, EmbeddingsEvent } from './protocol';

hostEngine<EmbeddingsCommand, EmbeddingsEvent>(
  'the embeddings engine',
  (post, clock) => new EmbeddingsEngine(post, clock),
);
