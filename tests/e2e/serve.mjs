// Serves a built dist/ like a good static host: files as they are, or their brotli or gzip copy
// (`.br`, `.gz`, written by scripts/compress.mjs) when the browser accepts it, with
// Content-Encoding and Vary; every other path gets the app shell (deep links), and missing
// files with an extension get a 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4173);
const host = process.argv[4] ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, path);
  if (!candidate.startsWith(root)) return null;
  try {
    if ((await stat(candidate)).isFile()) return candidate;
  } catch {
    /* not a file: fall through */
  }
  return extname(path) ? null : join(root, 'index.html');
}

const ENCODINGS = [
  { name: 'br', suffix: 'br' },
  { name: 'gzip', suffix: 'gz' },
];

/** The compressed copy of `file` to send for an Accept-Encoding of `accepted`, if any. */
async function encodingFor(file, accepted) {
  const offered = accepted.split(',').map((part) => part.trim().split(';')[0]);
  for (const encoding of ENCODINGS) {
    if (!offered.includes(encoding.name)) continue;
    try {
      if ((await stat(`${file}.${encoding.suffix}`)).isFile()) return encoding;
    } catch {
      /* no such copy: try the next */
    }
  }
  return null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const file = await fileFor(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = await encodingFor(file, accepted);
  const body = await readFile(encoding ? `${file}.${encoding.suffix}` : file);
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': encoding.name } : {}),
  });
  res.end(body);
}).listen(port, host, () => console.log(`serving ${root} on http://${host}:${port}/`));
