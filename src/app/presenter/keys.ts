/**
 * Presenter mode's keyboard, as data: which key does what. A presentation clicker sends
 * PageUp/PageDown, so those move between lessons; the keys for the run act on the main run.
 */
export type PresenterAction =
  | { readonly type: 'toggle-play' }
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
    return within(press.target, SPACE_USERS) ? null : { type: 'toggle-play' };
  }
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    if (within(press.target, ARROW_USERS)) return null;
    return key === 'ArrowRight' ? { type: 'step' } : { type: 'lesson', delta: -1 };
  }
  if (key === 'PageUp') return { type: 'lesson', delta: -1 };
  if (key === 'PageDown') return { type: 'lesson', delta: 1 };
  if (key === 'r' || key === 'R') return { type: 'reset' };
  if (key === '?') return { type: 'help' };
  if (/^[1-9]$/.test(key)) return { type: 'jump', number: Number(key) };
  return null;
}
