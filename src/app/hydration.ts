/**
 * When the page may adopt the HTML the build rendered (hydrate) instead of drawing anew: only
 * when it would render exactly that HTML, i.e. every setting is at its default and there is
 * nothing to tell the learner. Any other address (a language, presenter or embed mode, a
 * changed setting, a notice) renders from scratch.
 */
import type { StoreApi } from 'zustand';
import { useConfig } from '../store/config';
import { DEFAULT_APP_SETTINGS, DEFAULT_RUN_CONFIG } from '../store/config-schema';

function sameFields(a: object, b: object): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  return [...keys].every((key) => JSON.stringify(left[key]) === JSON.stringify(right[key]));
}

/** Whether the settings now in the store are the ones the build rendered the page with. */
export function showsPrerenderedState(): boolean {
  const { run, app, notices } = useConfig.getState();
  return (
    notices.length === 0 &&
    sameFields(run, DEFAULT_RUN_CONFIG) &&
    sameFields(app, DEFAULT_APP_SETTINGS)
  );
}

let hydrating = false;
let hydrated: Promise<void> = Promise.resolve();

/** Called once, before the app hydrates the build's HTML in `root`. */
export function markHydrating(root: HTMLElement): void {
  hydrating = true;
  hydrated = settledIn(root);
}

/**
 * Whether the app adopted the build's HTML: a component's first render must then be exactly
 * what the build rendered, and anything the browser knows better applies after mounting.
 */
export function isHydrating(): boolean {
  return hydrating;
}

/**
 * zustand gives React a store's *initial* state as the server snapshot, which React reads both
 * when rendering on the server and while hydrating. The first screen's numbers are applied to
 * the runs store after it was created (the build's precomputed events), so the initial state
 * is made to hold them too: the build renders them, and hydration expects them.
 */
export function adoptAsServerSnapshot<T extends object>(store: StoreApi<T>): void {
  Object.assign(store.getInitialState(), store.getState());
}

/** Longest the app waits for hydration before it stops holding anything back. */
const HYDRATION_WAIT_MS = 5000;

/**
 * Resolves once React has adopted every element the build rendered into `root` (or after
 * HYDRATION_WAIT_MS), checked whenever the page is idle. React tags each element it has
 * adopted with a `__reactFiber$…` property; an element still without one is in a part not
 * hydrated yet. (An internal name: if React renamed it, this falls back to the wait.)
 */
function settledIn(root: HTMLElement): Promise<void> {
  const built = [...root.querySelectorAll('*')];
  const adopted = (element: Element) =>
    !element.isConnected || Object.keys(element).some((key) => key.startsWith('__reactFiber$'));
  const idle: (callback: () => void) => void =
    typeof requestIdleCallback === 'function'
      ? (callback) => requestIdleCallback(callback, { timeout: 500 })
      : (callback) => setTimeout(callback, 50);
  const start = performance.now();
  return new Promise((resolve) => {
    const check = () => {
      if (performance.now() - start > HYDRATION_WAIT_MS || built.every(adopted)) resolve();
      else idle(check);
    };
    idle(check);
  });
}

/**
 * Resolves once the page's build HTML is fully adopted (at once when the app drew the page
 * itself). Store updates that arrive before then wait for it: React checks that the stores did
 * not change while it hydrated in slices, and on a change hydrates the rest again in one
 * long, synchronous task.
 */
export function whenHydrated(): Promise<void> {
  return hydrated;
}
