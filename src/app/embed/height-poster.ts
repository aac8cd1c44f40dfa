/**
 * When an embedded lesson tells its host how tall it is. The host sets its frame to every
 * height it is told, and each change moves the article text below the frame, so a widget
 * that reports its loading placeholder, then a half-built lesson, then the lesson, makes the
 * host page jump three times. The rules:
 *
 * - Nothing is posted until the lesson's content is in (`ready`) and its height has held
 *   still for `settleMs`. The first message is the laid-out height. A widget that is never
 *   ready, or never holds still, still gets a height `firstWaitMs` after its first measure.
 * - After that, a height goes out only for a real change that has held for `quietMs` (at
 *   most `maxDelayMs` after it began): any growth, so nothing is cut off, or a shrink of
 *   more than `shrinkSlack` px. A smaller shrink leaves a little room at the bottom of the
 *   frame instead of moving the host page.
 *
 * Timers are passed in, so tests run the rules without waiting.
 */

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface HeightPosterOptions {
  /** Sends one height (whole CSS pixels) to the host. */
  readonly post: (height: number) => void;
  readonly timers?: Timers;
  readonly settleMs?: number;
  readonly firstWaitMs?: number;
  readonly quietMs?: number;
  readonly maxDelayMs?: number;
  readonly shrinkSlack?: number;
}

export interface HeightPoster {
  /** The widget's height now; `ready` once the lesson's content (not a placeholder) is in. */
  measure(height: number, ready: boolean): void;
  /** The host asked for the height: post the current one now, if the first one is out. */
  request(): void;
  dispose(): void;
}

/** The largest shrink that is not worth moving the host page for (the 16 px). */
export const SHRINK_SLACK = 16;

const browserTimers: Timers = {
  set: (callback, ms) => window.setTimeout(callback, ms),
  clear: (handle) => window.clearTimeout(handle as number),
};

/** A wait that restarts on every change but never runs later than `maxMs` after it began. */
function debounced(timers: Timers, run: () => void) {
  let quiet: unknown = null;
  let deadline: unknown = null;
  const cancel = () => {
    if (quiet !== null) timers.clear(quiet);
    if (deadline !== null) timers.clear(deadline);
    quiet = deadline = null;
  };
  const fire = () => {
    cancel();
    run();
  };
  return {
    cancel,
    touch(quietMs: number, maxMs: number) {
      if (quiet !== null) timers.clear(quiet);
      quiet = timers.set(fire, quietMs);
      if (deadline === null) deadline = timers.set(fire, maxMs);
    },
  };
}

export function createHeightPoster(options: HeightPosterOptions): HeightPoster {
  const {
    post,
    timers = browserTimers,
    settleMs = 300,
    firstWaitMs = 4000,
    quietMs = 120,
    maxDelayMs = 600,
    shrinkSlack = SHRINK_SLACK,
  } = options;
  let current: number | null = null;
  let posted: number | null = null;
  let ready = false;
  let firstDeadline: unknown = null;

  const send = (height: number) => {
    if (posted === null && firstDeadline !== null) timers.clear(firstDeadline);
    posted = height;
    post(height);
  };
  const isRealChange = (height: number, from: number) =>
    height > from || from - height > shrinkSlack;
  const wait = debounced(timers, () => {
    if (current === null) return;
    if (posted === null || isRealChange(current, posted)) send(current);
  });
  const postFirst = () => {
    if (posted !== null || current === null) return;
    wait.cancel();
    send(current);
  };

  return {
    measure(height, isReady) {
      current = Math.ceil(height);
      ready ||= isReady;
      if (posted === null) {
        // Counted from the first measure, ready or not: the host is never left without one.
        firstDeadline ??= timers.set(postFirst, firstWaitMs);
        if (ready) wait.touch(settleMs, firstWaitMs);
        return;
      }
      if (isRealChange(current, posted)) wait.touch(quietMs, maxDelayMs);
      // Back within the slack of what the host has: nothing to tell it.
      else wait.cancel();
    },
    request() {
      if (posted === null || current === null) return;
      wait.cancel();
      send(current);
    },
    dispose() {
      wait.cancel();
      if (firstDeadline !== null) timers.clear(firstDeadline);
    },
  };
}
