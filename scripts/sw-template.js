// The service worker (generated at build time by scripts/precache.mjs from this template):
// precaches this version's whole app shell, answers cache-first, answers every page request
// with this version's index.html (allowed to reach the team's server, once there is one), and
// waits for the page's go-ahead before taking over, so one page never mixes files of two
// versions. Team sync's code is not precached: it is kept once a page has fetched it.
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const ON_DEMAND = new Set(__ON_DEMAND__);
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

// The team's server, once a team is set up (Settings, Team), is the one other origin a page may
// connect to: the page keeps its origin in this cache (outside the versioned ones, so a new
// version keeps it), and every page request gets index.html with it added to the policy's
// connect-src. Only an origin of the form the app checks is added (https, or http on this
// computer), so nothing kept there can widen the policy otherwise.
const TEAM_CACHE = 'team-origin';
const TEAM_ORIGIN_KEY = '/team-origin';
const HOST = '(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)';
const TEAM_ORIGIN = new RegExp(`^(?:https://${HOST}|http://(?:localhost|127\\.0\\.0\\.1|\\[::1\\]))(?::[0-9]{1,5})?$`);

async function teamOrigin() {
  const kept = await (await caches.open(TEAM_CACHE)).match(TEAM_ORIGIN_KEY);
  const origin = kept ? (await kept.text()).trim() : '';
  return TEAM_ORIGIN.test(origin) ? origin : null;
}

/** This version's index.html, allowed to connect to the team's server if there is one. */
async function page() {
  const response = await caches.match('/index.html', { cacheName: CACHE });
  const origin = response && (await teamOrigin());
  if (!origin) return response;
  const html = (await response.text()).replace("connect-src 'self'", `connect-src 'self' ${origin}`);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A file of this version fetched on demand, kept in this version's cache for offline use. */
async function fetchAndKeep(request) {
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const cached = request.mode === 'navigate' ? page() : caches.match(request, { cacheName: CACHE });
  const network = () => (ON_DEMAND.has(url.pathname) ? fetchAndKeep(request) : fetch(request));
  event.respondWith(cached.then((response) => response || network()));
});
