// Trunk post-build step, the last: writes `<file>.br` (brotli 11) and `<file>.gz` (gzip 9)
// beside each text and wasm file of the build, as a good static host serves them
// (tests/e2e/serve.mjs picks one by the request's Accept-Encoding). A copy is only kept when
// it is smaller than the file itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { filesUnder, stagingDir } from './staging.mjs';

const dir = stagingDir();

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.webmanifest', '.json']);

let raw = 0;
let brotli = 0;
let count = 0;
for (const path of filesUnder(dir).filter((p) => COMPRESSIBLE.has(extname(p)))) {
  const body = readFileSync(path);
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [constants.BROTLI_PARAM_MODE]: extname(path) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  if (br.length < body.length) writeFileSync(`${path}.br`, br);
  if (gz.length < body.length) writeFileSync(`${path}.gz`, gz);
  raw += body.length;
  brotli += Math.min(br.length, body.length);
  count += 1;
}
console.log(`compress: ${count} files, ${raw} bytes, ${brotli} as brotli (.br and .gz beside each)`);
