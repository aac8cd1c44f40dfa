/**
 * When the offline copy is made: after load, a settling pause and an idle moment, and never
 * while a run plays (caching the build takes the CPU a playing run needs for its frames).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  IDLE_TIMEOUT_MS,
  SETTLE_MS,
  registerWhenQuiet,
  type OfflineHost,
} from '../../src/app/offline';
import { useRuns } from '../../src/store/runs';

/** A host whose load, timers and idle moments happen only when the test says so. */
function manualHost(refuse = false) {
  const pending: { kind: 'load' | 'idle' | 'timer'; ms?: number; then: () => void }[] = [];
  let registrations = 0;
  const host: OfflineHost = {
    register: () => {
      registrations++;
      return refuse ? Promise.reject(new Error('no storage')) : Promise.resolve();
    },
    whenLoaded: (then) => void pending.push({ kind: 'load', then }),
    whenIdle: (then) => void pending.push({ kind: 'idle', then }),
    after: (ms, then) => void pending.push({ kind: 'timer', ms, then }),
  };
  /** Runs the oldest waiting callback, which must be of `kind`. */
  const fire = (kind: 'load' | 'idle' | 'timer') => {
    const next = pending.shift();
    expect(next?.kind).toBe(kind);
    next?.then();
    return next;
  };
  return { host, fire, pending, registrations: () => registrations };
}

const setPlaying = (playing: boolean) =>
  useRuns.setState({ playing, playingRunIds: playing ? ['main'] : [] });

afterEach(() => setPlaying(false));

describe('offline copy registration', () => {
  it('registers once the page has loaded, settled for a few seconds, and is idle', () => {
    const { host, fire, pending, registrations } = manualHost();
    registerWhenQuiet(host);
    expect(registrations()).toBe(0);
    fire('load');
    expect(fire('timer')?.ms).toBe(SETTLE_MS);
    expect(registrations()).toBe(0);
    fire('idle');
    expect(registrations()).toBe(1);
    expect(pending).toEqual([]);
    expect(SETTLE_MS).toBeGreaterThanOrEqual(1000);
    expect(IDLE_TIMEOUT_MS).toBeGreaterThan(0);
  });

  it('waits while a run plays, and registers after it pauses and the page is idle', () => {
    const { host, fire, pending, registrations } = manualHost();
    registerWhenQuiet(host);
    fire('load');
    fire('timer');
    setPlaying(true);
    fire('idle');
    expect(registrations()).toBe(0);
    expect(pending).toEqual([]);
    // Still playing: other state changes do not start it.
    useRuns.setState({ playingRunIds: ['main', 'race-0'] });
    expect(pending).toEqual([]);
    setPlaying(false);
    expect(registrations()).toBe(0);
    // A run started again before the idle moment: it waits for that one too.
    setPlaying(true);
    fire('idle');
    expect(registrations()).toBe(0);
    setPlaying(false);
    fire('idle');
    expect(registrations()).toBe(1);
    // Later runs and pauses never register it twice.
    setPlaying(true);
    setPlaying(false);
    expect(pending).toEqual([]);
    expect(registrations()).toBe(1);
  });

  it('treats a refused registration as no offline copy, without an unhandled error', async () => {
    const { host, fire, registrations } = manualHost(true);
    registerWhenQuiet(host);
    fire('load');
    fire('timer');
    fire('idle');
    await Promise.resolve();
    expect(registrations()).toBe(1);
  });
});
