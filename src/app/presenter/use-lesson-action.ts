/**
 * The current lesson's primary action as presenter mode uses it: the lesson's own, or the
 * shared main-run action resolved here (the shell owns the main run's Play), together with
 * what the forward keys do with it now.
 */
import { useEffect, useState } from 'react';
import { useRuns } from '../../store/runs';
import { useLessonT } from '../../ui/i18n';
import { MAIN_RUN_ACTION, usePrimaryActions, type OwnAction } from '../../ui/primary-action';
import type { LessonId } from '../lessons';
import { toggleMain } from '../main-actions';
import { isMainPlaying, MAIN_RUN } from '../main-run';
import { forwardMove, type ForwardMove } from './keys';
import { messages } from './messages';

const ENDED: ReadonlySet<string> = new Set(['finished', 'diverged', 'early-stopped']);

export interface LessonAction {
  /** The action itself (null: the lesson declares none, or has not loaded yet). */
  readonly action: OwnAction | null;
  readonly move: ForwardMove;
  /** Does what the forward keys do now. */
  forward(): void;
}

function useMainRunAction(): OwnAction {
  const pt = useLessonT(messages);
  const playing = useRuns(isMainPlaying);
  const ended = useRuns((state) => ENDED.has(state.runs[MAIN_RUN]?.status ?? 'ready'));
  return {
    label: pt(playing ? 'pauseRun' : 'playRun'),
    run: toggleMain,
    done: ended && !playing,
    reveal: null,
  };
}

export function useLessonAction(lesson: LessonId, nextLesson: () => void): LessonAction {
  const declared = usePrimaryActions((state) => state.actions[lesson] ?? null);
  const main = useMainRunAction();
  const action =
    declared === MAIN_RUN_ACTION ? main : typeof declared === 'string' ? null : declared;
  // Armed once the action has had something to do on this visit (see forwardMove).
  const [armedFor, setArmedFor] = useState<LessonId | null>(null);
  const armed = armedFor === lesson;
  const open = action !== null && !action.done;
  useEffect(() => {
    if (open) setArmedFor(lesson);
  }, [open, lesson]);
  const move = forwardMove(declared === 'none' ? 'none' : action, armed);
  const forward = () => {
    if (move === 'next-lesson') nextLesson();
    if (move !== 'action' || action === null) return;
    // A press arms the action too: one that ends at once still moves on at the next press.
    setArmedFor(lesson);
    action.run();
    if (action.reveal !== null) reveal(lesson, action.reveal);
  };
  return { action, move, forward };
}

/** Brings the part of the lesson where the action shows to the top of the screen. */
function reveal(lesson: LessonId, selector: string): void {
  const target = document.getElementById(lesson)?.querySelector(selector);
  const still =
    document.documentElement.hasAttribute('data-reduced-motion') ||
    window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  target?.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' });
}
