/**
 * Each lesson's primary action, as data: what one press of a presentation clicker (or Space)
 * should do on that lesson — start or pause its race, train or pause its try, take its stage.
 * A lesson declares it next to its own buttons with `usePrimaryAction`; presenter mode reads
 * the registry and names the action on screen. (It lives below the app shell because lessons
 * may not import the shell; the shell resolves the shared 'main-run' action itself.)
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import type { LessonId } from '../store/config-schema';

/** A lesson's own action. */
export interface OwnAction {
  /** What a press does now, in the page's language: the name of the button it presses. */
  readonly label: string;
  readonly run: () => void;
  /**
   * Nothing is left to do: the demonstration has ended and a press would only repeat it.
   * Presenter mode then lets the next press move on to the next lesson.
   */
  readonly done: boolean;
  /**
   * Where the action's result shows, as a selector inside the lesson's section: presenter
   * mode brings it to the top of the screen after a press, for lessons taller than a screen.
   */
  readonly reveal: string | null;
}

/** Play or pause the main run (the transport bar's Play), which the shell knows how to do. */
export const MAIN_RUN_ACTION = 'main-run';
/**
 * The lesson has nothing for a clicker to do (a calculator): a press moves on. Said outright,
 * so a lesson whose code is still loading (nothing declared yet) is not skipped by mistake.
 */
export const NO_ACTION = 'none';

type Shared = typeof MAIN_RUN_ACTION | typeof NO_ACTION;
export type PrimaryAction = OwnAction | Shared;

interface Registry {
  readonly actions: Readonly<Partial<Record<LessonId, PrimaryAction>>>;
}

export const usePrimaryActions = create<Registry>()(() => ({ actions: {} }));

function setAction(lesson: LessonId, action: PrimaryAction | null): void {
  usePrimaryActions.setState((state) => {
    const actions = { ...state.actions };
    if (action === null) delete actions[lesson];
    else actions[lesson] = action;
    return { actions };
  });
}

/** The action a lesson has declared, if it is on the page. */
export function primaryActionOf(lesson: LessonId): PrimaryAction | null {
  return usePrimaryActions.getState().actions[lesson] ?? null;
}

export interface ActionSpec {
  readonly label: string;
  readonly run: () => void;
  readonly done?: boolean;
  readonly reveal?: string;
}

/**
 * Declares the lesson's primary action while the calling component is mounted. `run` may be
 * a new function on every render: a press always calls the latest one.
 */
export function usePrimaryAction(lesson: LessonId, action: ActionSpec | Shared): void {
  const latest = useRef<() => void>(() => undefined);
  const own = typeof action === 'string' ? null : action;
  useEffect(() => {
    if (own !== null) latest.current = own.run;
  });
  const shared = typeof action === 'string' ? action : null;
  const label = own?.label ?? '';
  const done = own?.done === true;
  const reveal = own?.reveal ?? null;
  useEffect(() => {
    setAction(lesson, shared ?? { label, done, reveal, run: () => latest.current() });
    return () => setAction(lesson, null);
  }, [lesson, shared, label, done, reveal]);
}

/**
 * The same as an element that draws nothing, for a component that knows its action only
 * after an early return (a hook may not follow one).
 */
export function DeclarePrimaryAction(props: ActionSpec & { readonly lesson: LessonId }): null {
  usePrimaryAction(props.lesson, props);
  return null;
}
