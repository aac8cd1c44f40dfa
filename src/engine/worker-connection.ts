/**
 * A page-side connection to a worker: messages go straight to it; its events are queued
 * and handed over at most once per animation frame, so a burst of snapshots costs one
 * store update. An uncaught exception in the worker (or an unreadable message) becomes one
 * fatal error event. Both engine clients (training, embeddings) are built on it.
 */

export interface WorkerConnectionOptions<E> {
  readonly createWorker: () => Worker;
  readonly onEvents: (events: E[]) => void;
  /** Schedules the flush of queued events; requestAnimationFrame by default. */
  readonly requestFrame?: (callback: () => void) => void;
  /** The event to report when the worker itself fails, given what went wrong. */
  readonly failure: (detail: string) => E;
  /** Called as each message arrives (before the frame that hands it over): the worker lives. */
  readonly heard?: () => void;
}

export class WorkerConnection<E> {
  private readonly options: WorkerConnectionOptions<E>;
  private readonly requestFrame: (callback: () => void) => void;
  private queue: E[] = [];
  private flushRequested = false;
  private worker: Worker | null;

  constructor(options: WorkerConnectionOptions<E>) {
    this.options = options;
    this.requestFrame = options.requestFrame ?? ((callback) => requestAnimationFrame(callback));
    this.worker = this.start();
  }

  post(message: unknown): void {
    this.worker?.postMessage(message);
  }

  /** Replaces the worker with a fresh one; pending events of the old one are kept. */
  restart(): void {
    this.stop();
    this.worker = this.start();
  }

  dispose(): void {
    this.stop();
    this.queue = [];
  }

  private start(): Worker {
    const worker = this.options.createWorker();
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

  /** Reports the worker as failed, as its own error event would. */
  fail(detail: string): void {
    this.enqueue(this.options.failure(detail));
  }

  /** Hands `event` over with the worker's own events, in the next frame. */
  inject(event: E): void {
    this.enqueue(event);
  }

  private readonly onMessage = (event: Event): void => {
    this.options.heard?.();
    const data: unknown = (event as MessageEvent).data;
    if (typeof data === 'object' && data !== null && 'type' in data) this.enqueue(data as E);
  };

  /** An uncaught exception in the worker, or a message that could not be deserialised. */
  private readonly onError = (event: Event): void => {
    const detail =
      'message' in event && typeof event.message === 'string' && event.message !== ''
        ? event.message
        : event.type === 'messageerror'
          ? 'a message could not be read'
          : 'unknown error';
    this.enqueue(this.options.failure(detail));
  };

  private enqueue(event: E): void {
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
    this.options.onEvents(events);
  }
}
