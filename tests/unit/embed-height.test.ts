import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHeightPoster,
  SHRINK_SLACK,
  type HeightPosterOptions,
} from '../../src/app/embed/height-poster';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const timers = {
  set: (callback: () => void, ms: number) => setTimeout(callback, ms),
  clear: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function poster(options: Partial<HeightPosterOptions> = {}) {
  const posted: number[] = [];
  const it = createHeightPoster({
    post: (height) => posted.push(height),
    timers,
    settleMs: 300,
    firstWaitMs: 4000,
    quietMs: 100,
    maxDelayMs: 600,
    ...options,
  });
  return { posted, poster: it };
}

describe('the first height an embedded lesson posts', () => {
  it('waits for the lesson instead of posting its placeholder', () => {
    const { posted, poster: p } = poster();
    p.measure(72, false);
    vi.advanceTimersByTime(1000);
    expect(posted).toEqual([]);
    p.measure(790.4, true);
    vi.advanceTimersByTime(299);
    expect(posted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(posted).toEqual([791]);
  });

  it('posts once the height holds still, so a lesson laying itself out moves the host once', () => {
    const { posted, poster: p } = poster();
    // 916 → 72 → 1633 was the learning-rate widget's start: now only the last one goes out.
    for (const [height, ready] of [
      [916, false],
      [72, false],
      [640, true],
      [780, true],
      [786, true],
    ] as const) {
      p.measure(height, ready);
      vi.advanceTimersByTime(120);
    }
    expect(posted).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(posted).toEqual([786]);
  });

  it('still posts a height for a lesson that never holds still, or never becomes ready', () => {
    const moving = poster();
    for (let k = 0; k < 40; k++) {
      moving.poster.measure(500 + k, true);
      vi.advanceTimersByTime(100);
    }
    expect(moving.posted).toEqual([539]);

    const stuck = poster();
    stuck.poster.measure(72, false);
    vi.advanceTimersByTime(3999);
    expect(stuck.posted).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(stuck.posted).toEqual([72]);
  });
});

describe('later heights', () => {
  function settled(height = 800) {
    const made = poster();
    made.poster.measure(height, true);
    vi.advanceTimersByTime(300);
    expect(made.posted).toEqual([height]);
    return made;
  }

  it('posts any growth, once it has held for a moment', () => {
    const { posted, poster: p } = settled();
    p.measure(801, true);
    p.measure(830, true);
    vi.advanceTimersByTime(99);
    expect(posted).toEqual([800]);
    vi.advanceTimersByTime(1);
    expect(posted).toEqual([800, 830]);
  });

  it('keeps the frame for a shrink within the slack, and follows a larger one', () => {
    const { posted, poster: p } = settled();
    p.measure(800 - SHRINK_SLACK, true);
    vi.advanceTimersByTime(1000);
    expect(posted).toEqual([800]);
    p.measure(800 - SHRINK_SLACK - 1, true);
    vi.advanceTimersByTime(100);
    expect(posted).toEqual([800, 783]);
  });

  it('says nothing when a change is undone before it has held', () => {
    const { posted, poster: p } = settled();
    p.measure(900, true);
    vi.advanceTimersByTime(50);
    p.measure(795, true);
    vi.advanceTimersByTime(1000);
    expect(posted).toEqual([800]);
  });

  it('posts a height that keeps changing at most maxDelay after the change began', () => {
    const { posted, poster: p } = settled();
    for (let k = 1; k <= 10; k++) {
      p.measure(800 + 10 * k, true);
      vi.advanceTimersByTime(80);
    }
    // 800 ms of growth with no quiet moment: one post at 600 ms, then the rest once quiet.
    expect(posted).toEqual([800, 880]);
    vi.advanceTimersByTime(100);
    expect(posted).toEqual([800, 880, 900]);
  });

  it('answers the host at once, but only after the first height', () => {
    const { posted, poster: p } = poster();
    p.measure(500, true);
    p.request();
    expect(posted).toEqual([]);
    vi.advanceTimersByTime(300);
    p.measure(495, true);
    p.request();
    expect(posted).toEqual([500, 495]);
  });

  it('posts nothing after it is disposed', () => {
    const { posted, poster: p } = poster();
    p.measure(500, true);
    p.dispose();
    vi.advanceTimersByTime(10_000);
    expect(posted).toEqual([]);
  });

  it('for any sequence of heights, ends with the host neither short nor more than the slack over', () => {
    const step = fc.record({
      height: fc.integer({ min: 0, max: 3000 }),
      ready: fc.boolean(),
      wait: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const { posted, poster: p } = poster();
        for (const { height, ready, wait } of steps) {
          p.measure(height, ready);
          vi.advanceTimersByTime(wait);
        }
        vi.advanceTimersByTime(5000);
        const last = steps.at(-1)!.height;
        const host = posted.at(-1);
        expect(host).toBeDefined();
        expect(host!).toBeGreaterThanOrEqual(last);
        expect(host! - last).toBeLessThanOrEqual(SHRINK_SLACK);
        // Every message is news: no height is posted twice in a row.
        for (let k = 1; k < posted.length; k++) expect(posted[k]).not.toBe(posted[k - 1]);
        p.dispose();
      }),
      { numRuns: 300 },
    );
  });
});
