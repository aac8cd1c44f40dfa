/**
 * Offline support: the service worker (public/sw.js) keeps the built files, so after one visit
 * the lab opens and trains without a network. Registered only in production builds: in
 * development it would serve stale modules.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // After the page's own loading, so caching the build does not compete with it. A refusal (a
  // private window, a third-party frame without storage) only means no offline copy.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  });
}
