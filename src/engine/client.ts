/**
 * The page's side of the training engine. Commands go straight to the worker; events arrive
 * coalesced once per animation frame (see worker-connection.ts). The client remembers each
 * run's latest configuration (and the speed), so `restart()` can bring a crashed worker back
 * with the same runs.
 */
import type { EngineCommand, EngineEvent, RunConfig } from './protocol';
import { WorkerConnection } from './worker-connection';

export interface EngineClientOptions {
  readonly createWorker: () => Worker;
  readonly onEvents: (events: EngineEvent[]) => void;
  /** Schedules the flush of queued events; requestAnimationFrame by default. */
  readonly requestFrame?: (callback: () => void) => void;
}

export class EngineClient {
  private readonly connection: WorkerConnection<EngineEvent>;
  private readonly configs = new Map<string, RunConfig>();
  private speed: EngineCommand | null = null;

  constructor(options: EngineClientOptions) {
    this.connection = new WorkerConnection<EngineEvent>({
      ...options,
      failure: (detail) => ({
        type: 'error',
        message: `The training engine stopped: ${detail}`,
        fatal: true,
      }),
    });
  }

  send(command: EngineCommand): void {
    this.remember(command);
    this.connection.post(command);
  }

  /** Replaces the worker with a fresh one and replays the speed and every run's configuration. */
  restart(): void {
    this.connection.restart();
    if (this.speed !== null) this.connection.post(this.speed);
    for (const [runId, config] of this.configs) {
      this.connection.post({ type: 'configure', runId, config } satisfies EngineCommand);
    }
  }

  dispose(): void {
    this.connection.dispose();
  }

  private remember(command: EngineCommand): void {
    if (command.type === 'configure') this.configs.set(command.runId, command.config);
    if (command.type === 'remove') this.configs.delete(command.runId);
    if (command.type === 'speed') this.speed = command;
  }
}
