/**
 * The play loop of the training engine, on the shared tick scheduler (runtime/scheduler.ts).
 * Each tick trains every playing run for the whole epochs its speed has earned since the last
 * tick (fractions carry over), inside the tick's budget shared by all runs. New epochs wait in
 * each run's history buffer and go out together in one 'snapshots' event.
 *
 * At a teaching pace (pace.ts) a run earns stages instead of epochs and runs them one at a
 * time through the same tracked path as the Step button, so its numbers are the same as at
 * any other speed and each stage's detail reaches the page.
 */
import { paceOf } from './pace';
import type { EngineRun } from './run';
import type { EngineClock } from './runtime/clock';
import { TickScheduler, type TickWork } from './runtime/scheduler';

export interface PlayLoopHost {
  runs(): Iterable<EngineRun>;
  /** Post one 'snapshots' event for these runs, and the detail of any stages they played. */
  flush(runs: readonly EngineRun[]): void;
  /** These runs finished, diverged or stopped early during the tick. */
  ended(runs: readonly EngineRun[]): void;
  failed(error: unknown, run: EngineRun | null): void;
}

export const DEFAULT_SPEED = 10;
export const MIN_SPEED = 0.1;
/** Anything this fast means "as fast as possible" (JSON turns Infinity into null). */
export const UNLIMITED_SPEED_FROM = 1e9;
const MAX_EPOCHS_PER_CHECK = 4096;
/** Credit this close below a whole epoch counts as that epoch (sums of fractions round short). */
const CREDIT_TOLERANCE = 1e-6;
/** Waiting less than this for the next epoch would only spin. */
const MIN_WAIT_MS = 1;

export function parseSpeed(raw: unknown): number {
  if (raw === null || raw === undefined) return Infinity;
  if (typeof raw !== 'number' || Number.isNaN(raw)) {
    throw new RangeError(`speed must be a number of epochs per second, got ${String(raw)}`);
  }
  return raw >= UNLIMITED_SPEED_FROM ? Infinity : Math.max(MIN_SPEED, raw);
}

export class PlayLoop implements TickWork {
  speed = DEFAULT_SPEED;
  private readonly host: PlayLoopHost;
  private readonly clock: EngineClock;
  private readonly scheduler: TickScheduler;
  /** Runs that ended in the tick under way, told to the host after its flush. */
  private endedRuns: EngineRun[] = [];

  constructor(host: PlayLoopHost, clock: EngineClock) {
    this.host = host;
    this.clock = clock;
    this.scheduler = new TickScheduler(clock, this);
  }

  /** Call after runs start playing: ticks start now, with no credit for the idle time before. */
  wake(): void {
    this.scheduler.wake();
  }

  work(elapsedMs: number, deadline: number): boolean {
    this.endedRuns = this.trainAll(deadline, elapsedMs);
    return this.endedRuns.length > 0;
  }

  unposted(): boolean {
    return [...this.host.runs()].some((run) => run.hasUnposted);
  }

  flush(): void {
    const pending = [...this.host.runs()].filter((run) => run.hasUnposted);
    if (pending.length > 0) this.host.flush(pending);
  }

  ended(): void {
    const runs = this.endedRuns;
    this.endedRuns = [];
    this.host.ended(runs);
  }

  failed(error: unknown): void {
    this.host.failed(error, null);
  }

  /** The wait until the first playing run has earned its next unit; Infinity when none plays. */
  nextWorkIn(): number {
    let delay = Infinity;
    for (const run of this.host.runs()) {
      if (!run.playing) continue;
      const wait = ((1 - run.credit) * 1000) / this.creditRate(run);
      delay = Math.min(delay, this.speedOf(run) === Infinity ? 0 : Math.max(MIN_WAIT_MS, wait));
    }
    return delay;
  }

  /** Trains each playing run in turn, sharing what is left of the budget; returns runs that ended. */
  private trainAll(deadline: number, elapsed: number): EngineRun[] {
    const playing = [...this.host.runs()].filter((run) => run.playing);
    const ended: EngineRun[] = [];
    playing.forEach((run, k) => {
      const now = this.clock.now();
      const until = now + Math.max(0, deadline - now) / (playing.length - k);
      const speed = this.speedOf(run);
      const pace = paceOf(speed, run.shape.stagesPerEpoch);
      // Credit earned at the other pace counts other units: start afresh.
      if (pace !== run.pace) run.credit = 0;
      run.pace = pace;
      run.credit += speed === Infinity ? Infinity : (this.creditRate(run) * elapsed) / 1000;
      try {
        if (pace === 'stages') this.trainStages(run);
        else this.train(run, until);
      } catch (error) {
        run.playing = false;
        this.host.failed(error, run);
        return;
      }
      if (run.done) {
        run.playing = false;
        ended.push(run);
      }
    });
    return ended;
  }

  /** The run's own speed, or the shared one. */
  speedOf(run: EngineRun): number {
    return run.ownSpeed ?? this.speed;
  }

  /** Credit a run earns per second: stages at a teaching pace, else epochs. */
  private creditRate(run: EngineRun): number {
    const stages = run.shape.stagesPerEpoch;
    const speed = this.speedOf(run);
    return paceOf(speed, stages) === 'stages' ? speed * stages : speed;
  }

  /** Runs the owed stages one by one (at most a few: a teaching pace is slow by definition). */
  private trainStages(run: EngineRun): void {
    let owed = Math.floor(run.credit + CREDIT_TOLERANCE);
    while (owed > 0 && run.runStage() !== null) {
      run.stagesUnposted = true;
      owed--;
      run.credit--;
    }
    if (run.done) run.credit = 0;
  }

  /** Runs the run's whole owed epochs, looking at the clock every `epochsPerCheck` epochs. */
  private train(run: EngineRun, until: number): void {
    let owed = Math.floor(run.credit + CREDIT_TOLERANCE);
    let outOfTime = false;
    while (owed > 0 && !run.done && !outOfTime) {
      const batch = Math.min(run.epochsPerCheck, owed);
      const before = this.clock.now();
      for (let e = 0; e < batch && !run.done; e++) {
        run.playEpoch();
        owed--;
        run.credit--;
      }
      const after = this.clock.now();
      adaptCheckInterval(run, after - before);
      outOfTime = after >= until;
    }
    // A run slower than its speed drops the backlog rather than bursting to catch up later.
    if (outOfTime) run.credit -= Math.floor(run.credit);
    if (!Number.isFinite(run.credit) || run.done) run.credit = 0;
  }
}

/** Aims for roughly 0.5–2 ms between looks at the clock, whatever an epoch costs. */
function adaptCheckInterval(run: EngineRun, milliseconds: number): void {
  if (milliseconds < 0.5)
    run.epochsPerCheck = Math.min(run.epochsPerCheck * 2, MAX_EPOCHS_PER_CHECK);
  else if (milliseconds > 2) run.epochsPerCheck = Math.max(1, Math.floor(run.epochsPerCheck / 2));
}
