/**
 * The page's side of the embeddings worker, built like src/engine/client.ts: commands go
 * straight to the worker; events are queued and handed over at most once per animation frame,
 * so a burst of snapshots costs one store update. The last configuration is remembered, so
 * `restart()` brings a crashed worker back with the same settings and pairs.
 */
import type { EmbeddingsCommand, EmbeddingsConfig, EmbeddingsEvent } from './protocol';

export interface EmbeddingsClientOptions {
  readonly createWorker: () => Worker;
  readonly onEvents: (events: EmbeddingsEvent[]) => void;
  /** Schedules the flush of queued events; requestAnimationFrame by default. */
  readonly requestFrame?: (callback: () => void) => void;
}

export class EmbeddingsClient {
  private readonly createWorker: () => Worker;
  private readonly onEvents: (events: EmbeddingsEvent[]) => void;
  private readonly requestFrame: (callback: () => void) => void;
  private config: EmbeddingsConfig | null = null;
  private queue: EmbeddingsEvent[] = [];
  private flushRequested = false;
  private worker: Worker | null;

  constructor(options: EmbeddingsClientOptions) {
    this.createWorker = options.createWorker;
    this.onEvents = options.onEvents;
    this.requestFrame = options.requestFrame ?? ((callback) => requestAnimationFrame(callback));
    this.worker = this.start();
  }

  send(command: EmbeddingsCommand): void {
    if (command.type === 'configure') this.config = command.config;
    if (command.type === 'add-pair' && this.config !== null) {
      this.config = { ...this.config, extraPairs: [...this.config.extraPairs, command.pair] };
    }
    this.worker?.postMessage(command);
  }

  /** Replaces the worker with a fresh one and replays the last configuration. */
  restart(): void {
    this.stop();
    this.worker = this.start();
    if (this.config !== null) this.worker.postMessage({ type: 'configure', config: this.config });
  }

  dispose(): void {
    this.stop();
    this.queue = [];
  }

  private start(): Worker {
    const worker = this.createWorker();
    worker.addEventListener('message', this.onMessage);
    worker.addEventListener('error', this.onError);
    worker.addEventListener('messageerror', this.onError);
    return worker;
  }

  private stop(): void {
    const worker = this.worker;
    if (worker === null) return;
    worker.removeEventListener('message', this.onMessage);
    worker.removeEventListener('error', this.onError);
    worker.removeEventListener('messageerror', this.onError);
    worker.terminate();
    this.worker = null;
  }

  private readonly onMessage = (event: Event): void => {
    const data: unknown = (event as MessageEvent).data;
    if (typeof data === 'object' && data !== null && 'type' in data) {
      this.enqueue(data as EmbeddingsEvent);
    }
  };

  /** An uncaught exception in the worker, or a message that could not be deserialised. */
  private readonly onError = (event: Event): void => {
    const detail =
      'message' in event && typeof event.message === 'string' && event.message !== ''
        ? event.message
        : event.type === 'messageerror'
          ? 'a message could not be read'
          : 'unknown error';
    this.enqueue({
      type: 'error',
      message: `The embeddings engine stopped: ${detail}`,
      fatal: true,
    });
  };

  private enqueue(event: EmbeddingsEvent): void {
    this.queue.push(event);
    if (this.flushRequested) return;
    this.flushRequested = true;
    this.requestFrame(() => this.flush());
  }

  private flush(): void {
    this.flushRequested = false;
    if (this.queue.length === 0) return;
    const events = this.queue;
    this.queue = [];
    this.onEvents(events);
  }
}
