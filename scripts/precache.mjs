// Trunk post-build hook. First it gives index.html its Content-Security-Policy: scripts only
// from our origin plus, by hash, the one inline loader Trunk writes (no 'unsafe-inline', no
// 'unsafe-eval'); nothing may connect anywhere but our origin. Then it writes sw.js from
// scripts/sw-template.js, with every file of this build to precache and a version that changes
// whenever any file does. The files fetched only on demand (team sync: scripts/on-demand.mjs)
// are left out of the precache; the worker keeps them once a page has fetched them.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import { onDemandFiles } from './on-demand.mjs';
import { filesUnder, stagingDir } from './staging.mjs';

const dir = stagingDir();

/** The policy for a page whose inline scripts are exactly `inlineScripts`. */
function policy(inlineScripts) {
  const hashes = inlineScripts.map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const indexPath = join(dir, 'index.html');
const index = readFileSync(indexPath, 'utf8');
const inline = [...index.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const csp = `<meta http-equiv="Content-Security-Policy" content="${policy(inline)}" />`;
writeFileSync(indexPath, index.replace(/<head>/, `<head>\n    ${csp}`));
console.log(`index.html: Content-Security-Policy with ${inline.length} inline script hash(es)`);

const hash = createHash('sha256');
const urls = filesUnder(dir)
  .map((path) => ({ path, url: '/' + relative(dir, path).split(sep).join('/') }))
  // The worker itself, and the compressed copies a host sends in place of a file.
  .filter(({ url }) => url !== '/sw.js' && !/\.(br|gz)$/.test(url))
  .sort((a, b) => a.url.localeCompare(b.url))
  .map(({ path, url }) => {
    hash.update(url).update(readFileSync(path));
    return url;
  });
const version = hash.digest('hex').slice(0, 16);
const onDemand = new Set(onDemandFiles(dir).map((name) => `/${name}`));
const precached = urls.filter((url) => !onDemand.has(url));
const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
const worker = template
  .replace('__VERSION__', version)
  .replace('__PRECACHE__', JSON.stringify(precached, null, 2))
  .replace('__ON_DEMAND__', JSON.stringify([...onDemand], null, 2));
writeFileSync(join(dir, 'sw.js'), worker);
console.log(`sw.js: ${precached.length} files precached, ${onDemand.size} kept once fetched, version ${version}`);
