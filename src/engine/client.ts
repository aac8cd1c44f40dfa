/**
 * The page's side of the training engine. Commands go straight to the worker; events arrive
 * coalesced once per animation frame (see worker-connection.ts). The client remembers each
 * run's latest configuration (and the speed), so `restart()` can bring a crashed worker back
 * with the same runs.
 */
import { Heartbeat } from './heartbeat';
import type { EngineClock } from './loop';
import type { EngineCommand, EngineEvent, RunConfig } from './protocol';
import { WorkerConnection } from './worker-connection';

export interface EngineClientOptions {
  readonly createWorker: () => Worker;
  readonly onEvents: (events: EngineEvent[]) => void;
  /** Schedules the flush of queued events; requestAnimationFrame by default. */
  readonly requestFrame?: (callback: () => void) => void;
  /** Times the heartbeat; the page's own clock and timers by default. */
  readonly clock?: EngineClock;
}

const pageClock: EngineClock = {
  now: () => performance.now(),
  schedule: (fn, ms) => {
    setTimeout(fn, ms);
  },
};

export class EngineClient {
  private readonly connection: WorkerConnection<EngineEvent>;
  private readonly configs = new Map<string, RunConfig>();
  private speed: EngineCommand | null = null;
  private readonly heartbeat: Heartbeat;
  /** Whether a run plays (as the worker last said), or a command waits for its answer. */
  private playing = false;
  private awaitingAnswer = false;

  constructor(options: EngineClientOptions) {
    this.heartbeat = new Heartbeat({
      clock: options.clock ?? pageClock,
      busy: () => this.playing || this.awaitingAnswer,
      ping: () => this.connection.post({ type: 'ping' } satisfies EngineCommand),
      silent: () => this.connection.fail('it stopped answering'),
    });
    this.connection = new WorkerConnection<EngineEvent>({
      ...options,
      onEvents: (events) => {
        for (const event of events) if (event.type === 'playing') this.playing = event.playing;
        options.onEvents(events);
      },
      heard: () => {
        this.awaitingAnswer = false;
        this.heartbeat.heard();
      },
      failure: (detail) => ({
        type: 'error',
        message: `The training engine stopped: ${detail}`,
        fatal: true,
      }),
    });
    this.heartbeat.start();
  }

  send(command: EngineCommand): void {
    this.remember(command);
    this.awaitingAnswer = true;
    this.connection.post(command);
  }

  /**
   * Replaces the worker with a fresh one and replays the speed and every run's configuration.
   * Nothing plays in a new worker, so the page hears that first: its Play button comes back.
   */
  restart(): void {
    this.connection.restart();
    this.playing = false;
    this.awaitingAnswer = true;
    this.connection.inject({ type: 'playing', playing: false, runIds: [] });
    this.heartbeat.start();
    if (this.speed !== null) this.connection.post(this.speed);
    for (const [runId, config] of this.configs) {
      this.connection.post({ type: 'configure', runId, config } satisfies EngineCommand);
    }
  }

  dispose(): void {
    this.heartbeat.stop();
    this.connection.dispose();
  }

  private remember(command: EngineCommand): void {
    if (command.type === 'configure') this.configs.set(command.runId, command.config);
    if (command.type === 'remove') this.configs.delete(command.runId);
    if (command.type === 'speed') this.speed = command;
  }
}
