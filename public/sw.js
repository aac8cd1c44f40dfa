/*
 * Training Loop Lab's service worker: after one visit the lab opens and trains offline.
 *
 * - install: caches every file of the build (the list below is written into this file by the
 *   build, so each build has a new worker and a new cache), then takes over at once. One file at
 *   a time: the browser compiles each script it stores here, and all of them at once would take
 *   both cores of a small machine away from the page for a moment;
 * - activate: deletes the caches of older builds;
 * - fetch (same-origin GET only; nothing else is touched):
 *   page loads go to the network first (so a new build shows up), falling back to the cached
 *   page when offline; every other file is served from the cache first (built files have
 *   content hashes in their names, so a cached copy is never stale) and cached when fetched.
 * - every entry is keyed by its path alone: a page's query string holds the lab's settings, and
 *   keying by it would store one more copy of the page for every link ever opened.
 */
const PRECACHE = /* precache:start */ { version: 'dev', files: ['./'] }; /* precache:end */
const PREFIX = 'training-loop-lab-';
// Built files do not vary by request headers; servers may still say `Vary: Origin`, and a module
// script's request carries an Origin that the precaching request did not.
const MATCH = { ignoreVary: true };
const CACHE = PREFIX + PRECACHE.version;

async function precache() {
  const cache = await caches.open(CACHE);
  for (const file of PRECACHE.files) await cache.add(file);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

/** The request's address without its query string and hash: one cache entry per file. */
function pathKey(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  return url.href;
}

function isCacheable(response) {
  return response.ok && response.type === 'basic';
}

async function fromNetworkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (isCacheable(response)) await cache.put(pathKey(request), response.clone());
    return response;
  } catch (error) {
    // Offline: the cached page will do (its settings live in the query string).
    const cached = (await cache.match(pathKey(request), MATCH)) ?? (await cache.match('./', MATCH));
    if (cached) return cached;
    throw error;
  }
}

async function fromCacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(pathKey(request), MATCH);
  if (cached) return cached;
  const response = await fetch(request);
  if (isCacheable(response)) await cache.put(pathKey(request), response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    request.mode === 'navigate' ? fromNetworkFirst(request) : fromCacheFirst(request),
  );
});
