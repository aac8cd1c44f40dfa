/**
 * Notices a worker that has stopped answering. A worker closed or killed by the browser sends
 * no error event; without this the page would wait forever with its status saying "running".
 *
 * While the engine is busy (a run playing, or a command waiting for its answer) the page pings
 * it once a second; any message from the worker counts as an answer. A ping left unanswered for
 * the timeout means the worker is gone. A tick that comes late (the page itself was stalled,
 * or its tab hidden) starts the wait again, so a slow page never blames a healthy worker.
 */
import type { EngineClock } from './runtime/clock';

export interface HeartbeatOptions {
  readonly clock: EngineClock;
  /** Whether an answer is expected now. */
  readonly busy: () => boolean;
  readonly ping: () => void;
  /** Called once when the worker stays silent; the heartbeat then waits for `restart`. */
  readonly silent: () => void;
  readonly intervalMs?: number;
  /** How long a ping may go unanswered now; HEARTBEAT_TIMEOUT_MS by default. */
  readonly timeoutMs?: () => number;
}

export const HEARTBEAT_INTERVAL_MS = 1000;
export const HEARTBEAT_TIMEOUT_MS = 2000;

export class Heartbeat {
  private readonly options: HeartbeatOptions;
  private readonly interval: number;
  private readonly timeout: () => number;
  /** When the unanswered ping went out, or null when none is waiting. */
  private pingSentAt: number | null = null;
  private lastTick: number;
  private generation = 0;
  private running = false;

  constructor(options: HeartbeatOptions) {
    this.options = options;
    this.interval = options.intervalMs ?? HEARTBEAT_INTERVAL_MS;
    this.timeout = options.timeoutMs ?? (() => HEARTBEAT_TIMEOUT_MS);
    this.lastTick = options.clock.now();
  }

  /** Starts (or starts again, after a new worker) with nothing outstanding. */
  start(): void {
    this.running = true;
    this.pingSentAt = null;
    this.lastTick = this.options.clock.now();
    this.schedule(++this.generation);
  }

  stop(): void {
    this.running = false;
    this.generation++;
  }

  /** The worker said something: it is alive. */
  heard(): void {
    this.pingSentAt = null;
  }

  private schedule(generation: number): void {
    this.options.clock.schedule(() => this.tick(generation), this.interval);
  }

  private tick(generation: number): void {
    if (!this.running || generation !== this.generation) return;
    const now = this.options.clock.now();
    const late = now - this.lastTick > this.interval * 1.5;
    this.lastTick = now;
    if (!this.options.busy() || late) {
      this.pingSentAt = null;
    } else if (this.pingSentAt !== null && now - this.pingSentAt >= this.timeout()) {
      this.stop();
      this.options.silent();
      return;
    }
    if (this.options.busy() && this.pingSentAt === null) {
      this.pingSentAt = now;
      this.options.ping();
    }
    this.schedule(generation);
  }
}
