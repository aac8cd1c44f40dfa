/**
 * Keeps a lesson link's target on screen while the page settles. Lessons load lazily and
 * off-screen sections skip layout (content-visibility), so the sections above a target
 * change height after the browser has jumped to it; this re-aligns the target each frame
 * until its position holds still (or the reader scrolls on their own).
 */

import { readHashTarget } from './url-hash';

/** A target whose top is within this band below the viewport's top counts as in place. */
const IN_PLACE = { min: 0, max: 220 };
const STABLE_FRAMES = 12;
/** About ten seconds: a slow machine may take that long to fetch the lessons near the target. */
const MAX_FRAMES = 600;
/** Keys that scroll the page: the reader pressing one has taken over. */
const SCROLL_KEYS = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);

/**
 * Whether a lesson near the viewport is still waiting for its code: when it arrives, the
 * sections around the target change height, so the target cannot be called settled before.
 * Lessons far away are skipped by content-visibility and do not move the target.
 */
function lessonLoadingNearby(): boolean {
  const reach = window.innerHeight * 2;
  for (const pending of document.querySelectorAll('.lesson-pending')) {
    const box = pending.closest('section')?.getBoundingClientRect();
    if (box !== undefined && box.bottom > -reach && box.top < window.innerHeight + reach) {
      return true;
    }
  }
  return false;
}

export function keepHashTargetInView(): () => void {
  let token = 0;
  const cancel = () => {
    token++;
  };

  const settle = () => {
    const { id } = readHashTarget(window.location.hash);
    if (id === null) return;
    const mine = ++token;
    let stable = 0;
    let frames = 0;
    let lastTop = Number.NaN;
    const step = () => {
      if (mine !== token) return;
      const target = document.getElementById(id);
      if (target !== null) {
        const top = target.getBoundingClientRect().top;
        stable = Math.abs(top - lastTop) < 1 && !lessonLoadingNearby() ? stable + 1 : 0;
        lastTop = top;
        if (top < IN_PLACE.min || top > IN_PLACE.max) target.scrollIntoView({ block: 'start' });
      }
      if (stable < STABLE_FRAMES && ++frames < MAX_FRAMES) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  };

  const onClick = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    if (link !== null) window.setTimeout(settle, 0);
  };

  const onKey = (event: KeyboardEvent) => {
    if (SCROLL_KEYS.has(event.key)) cancel();
  };

  // A reader who presses on the page (a scrollbar, a button) or works in a field owns the
  // scroll position from then on: re-aligning the target would move what they are using.
  const onFocus = (event: FocusEvent) => {
    if (event.target instanceof Element && event.target.matches('input, select, textarea, button'))
      cancel();
  };

  window.addEventListener('hashchange', settle);
  document.addEventListener('click', onClick);
  // The reader's own scrolling wins.
  window.addEventListener('wheel', cancel, { passive: true });
  window.addEventListener('touchstart', cancel, { passive: true });
  window.addEventListener('keydown', onKey);
  window.addEventListener('pointerdown', cancel, { passive: true });
  document.addEventListener('focusin', onFocus);
  settle();
  return () => {
    cancel();
    window.removeEventListener('hashchange', settle);
    document.removeEventListener('click', onClick);
    window.removeEventListener('wheel', cancel);
    window.removeEventListener('touchstart', cancel);
    window.removeEventListener('keydown', onKey);
    window.removeEventListener('pointerdown', cancel);
    document.removeEventListener('focusin', onFocus);
  };
}
