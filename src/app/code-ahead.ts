/**
 * A lesson's code, fetched well ahead of its section once the reader has started to scroll.
 * A section renders its lesson only when it comes within a quarter of a screen
 * (near-viewport.ts); on a 2-core phone the code alone took about half a second to arrive, so
 * a reader scrolling on met an empty section. Code is fetched from a screen and a half away,
 * at an idle moment, and only after the first scroll: before it, the first visit fetches no
 * more than the first screen needs.
 */
import { useEffect, type RefObject } from 'react';
import { firstScroll, whenIdle } from './page-moments';

const CODE_AHEAD = '150% 0px 150% 0px';
/** The longest wait for an idle moment before fetching anyway. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Calls `load` once `target` comes within a screen and a half of the viewport, after the
 * page's first scroll, at an idle moment; never while `done` (its lesson is rendering already).
 */
export function useCodeAhead(
  target: RefObject<Element | null>,
  load: () => void,
  done: boolean,
): void {
  useEffect(() => {
    const element = target.current;
    if (done || element === null || typeof IntersectionObserver === 'undefined') return;
    let observer: IntersectionObserver | null = null;
    let cancelled = false;
    void firstScroll().then(() => {
      if (cancelled) return;
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer?.disconnect();
          whenIdle(() => {
            if (!cancelled) load();
          }, IDLE_TIMEOUT_MS);
        },
        { rootMargin: CODE_AHEAD },
      );
      observer.observe(element);
    });
    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, [target, load, done]);
}
