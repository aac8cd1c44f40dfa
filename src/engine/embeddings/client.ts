/**
 * The page's side of the embeddings worker, on the same coalescing connection as the
 * training engine (../worker-connection.ts). The last configuration is remembered, so
 * `restart()` brings a crashed worker back with the same settings and pairs.
 */
import { WorkerConnection } from '../worker-connection';
import type { EmbeddingsCommand, EmbeddingsConfig, EmbeddingsEvent } from './protocol';

export interface EmbeddingsClientOptions {
  readonly createWorker: () => Worker;
  readonly onEvents: (events: EmbeddingsEvent[]) => void;
  /** Schedules the flush of queued events; requestAnimationFrame by default. */
  readonly requestFrame?: (callback: () => void) => void;
}

export class EmbeddingsClient {
  private readonly connection: WorkerConnection<EmbeddingsEvent>;
  private config: EmbeddingsConfig | null = null;

  constructor(options: EmbeddingsClientOptions) {
    this.connection = new WorkerConnection<EmbeddingsEvent>({
      ...options,
      failure: (detail) => ({
        type: 'error',
        message: `The embeddings engine stopped: ${detail}`,
        fatal: true,
      }),
    });
  }

  send(command: EmbeddingsCommand): void {
    if (command.type === 'configure') this.config = command.config;
    if (command.type === 'add-pair' && this.config !== null) {
      this.config = { ...this.config, extraPairs: [...this.config.extraPairs, command.pair] };
    }
    this.connection.post(command);
  }

  /** Replaces the worker with a fresh one and replays the last configuration. */
  restart(): void {
    this.connection.restart();
    if (this.config !== null) this.connection.post({ type: 'configure', config: this.config });
  }

  dispose(): void {
    this.connection.dispose();
  }
}
