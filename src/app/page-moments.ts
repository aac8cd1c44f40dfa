/**
 * Moments of the page that deferred work waits for: its first scroll (before it, a first visit
 * loads only what the first screen needs) and an idle moment (work that must not compete with
 * the page's own).
 */

let scrolled: Promise<void> | null = null;
let hasScrolledYet = false;

/** Settles at the page's first scroll (the reader's, or a link's jump). */
export function firstScroll(): Promise<void> {
  scrolled ??= new Promise((resolve) => {
    window.addEventListener(
      'scroll',
      () => {
        hasScrolledYet = true;
        resolve();
      },
      { once: true, passive: true },
    );
  });
  return scrolled;
}

/** Whether the page has scrolled since it loaded (as seen since `firstScroll` was first asked). */
export function hasScrolled(): boolean {
  return hasScrolledYet;
}

/** Calls `then` at an idle moment, or after `timeoutMs` in a page that is never idle. */
export function whenIdle(then: () => void, timeoutMs: number): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(then, { timeout: timeoutMs });
  else setTimeout(then, 0);
}
