/**
 * The training engine: pure logic that a Web Worker (worker.ts) wraps, testable in Node with
 * a fake clock. It holds up to MAX_RUNS runs, answers every EngineCommand and reports through
 * `emit`. Nothing escapes `handle`: any exception becomes an 'error' event.
 */
import { assertNever } from '../core/assert-never';
import { answer } from './answers';
import { parseSpeed, PlayLoop } from './loop';
import { paceOf } from './pace';
import type { EngineCommand, EngineEvent, RequestCommand, StepGranularity } from './protocol';
import { EngineRun } from './run';
import type { EngineClock } from './runtime/clock';
import { stepRun } from './stepping';
import { TransferList } from './transfer';
import { snapshotOf, stepDetailOf } from './views';

export type { EngineClock } from './runtime/clock';
export type EngineEmit = (event: EngineEvent, transfer: Transferable[]) => void;

/** Enough for every lesson's runs at once (the page mounts all lessons). */
export const MAX_RUNS = 16;

export class Engine {
  private readonly runs = new Map<string, EngineRun>();
  private readonly emit: EngineEmit;
  private readonly clock: EngineClock;
  private readonly loop: PlayLoop;

  constructor(emit: EngineEmit, clock: EngineClock) {
    this.emit = emit;
    this.clock = clock;
    this.loop = new PlayLoop(
      {
        runs: () => this.runs.values(),
        flush: (runs) => this.post(runs),
        ended: (runs) => {
          for (const run of runs) this.emitStatus(run);
          this.emitPlaying();
        },
        failed: (error, run) => {
          this.fail(error, run?.id);
          this.emitPlaying();
        },
      },
      clock,
    );
  }

  /** How many runs the engine holds now (at most MAX_RUNS). */
  get runCount(): number {
    return this.runs.size;
  }

  handle(command: EngineCommand): void {
    try {
      this.dispatch(command);
    } catch (error) {
      this.fail(error, runIdOf(command));
    }
  }

  private dispatch(command: EngineCommand): void {
    switch (command.type) {
      case 'configure':
        return this.configure(command);
      case 'remove':
        return this.remove(command.runId);
      case 'play':
        return this.play(command.runIds);
      case 'pause':
        return this.pause(command.runIds);
      case 'step':
        return this.step(command.runId, command.granularity);
      case 'reset':
        return this.reset(command.runIds);
      case 'speed':
        return this.setSpeed(parseSpeed(command.epochsPerSecond));
      case 'run-speed':
        return this.setRunSpeed(
          command.runIds,
          command.epochsPerSecond === null ? null : parseSpeed(command.epochsPerSecond),
        );
      case 'request':
        return this.answer(command);
      case 'ping':
        return this.emit({ type: 'pong' }, []);
      default:
        return assertNever(command);
    }
  }

  /** Answers a request with its id; a request that fails fails alone, as 'request-failed'. */
  private answer(command: RequestCommand): void {
    const { requestId, kind } = command;
    try {
      const answered = answer(command, {
        run: (runId) => this.run(runId),
        now: () => this.clock.now(),
        progress: (done, total) =>
          this.emit({ type: 'request-progress', requestId, done, total }, []),
      });
      // The kind and its answer come from the same handler (answers.ts).
      const event = { type: 'answer', requestId, kind, answer: answered.answer } as EngineEvent;
      this.emit(event, answered.transfer);
    } catch (error) {
      this.emit({ type: 'request-failed', requestId, message: messageOf(error) }, []);
    }
  }

  private configure(command: Extract<EngineCommand, { type: 'configure' }>): void {
    const { runId, config, table } = command;
    let run = this.runs.get(runId);
    const wasPlaying = run?.playing ?? false;
    if (run === undefined) {
      if (this.runs.size >= MAX_RUNS) {
        throw new RangeError(`the lab trains at most ${MAX_RUNS} runs at once`);
      }
      run = new EngineRun(runId, config, {
        table,
        keepEveryEpoch: command.keepEveryEpoch === true,
      });
      this.runs.set(runId, run);
    } else {
      run.rebuild(config, table ?? null);
    }
    this.emitSnapshots([run]);
    this.emitDetail(run);
    if (wasPlaying) this.emitPlaying();
  }

  private remove(runId: string): void {
    const run = this.runs.get(runId);
    if (run === undefined) return;
    this.runs.delete(runId);
    if (run.playing) this.emitPlaying();
  }

