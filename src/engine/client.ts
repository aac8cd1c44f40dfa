/**
 * The page's side of the training engine. Commands go straight to the worker; events arrive
 * coalesced once per animation frame (see worker-connection.ts). The client remembers each
 * run's latest configuration (and the speed), so `restart()` can bring a crashed worker back
 * with the same runs. Requests (`request`) get a promise of their own answer
 * (pending-requests.ts); their replies never reach `onEvents`.
 */
import { Heartbeat, HEARTBEAT_TIMEOUT_MS } from './heartbeat';
import { PendingRequests, type Ask } from './pending-requests';
import type { EngineCommand, EngineEvent } from './protocol';
import type { EngineClock } from './runtime/clock';
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
  /** The last 'configure' of each run (with its imported table, if any), replayed on restart. */
  private readonly configs = new Map<string, Extract<EngineCommand, { type: 'configure' }>>();
  private speed: EngineCommand | null = null;
  /** Runs with a speed of their own (a race's pace), replayed after a restart. */
  private readonly runSpeeds = new Map<string, number | null>();
  private readonly heartbeat: Heartbeat;
  /** Whether a run plays (as the worker last said), or a command waits for its answer. */
  private playing = false;
  private awaitingAnswer = false;
  private readonly requests = new PendingRequests();

  constructor(options: EngineClientOptions) {
    this.heartbeat = new Heartbeat({
      clock: options.clock ?? pageClock,
      busy: () => this.playing || this.awaitingAnswer || this.requests.count() > 0,
      ping: () => this.connection.post({ type: 'ping' } satisfies EngineCommand),
      silent: () => this.connection.fail('it stopped answering'),
      // A sweep trains each rate in one go (up to MAX_SWEEP_SAMPLES samples): give it room.
      // (Each sweep blocks the worker for up to seconds per rate.)
      timeoutMs: () => (this.requests.count('sweep') > 0 ? SWEEP_TIMEOUT_MS : HEARTBEAT_TIMEOUT_MS),
    });
    this.connection = new WorkerConnection<EngineEvent>({
      ...options,
      onEvents: (events) => {
        const rest = events.filter((event) => !this.requests.receive(event));
        for (const event of rest) {
          if (event.type === 'playing') this.playing = event.playing;
          // No answer will come from a worker that failed.
          if (event.type === 'error' && event.fatal === true)
            this.requests.stopAll('the training engine stopped');
        }
        options.onEvents(rest);
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

  /** Asks the engine a question; the promise settles with its answer or a typed error. */
  readonly request: Ask = (kind, ask, options) =>
    this.requests.open(kind, ask, (command) => this.connection.post(command), options);

  /**
   * Replaces the worker with a fresh one and replays the speed and every run's configuration.
   * Nothing plays in a new worker, so the page hears that first: its Play button comes back.
   */
  restart(): void {
    this.connection.restart();
    // The old worker's questions die with it: nothing will answer them now.
    this.requests.stopAll('the training engine restarted');
    this.playing = false;
    this.awaitingAnswer = true;
    this.connection.inject({ type: 'playing', playing: false, runIds: [] });
    this.heartbeat.start();
    if (this.speed !== null) this.connection.post(this.speed);
    for (const [runId, configure] of this.configs) {
      this.connection.post(configure);
      const epochsPerSecond = this.runSpeeds.get(runId);
      if (epochsPerSecond !== undefined)
        this.connection.post({ type: 'run-speed', runIds: [runId], epochsPerSecond });
    }
  }

  dispose(): void {
    this.requests.stopAll('the training engine was closed');
    this.heartbeat.stop();
    this.connection.dispose();
  }

  private remember(command: EngineCommand): void {
    if (command.type === 'configure') this.configs.set(command.runId, command);
    if (command.type === 'remove') {
      this.configs.delete(command.runId);
      this.runSpeeds.delete(command.runId);
    }
    if (command.type === 'run-speed')
      for (const runId of command.runIds) this.runSpeeds.set(runId, command.epochsPerSecond);
    if (command.type === 'speed') this.speed = command;
  }
}
