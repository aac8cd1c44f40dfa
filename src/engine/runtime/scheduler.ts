/**
 * The tick scheduler both engines (training and embeddings) play with. Each tick hands the
 * work the wall time elapsed since the last tick (capped, so a blocked worker does not burst
 * afterwards) and a small time budget, then yields so commands (pause, step, a new speed) get
 * through. What the ticks produced goes out together, at most once per SNAPSHOT_INTERVAL_MS,
 * except that something ending flushes at once.
 */
import type { EngineClock } from './clock';

/** Wall time per tick for all the work together: short enough for commands to get through fast. */
export const TICK_BUDGET_MS = 8;
/** At most 50 snapshot events a second: more than the page can draw. */
export const SNAPSHOT_INTERVAL_MS = 20;
/** Elapsed time credited per tick at most, so a blocked worker does not cause a burst. */
export const MAX_ELAPSED_MS = 250;
/** The longest a tick waits, so slow work still notices changes and flushes promptly. */
export const MAX_DELAY_MS = 50;

/** What an engine does on each tick. */
export interface TickWork {
  /**
   * Does what `elapsedMs` of play earned, stopping by `deadline` (clock time). Returns true
   * when something ended in it: the tick then flushes at once and calls `ended`.
   */
  work(elapsedMs: number, deadline: number): boolean;
  /** Whether work done since the last flush waits to be posted. */
  unposted(): boolean;
  /** Posts what waits. */
  flush(): void;
  /** After the flush of a tick in which something ended. */
  ended(): void;
  /** Milliseconds until the next unit of work is due; Infinity when nothing plays. */
  nextWorkIn(): number;
  /** A tick threw: no further tick is scheduled until the next `wake`. */
  failed(error: unknown): void;
}

export class TickScheduler {
  private readonly clock: EngineClock;
  private readonly work: TickWork;
  /** Only the most recently scheduled tick runs; earlier ones were superseded. */
  private token = 0;
  private lastTick = 0;
  private lastFlush = -Infinity;
  private active = false;

  constructor(clock: EngineClock, work: TickWork) {
    this.clock = clock;
    this.work = work;
  }

  /** Call after something starts playing: ticks start now, with no credit for idle time. */
  wake(): void {
    if (!this.active) this.lastTick = this.clock.now();
    this.active = true;
    this.schedule(0);
  }

  /** Drops the scheduled tick (the next `wake` starts afresh). */
  stop(): void {
    this.active = false;
    this.token++;
  }

  /** Flushes now, outside a tick (after a command), and counts it as the latest flush. */
  flushNow(): void {
    this.lastFlush = this.clock.now();
    this.work.flush();
  }

  private schedule(ms: number): void {
    const token = ++this.token;
    this.clock.schedule(() => {
      if (token === this.token) this.tick();
    }, ms);
  }

  private tick(): void {
    try {
      const start = this.clock.now();
      const elapsed = Math.min(Math.max(0, start - this.lastTick), MAX_ELAPSED_MS);
      this.lastTick = start;
      const ended = this.work.work(elapsed, start + TICK_BUDGET_MS);
      const now = this.clock.now();
      if (ended || (this.work.unposted() && now - this.lastFlush >= SNAPSHOT_INTERVAL_MS)) {
        this.lastFlush = now;
        this.work.flush();
      }
      if (ended) this.work.ended();
      this.scheduleNext(now);
    } catch (error) {
      this.active = false;
      this.work.failed(error);
    }
  }

  private scheduleNext(now: number): void {
    let delay = this.work.nextWorkIn();
    this.active = delay !== Infinity;
    if (this.work.unposted()) delay = Math.min(delay, this.lastFlush + SNAPSHOT_INTERVAL_MS - now);
    if (delay !== Infinity) this.schedule(Math.min(Math.max(0, delay), MAX_DELAY_MS));
  }
}
