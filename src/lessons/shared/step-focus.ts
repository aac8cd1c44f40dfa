/**
 * Which step-by-step lesson the learner is reading: the one across the middle of the screen,
 * once it has stayed there a moment (scrolling past a lesson is not arriving at it). All the
 * lessons sit on one page and share one run, so only the lesson being read may move that run
 * on its own, to get its sample ready.
 */
import { useEffect, type RefObject } from 'react';
import { create } from 'zustand';
import type { Stage } from '../../core/trainer';

interface FocusState {
  /** The stage whose lesson is being read, or null. */
  readonly current: Stage | null;
}

export const useStepFocus = create<FocusState>()(() => ({ current: null }));

/** A line across the middle of the viewport (the root shrunk to zero height there). */
const MIDDLE = '-50% 0px -50% 0px';
/** How long a lesson must stay across the middle to count as arrived at. */
export const DWELL_MS = 400;

function leave(stage: Stage): void {
  if (useStepFocus.getState().current === stage) useStepFocus.setState({ current: null });
}

/**
 * Whether this lesson is the one being read. It watches the lesson's section (the element's
 * closest one). Where the browser cannot tell what is on screen (no IntersectionObserver, as
 * in tests), a lesson counts as read from the moment it is shown.
 */
export function useLessonFocus(target: RefObject<Element | null>, stage: Stage): boolean {
  const current = useStepFocus((state) => state.current === stage);
  useEffect(() => {
    const element = target.current?.closest('section') ?? target.current;
    if (element === null || element === undefined) return undefined;
    if (typeof IntersectionObserver === 'undefined') {
      useStepFocus.setState({ current: stage });
      return () => leave(stage);
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        clearTimeout(timer);
        if (entries.at(-1)?.isIntersecting === true) {
          timer = setTimeout(() => useStepFocus.setState({ current: stage }), DWELL_MS);
        } else {
          leave(stage);
        }
      },
      { rootMargin: MIDDLE },
    );
    observer.observe(element);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      leave(stage);
    };
  }, [stage, target]);
  return current;
}
