/**
 * Offline support: the service worker (public/sw.js) keeps the built files, so after one visit
 * the lab opens and trains without a network. Registered only in production builds: in
 * development it would serve stale modules.
 */

/**
 * How long after the page has loaded the build starts being cached. Installing the worker
 * fetches and stores every file of the build (each lesson's code too); in the first seconds that
 * would compete with the page's start and with the first run a learner starts, on the main
 * thread's machine and on the network.
 */
const SETTLE_MS = 3000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // A refusal (a private window, a third-party frame without storage) only means no offline copy.
  const register = () => navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  // Then in a moment the page is idle (with a cap, so a page that is never idle still gets it).
  const whenIdle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(() => void register(), { timeout: 2000 })
      : void register();
  const afterSettling = () => window.setTimeout(whenIdle, SETTLE_MS);
  // The app may start after the page has loaded (it waits for the first paint).
  if (document.readyState === 'complete') afterSettling();
  else window.addEventListener('load', afterSettling, { once: true });
}
