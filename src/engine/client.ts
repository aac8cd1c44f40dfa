/**
 * The page's side of the engine. Commands go straight to the worker; events are queued and
 * handed over at most once per animation frame, so a burst of snapshots costs one render.
 * The client remembers each run's latest configuration (and the speed), so `restart()` can
 * bring a crashed worker back with the same runs.
 */
import type { EngineCommand, EngineEvent, RunConfig } from './protocol';

export interface EngineClientOptions {
  readonly createWorker: () => Worker;
  readonly onEvents: (events: EngineEvent[]) => void;
  /** Schedules the flush of queued events; requestAnimationFrame by default. */
  readonly requestFrame?: (callback: () => void) => void;
}

export class EngineClient {
  private readonly createWorker: () => Worker;
  private readonly onEvents: (events: EngineEvent[]) => void;
  private readonly requestFrame: (callback: () => void) => void;
  private readonly configs = new Map<string, RunConfig>();
  private speed: EngineCommand | null = null;
  private queue: EngineEvent[] = [];
  private flushRequested = false;
  private worker: Worker | null;

  constructor(options: EngineClientOptions) {
    this.createWorker = options.createWorker;
    this.onEvents = options.onEvents;
    this.requestFrame = options.requestFrame ?? ((callback) => requestAnimationFrame(callback));
    this.worker = this.start();
  }

  send(command: EngineCommand): void {
    this.remember(command);
    this.worker?.postMessage(command);
  }

  /** Replaces the worker with a fresh one and replays the speed and every run's configuration. */
  restart(): void {
    this.stop();
    this.worker = this.start();
    if (this.speed !== null) this.worker.postMessage(this.speed);
    for (const [runId, config] of this.configs) {
      this.worker.postMessage({ type: 'configure', runId, config } satisfies EngineCommand);
    }
  }

  dispose(): void {
    this.stop();
    this.queue = [];
  }

  private remember(command: EngineCommand): void {
    if (command.type === 'configure') this.configs.set(command.runId, command.config);
    if (command.type === 'remove') this.configs.delete(command.runId);
    if (command.type === 'speed') this.speed = command;
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
      this.enqueue(data as EngineEvent);
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
    this.enqueue({ type: 'error', message: `The training engine stopped: ${detail}`, fatal: true });
  };

  private enqueue(event: EngineEvent): void {
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
