/**
 * The page's side of the training engine. Commands go straight to the worker; events arrive
 * coalesced once per animation frame (see worker-connection.ts). The client remembers each
 * run's latest configuration (and the speed), so `restart()` can bring a crashed worker back
 * with the same runs.
 */
import { Heartbeat, HEARTBEAT_TIMEOUT_MS } from './heartbeat';
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

/** Silence allowed while a sweep runs: longer than any one rate of it takes. */
const SWEEP_TIMEOUT_MS = 30_000;

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
  /** Runs with a speed of their own (a race's pace), replayed after a restart. */
  private readonly runSpeeds = new Map<string, number | null>();
  private readonly heartbeat: Heartbeat;
  /** Whether a run plays (as the worker last said), or a command waits for its answer. */
  private playing = false;
  private awaitingAnswer = false;
  /** Sweeps asked for and not yet answered: each blocks the worker for up to seconds per rate. */
  private sweepsPending = 0;

  constructor(options: EngineClientOptions) {
    this.heartbeat = new Heartbeat({
      clock: options.clock ?? pageClock,
      busy: () => this.playing || this.awaitingAnswer,
      ping: () => this.connection.post({ type: 'ping' } satisfies EngineCommand),
      silent: () => this.connection.fail('it stopped answering'),
      // A sweep trains each rate in one go (up to MAX_SWEEP_SAMPLES samples): give it room.
      timeoutMs: () => (this.sweepsPending > 0 ? SWEEP_TIMEOUT_MS : HEARTBEAT_TIMEOUT_MS),
    });
    this.connection = new WorkerConnection<EngineEvent>({
      ...options,
      onEvents: (events) => {
        for (const event of events) {
          if (event.type === 'playing') this.playing = event.playing;
          if (event.type === 'sweep-result')
            this.sweepsPending = Math.max(0, this.sweepsPending - 1);
          // A refused sweep ends with an error instead of a result.
          if (event.type === 'error') this.sweepsPending = 0;
        }
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
    if (command.type === 'sweep') this.sweepsPending++;
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
    this.sweepsPending = 0;
    this.connection.inject({ type: 'playing', playing: false, runIds: [] });
    this.heartbeat.start();
    if (this.speed !== null) this.connection.post(this.speed);
    for (const [runId, config] of this.configs) {
      this.connection.post({ type: 'configure', runId, config } satisfies EngineCommand);
      const epochsPerSecond = this.runSpeeds.get(runId);
      if (epochsPerSecond !== undefined)
        this.connection.post({ type: 'run-speed', runIds: [runId], epochsPerSecond });
    }
  }

  dispose(): void {
    this.heartbeat.stop();
    this.connection.dispose();
  }

  private remember(command: EngineCommand): void {
    if (command.type === 'configure') this.configs.set(command.runId, command.config);
    if (command.type === 'remove') {
      this.configs.delete(command.runId);
      this.runSpeeds.delete(command.runId);
    }
    if (command.type === 'run-speed')
      for (const runId of command.runIds) this.runSpeeds.set(runId, command.epochsPerSecond);
    if (command.type === 'speed') this.speed = command;
  }
}
