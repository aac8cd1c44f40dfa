/**
 * Presenter mode's keyboard, as data: which key does what. A presentation clicker's "next"
 * sends PageDown (or →), so the forward keys do the lesson's primary action, and move on to
 * the next lesson once it has nothing left to do (see forwardMove); its "back" sends PageUp
 * (or ←), which goes back a lesson. N and P always change lesson, S steps the main run.
 */
export type PresenterAction =
  | { readonly type: 'primary' }
  | { readonly type: 'step' }
  | { readonly type: 'reset' }
  | { readonly type: 'lesson'; readonly delta: -1 | 1 }
  | { readonly type: 'jump'; readonly number: number }
  | { readonly type: 'help' };

/** The parts of a KeyboardEvent the mapping looks at (so it can be tested without a DOM). */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly target: EventTarget | null;
}

/** Where typing means text (or a choice), so no key there is a shortcut. */
const EDITABLE = 'input, select, textarea, [contenteditable=""], [contenteditable="true"]';
/** Controls that use Space themselves (it presses a focused button). */
const SPACE_USERS = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="switch"]';
/** Widgets that move with the arrow keys (a lesson's own keyboard-selectable drawing). */
const ARROW_USERS =
  '[role="slider"], [role="radiogroup"], [role="tablist"], [role="listbox"], [role="grid"], ' +
  '[role="tree"], [role="menu"], [role="application"], [role="dialog"]';

function within(target: EventTarget | null, selector: string): boolean {
  return target instanceof Element && target.closest(selector) !== null;
}

export function presenterAction(press: KeyPress): PresenterAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (within(press.target, EDITABLE) || within(press.target, '[role="dialog"]')) return null;
  const { key } = press;
  if (key === ' ' || key === 'Spacebar') {
    return within(press.target, SPACE_USERS) ? null : { type: 'primary' };
  }
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    if (within(press.target, ARROW_USERS)) return null;
    return key === 'ArrowRight' ? { type: 'primary' } : { type: 'lesson', delta: -1 };
  }
  if (key === 'PageDown') return { type: 'primary' };
  if (key === 'PageUp') return { type: 'lesson', delta: -1 };
  const lower = key.toLowerCase();
  if (lower === 'n') return { type: 'lesson', delta: 1 };
  if (lower === 'p') return { type: 'lesson', delta: -1 };
  if (lower === 's') return { type: 'step' };
  if (lower === 'r') return { type: 'reset' };
  if (key === '?') return { type: 'help' };
  if (/^[1-9]$/.test(key)) return { type: 'jump', number: Number(key) };
  return null;
}

/** What the forward keys do now, given the lesson's action. */
export type ForwardMove = 'action' | 'next-lesson' | 'wait';

/**
 * Like a slide's builds: each press does the lesson's action until it has nothing left to do,
 * and the next press moves on. `armed` says the action has had something to do since the
 * lesson came on screen, so a run that ended before (on another lesson, or last time here)
 * is started again by the first press instead of being skipped. A lesson still loading has
 * declared nothing yet: a press waits rather than skip it.
 */
export function forwardMove(
  action: { readonly done: boolean } | 'none' | null,
  armed: boolean,
): ForwardMove {
  if (action === null) return 'wait';
  if (action === 'none') return 'next-lesson';
  return action.done && armed ? 'next-lesson' : 'action';
}
