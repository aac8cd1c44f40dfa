/**
 * Offline support: the service worker (public/sw.js) keeps the built files, so after one visit
 * the lab opens and trains without a network. Registered only in production builds: in
 * development it would serve stale modules.
 */
import { useRuns } from '../store/runs';
import { whenIdle } from './page-moments';

/**
 * How long after the page has loaded the build starts being cached. Installing the worker
 * fetches, stores and compiles every file of the build (each lesson's code too); in the first
 * seconds that would compete with the page's start, on the main thread's machine and on the
 * network.
 */
export const SETTLE_MS = 3000;
/** The longest wait for an idle moment, so a page that is never idle still gets its copy. */
export const IDLE_TIMEOUT_MS = 2000;

/** The parts of the browser the registration uses (a test can hand in its own). */
export interface OfflineHost {
  readonly register: () => Promise<unknown>;
  readonly whenLoaded: (then: () => void) => void;
  readonly whenIdle: (then: () => void) => void;
  readonly after: (ms: number, then: () => void) => void;
}

/**
 * Registers the worker once the page has loaded, settled, and no run is playing. Caching the
 * build takes CPU time on the same cores as a training run; while a learner watches a run it
 * would cost frames, so a playing run defers it until it pauses or ends.
 */
export function registerWhenQuiet(host: OfflineHost): void {
  let registered = false;
  const registerOnce = () => {
    if (registered) return;
    registered = true;
    // A refusal (a private window, a third-party frame without storage) only means no offline copy.
    host.register().catch(() => undefined);
  };
  const whenNotPlaying = () => {
    if (!useRuns.getState().playing) {
      registerOnce();
      return;
    }
    const unsubscribe = useRuns.subscribe((state) => {
      if (state.playing) return;
      unsubscribe();
      host.whenIdle(whenNotPlaying);
    });
  };
  host.whenLoaded(() => host.after(SETTLE_MS, () => host.whenIdle(whenNotPlaying)));
}

function browserHost(): OfflineHost {
  return {
    register: () => navigator.serviceWorker.register('./sw.js'),
    // The app may start after the page has loaded (it waits for the first paint).
    whenLoaded: (then) => {
      if (document.readyState === 'complete') then();
      else window.addEventListener('load', then, { once: true });
    },
    whenIdle: (then) => whenIdle(then, IDLE_TIMEOUT_MS),
    after: (ms, then) => void window.setTimeout(then, ms),
  };
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  registerWhenQuiet(browserHost());
}
