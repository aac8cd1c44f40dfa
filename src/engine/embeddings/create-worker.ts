/** Starts the embeddings worker (Vite bundles worker.ts as a module worker from this URL). */
export function createEmbeddingsWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'embeddings',
  });
}
