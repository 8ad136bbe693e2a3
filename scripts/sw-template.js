// The service worker (generated at build time by scripts/precache.mjs from this template):
// precaches this version's whole app shell, answers cache-first, answers every page request
// with this version's index.html, and waits for the page's go-ahead before taking over, so one
// page never mixes files of two versions.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `one-on-one-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('one-on-one-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const cached = request.mode === 'navigate' ? caches.match('/index.html', { cacheName: CACHE }) : caches.match(request, { cacheName: CACHE });
  event.respondWith(cached.then((response) => response || fetch(request)));
});