  private play(runIds: readonly string[] | undefined): void {
    const now = this.clock.now();
    for (const run of this.selected(runIds)) {
      if (run.done || run.playing) continue;
      run.playing = true;
      run.rate.start(now, run.built.trainer.totalUpdates);
    }
    this.loop.wake();
    this.emitPlaying();
  }

  private pause(runIds: readonly string[] | undefined): void {
    // Pausing a run that does not exist (yet) is simply nothing to do.
    const known = runIds?.filter((id) => this.runs.has(id));
    const paused = this.selected(known).filter((run) => run.playing);
    for (const run of paused) {
      run.playing = false;
      run.rate.stop();
    }
    // What the last tick trained but did not post yet, and the paused runs' rate, now none.
    this.post([...this.runs.values()].filter((run) => run.hasUnposted || paused.includes(run)));
    this.emitPlaying();
  }

  /** A new speed may move runs between playing by stage and by epoch: they are told. */
  private setSpeed(speed: number): void {
    this.loop.speed = speed;
    this.post(
      [...this.runs.values()].filter(
        (run) => paceOf(this.loop.speedOf(run), run.shape.stagesPerEpoch) !== run.postedPace,
      ),
    );
  }

  /** Runs with a speed of their own keep it whatever the shared speed does. */
  private setRunSpeed(runIds: readonly string[], speed: number | null): void {
    const runs = runIds.filter((id) => this.runs.has(id)).map((id) => this.run(id));
    for (const run of runs) run.ownSpeed = speed;
    this.post(
      runs.filter(
        (run) => paceOf(this.loop.speedOf(run), run.shape.stagesPerEpoch) !== run.postedPace,
      ),
    );
  }

  private step(runId: string, granularity: StepGranularity): void {
    const run = this.run(runId);
    const wasPlaying = run.playing;
    const wasDone = run.done;
    run.playing = false;
    run.rate.stop();
    stepRun(run, granularity);
    this.emitSnapshots([run]);
    this.emitDetail(run);
    if (run.done && !wasDone) this.emitStatus(run);
    if (wasPlaying) this.emitPlaying();
  }

  private reset(runIds: readonly string[] | undefined): void {
    const runs = this.selected(runIds);
    const wasPlaying = runs.some((run) => run.playing);
    for (const run of runs) run.rebuild();
    this.emitSnapshots(runs);
    for (const run of runs) this.emitDetail(run);
    if (wasPlaying) this.emitPlaying();
  }

  private run(runId: string): EngineRun {
    const run = this.runs.get(runId);
    if (run === undefined) throw new RangeError(`there is no run "${runId}"`);
    return run;
  }

  /** The listed runs (all when none are listed); an unknown id is an error. */
  private selected(runIds: readonly string[] | undefined): EngineRun[] {
    return runIds === undefined ? [...this.runs.values()] : runIds.map((id) => this.run(id));
  }

  /** Snapshots of these runs, then the detail of the last stage of each run that played stages. */
  private post(runs: readonly EngineRun[]): void {
    this.emitSnapshots(runs);
    for (const run of runs) if (run.stagesUnposted) this.emitDetail(run);
  }

  private emitSnapshots(runs: readonly EngineRun[]): void {
    if (runs.length === 0) return;
    const transfer = new TransferList();
    const context = { speed: this.loop.speed, now: this.clock.now() };
    const snapshots = runs.map((run) => snapshotOf(run, transfer, context));
    this.emit({ type: 'snapshots', snapshots }, transfer.buffers);
  }

  private emitDetail(run: EngineRun): void {
    run.stagesUnposted = false;
    const transfer = new TransferList();
    this.emit({ type: 'step', detail: stepDetailOf(run, transfer) }, transfer.buffers);
  }

  private emitStatus(run: EngineRun): void {
    const { status, epoch } = run.built.trainer;
    this.emit({ type: 'status', runId: run.id, status, epoch }, []);
  }

  private emitPlaying(): void {
    const runIds = [...this.runs.values()].filter((run) => run.playing).map((run) => run.id);
    this.emit({ type: 'playing', playing: runIds.length > 0, runIds }, []);
  }

  private fail(error: unknown, runId: string | undefined): void {
    const message = messageOf(error);
    this.emit(
      runId === undefined ? { type: 'error', message } : { type: 'error', message, runId },
      [],
    );
  }
}

/** The run a command is about, read defensively: the command may be malformed. */
function runIdOf(command: unknown): string | undefined {
  if (typeof command !== 'object' || command === null || !('runId' in command)) return undefined;
  return typeof command.runId === 'string' ? command.runId : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
