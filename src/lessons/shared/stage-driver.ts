/**
 * Brings a run to the point a lesson needs, through the engine's ordinary step commands: one
 * command at a time, each sent only once the detail of the one before has come back, until
 * the lesson's stage is the next one to run. A lesson uses it to get its sample ready on
 * arrival (backpropagation: the forward pass and loss first) and to move on to the next
 * sample. Nothing here trains: the engine does, and every number comes from it.
 */
import { create } from 'zustand';
import type { Stage } from '../../core/trainer';
import type { StepDetail } from '../../engine/protocol';
import { sendCommand } from '../../store/commands';
import { useRuns, type RunView } from '../../store/runs';
import { phaseOf, stagesRunBy, stepToward } from './stage-phase';

interface DriverState {
  /** Runs being driven right now (their lessons' buttons wait). */
  readonly busy: Readonly<Record<string, true>>;
}

export const useStageDriver = create<DriverState>()(() => ({ busy: {} }));

export interface Drive {
  readonly runId: string;
  /** The lesson's stage: the drive ends when it is the next to run. */
  readonly stage: Stage;
  readonly batchSize: number;
  /** Steps to take before the goal may end the drive (1 to move on from a finished stage). */
  readonly atLeast: number;
  /** Told which stages ran (each once, in the order they first ran) once the drive ends. */
  readonly onEnd?: (ran: readonly Stage[]) => void;
}

/** A drive never takes more steps than this (a batch of 1,000 samples, and some). */
const MAX_STEPS = 4_096;
/** A step whose detail has not come back by then is taken as lost: the drive gives up. */
const PATIENCE_MS = 10_000;

const stops = new Map<string, () => void>();

function isOver(run: RunView): boolean {
  return run.status === 'finished' || run.status === 'diverged' || run.status === 'early-stopped';
}

function setBusy(runId: string, busy: boolean): void {
  useStageDriver.setState((state) => {
    const next = { ...state.busy };
    if (busy) next[runId] = true;
    else delete next[runId];
    return { busy: next };
  });
}

/** Stops a drive of this run, if one is under way (the learner pressed something else). */
export function stopDrive(runId: string): void {
  stops.get(runId)?.();
}

export function drive(plan: Drive): void {
  const { runId } = plan;
  stopDrive(runId);
  const ran = new Set<Stage>();
  let steps = 0;
  /** The detail the last command was sent from: the next one must differ. */
  let sentFrom: StepDetail | null = null;
  let running = false;
  let ended = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const end = (tell: boolean) => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    unsubscribe();
    stops.delete(runId);
    setBusy(runId, false);
    if (tell) plan.onEnd?.([...ran]);
  };

  /** Whether the drive should stop before sending another step. */
  const finished = (detail: StepDetail | undefined): boolean => {
    const { runs, playingRunIds } = useRuns.getState();
    const run = runs[runId];
    if (detail === undefined || run === undefined || isOver(run)) return true;
    if (playingRunIds.includes(runId) || steps >= MAX_STEPS) return true;
    // The run was rebuilt under the drive (new settings, start over): its work is void.
    if (steps > 0 && detail.idle === true) return true;
    return steps >= plan.atLeast && phaseOf(detail, plan.stage) === 'ready';
  };

  const advance = () => {
    // A step delivered at once (no worker in between) calls back in here: the loop goes on.
    if (running || ended) return;
    running = true;
    try {
      for (;;) {
        const detail = useRuns.getState().steps[runId];
        if (sentFrom !== null && detail === sentFrom) return;
        if (finished(detail)) return end(true);
        const from = detail as StepDetail;
        const granularity = stepToward(from, plan.stage, plan.batchSize);
        for (const stage of stagesRunBy(from, granularity)) ran.add(stage);
        sentFrom = from;
        steps++;
        clearTimeout(timer);
        timer = setTimeout(() => end(true), PATIENCE_MS);
        sendCommand({ type: 'step', runId, granularity });
      }
    } finally {
      running = false;
    }
  };

  const unsubscribe = useRuns.subscribe(advance);
  stops.set(runId, () => end(false));
  setBusy(runId, true);
  advance();
}
