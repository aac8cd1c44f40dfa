import { describe, it, expect, beforeEach } from 'vitest';
import { useRuns } from '../../src/store/runs';
import type { EngineEvent, HistoryChunk, RunSnapshot } from '../../src/engine/protocol';
import type { RunStatus } from '../../src/core/trainer';

/** A snapshot carrying epochs [from, to) with trainLoss = 1 / (epoch + 1). */
function snapshot(
  runId: string,
  from: number,
  to: number,
  status: RunStatus = 'running',
  extra: Partial<RunSnapshot> = {},
): RunSnapshot {
  const epochs = Float64Array.from({ length: to - from }, (_, i) => from + i);
  const column = (f: (e: number) => number) => epochs.map(f);
  const history: HistoryChunk = {
    epoch: epochs,
    trainLoss: column((e) => 1 / (e + 1)),
    trainLossSum: column((e) => 4 / (e + 1)),
    validationLoss: column(() => NaN),
    trainAccuracy: column(() => 0.5),
    validationAccuracy: column(() => NaN),
    gradientNorm: column((e) => e),
    learningRate: column(() => 0.1),
  };
  return {
    runId,
    status,
    counters: {
      epoch: to,
      sampleInEpoch: 0,
      iteration: 0,
      updates: to * 4,
      iterationsPerEpoch: 4,
      samplesPerEpoch: 4,
    },
    history,
    params: Float64Array.from([to, -to]),
    stoppedAt: null,
    bestEpoch: null,
    milestones: { threshold: 0.01, divergedAt: null, belowSince: null },
    pace: 'epochs',
    updatesPerSecond: null,
    epochSoFar: { samples: 0, lossSum: 0, lossMean: NaN },
    predictions: {
      count: 2,
      width: 1,
      outputs: Float64Array.from([0.5, 1 / (to + 1)]),
      targets: Float64Array.from([1, 0]),
    },
    ...extra,
  };
}

const snapshots = (...s: RunSnapshot[]): EngineEvent => ({ type: 'snapshots', snapshots: s });

beforeEach(() => useRuns.getState().reset());

describe('useRuns', () => {
  it('appends each snapshot to the run histories', () => {
    const { applyEvents } = useRuns.getState();
    applyEvents([snapshots(snapshot('a', 0, 3))]);
    const v1 = useRuns.getState().runs['a'];
    applyEvents([snapshots(snapshot('a', 3, 5), snapshot('b', 0, 1))]);
    const run = useRuns.getState().runs['a'];
    expect(Array.from(run?.series.trainLoss.points().x ?? [])).toEqual([0, 1, 2, 3, 4]);
    expect(run?.series.trainLoss.points().y[4]).toBe(1 / 5);
    expect(run?.lastEpoch).toMatchObject({ epoch: 4, trainLoss: 1 / 5, gradientNorm: 4 });
    expect(Number.isNaN(run?.lastEpoch?.validationLoss)).toBe(true);
    expect(Array.from(run?.params ?? [])).toEqual([5, -5]);
    expect(run?.counters.epoch).toBe(5);
    expect(run?.version).toBeGreaterThan(v1?.version ?? Infinity);
    expect(run).not.toBe(v1);
    expect(Object.keys(useRuns.getState().runs)).toEqual(['a', 'b']);
  });

  it('starts a history over when the run is rebuilt', () => {
    const { applyEvents } = useRuns.getState();
    applyEvents([snapshots(snapshot('a', 0, 5))]);
    applyEvents([snapshots(snapshot('a', 5, 7, 'running', { rebuilt: true }))]);
    let run = useRuns.getState().runs['a'];
    expect(Array.from(run?.series.trainLoss.points().x ?? [])).toEqual([5, 6]);
    applyEvents([snapshots(snapshot('a', 0, 0, 'ready', { rebuilt: true }))]);
    run = useRuns.getState().runs['a'];
    expect(run?.series.trainLoss.length).toBe(0);
    expect(run?.lastEpoch).toBeNull();
    // Counters going backwards mean the same, flag or not.
    applyEvents([snapshots(snapshot('a', 0, 4)), snapshots(snapshot('a', 0, 2))]);
    run = useRuns.getState().runs['a'];
    expect(Array.from(run?.series.trainLoss.points().x ?? [])).toEqual([0, 1]);
  });

  it('records a diverged run with where it stopped', () => {
    const { applyEvents } = useRuns.getState();
    applyEvents([snapshots(snapshot('a', 0, 7, 'diverged', { stoppedAt: 6 }))]);
    expect(useRuns.getState().runs['a']).toMatchObject({ status: 'diverged', stoppedAt: 6 });
    applyEvents([{ type: 'status', runId: 'b', status: 'diverged', epoch: 12 }]);
    expect(useRuns.getState().runs['b']).toMatchObject({ status: 'diverged', stoppedAt: 12 });
    applyEvents([{ type: 'status', runId: 'b', status: 'ready', epoch: 0 }]);
    expect(useRuns.getState().runs['b']).toMatchObject({ status: 'ready', stoppedAt: null });
  });

  it('applies a batch of 50 snapshots with exactly one notification', () => {
    let notified = 0;
    const unsubscribe = useRuns.subscribe(() => notified++);
    const batch = Array.from({ length: 50 }, (_, i) => snapshots(snapshot('a', i, i + 1)));
    useRuns.getState().applyEvents(batch);
    unsubscribe();
    expect(notified).toBe(1);
    expect(useRuns.getState().runs['a']?.series.trainLoss.length).toBe(50);
    useRuns.getState().applyEvents([]);
    expect(notified).toBe(1);
  });

  it('keeps the playing state and errors, and passes replies to requests by', () => {
    const { applyEvents } = useRuns.getState();
    const before = useRuns.getState();
    // Replies to requests are the client's business (pending-requests.ts): no slot keeps them.
    applyEvents([{ type: 'request-progress', requestId: 5, done: 1, total: 3 }]);
    expect(Object.keys(useRuns.getState())).toEqual(Object.keys(before));
    applyEvents([
      { type: 'ready' },
      { type: 'playing', playing: true, runIds: ['a'] },
      { type: 'error', message: 'boom', runId: 'a' },
    ]);
    let state = useRuns.getState();
    expect(state.ready).toBe(true);
    expect(state.playing).toBe(true);
    expect(state.playingRunIds).toEqual(['a']);
    expect(state.error).toEqual({ message: 'boom', fatal: false, runId: 'a' });
    applyEvents([
      { type: 'error', message: 'worker died', fatal: true },
      { type: 'playing', playing: false, runIds: [] },
    ]);
    state = useRuns.getState();
    expect(state.error?.fatal).toBe(true);
    expect(state.playing).toBe(false);
    state.clearError();
    expect(useRuns.getState().error).toBeNull();
  });

  it('removes a run with everything that pointed at it', () => {
    const { applyEvents } = useRuns.getState();
    applyEvents([snapshots(snapshot('a', 0, 1), snapshot('b', 0, 1))]);
    useRuns.getState().removeRun('a');
    const state = useRuns.getState();
    expect(Object.keys(state.runs)).toEqual(['b']);
    state.reset();
    expect(useRuns.getState().runs).toEqual({});
  });
});
