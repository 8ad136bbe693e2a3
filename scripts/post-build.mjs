// Trunk's one post-build hook (hooks of one stage run at the same time, so order lives here):
// split the wasm into screens' chunks, write the CSP and the service worker over the result,
// then the brotli and gzip copies of the finished files.
await import('./split.mjs');
await import('./precache.mjs');
await import('./compress.mjs');
