/**
 * Offline support: the service worker (public/sw.js) keeps the built files, so after one visit
 * the lab opens and trains without a network. Registered only in production builds: in
 * development it would serve stale modules.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // After the page's own loading, so caching the build does not compete with it. A refusal (a
  // private window, a third-party frame without storage) only means no offline copy.
  const register = () => navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  // The app may start after the page has loaded (it waits for the first paint).
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register());
}
