// Trunk post-build step: cuts the app's wasm into the main module (the shell and Today) and the
// chunks every other screen loads on first use (src/ui/shell/screens.rs marks the cuts).
// Trunk 0.21 cannot split (trunk-rs/trunk#1022), so this replaces the one module Trunk wrote:
//   1. wasm-split-cli reads the wasm cargo linked with --emit-relocs (build.rs) and writes the
//      main module, the chunks and __wasm_split.js, their loader;
//   2. wasm-bindgen binds the main module under the very name Trunk gave its own output, so
//      index.html and its loader stay as Trunk wrote them;
//   3. in a release build binaryen (wasm-opt's library) shrinks every module as -Oz does
//      (Trunk's own wasm-opt pass is off in index.html: it would optimise a module thrown away);
//   4. each chunk and the loader get their content's hash in their name, so a browser or a
//      cache never mixes two builds' chunks;
//   5. index.html's integrity hashes are recomputed for the files replaced.
import { execFile as execFileCallback } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import binaryenLoading from 'binaryen';

import { stagingDir } from './staging.mjs';

const execFile = promisify(execFileCallback);
const binaryen = await binaryenLoading;
const run = (command, args) => execFile(command, args, { maxBuffer: 64 * 1024 * 1024 });

const dir = stagingDir();
const profile = process.env.TRUNK_PROFILE ?? 'release';
const release = profile === 'release';
const targetDir = process.env.CARGO_TARGET_DIR ?? 'target';
const input = join(targetDir, 'wasm32-unknown-unknown', profile, 'one-on-one.wasm');

const bindings = readdirSync(dir).find((name) => /^one-on-one-[0-9a-f]+\.js$/.test(name));
if (!bindings) throw new Error(`no one-on-one-<hash>.js from Trunk in ${dir}`);
const stem = bindings.slice(0, -'.js'.length);

/** KEEP_WASM_NAMES=1 keeps the functions' names, for a profile that names them (bench/sync.mjs
 * with BENCH_SYNC_PROFILE); never for what phones get. */
const KEEP_NAMES = process.env.KEEP_WASM_NAMES === '1';

const contentHash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** `bytes` without its custom sections but `target_features` (which tells binaryen the features
 * in use): names, producers and any leftover relocations are of no use to a phone. */
function withoutCustomSections(bytes) {
  const kept = [bytes.subarray(0, 8)];
  let at = 8;
  const leb = () => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const length = leb();
    const end = at + length;
    const nameLength = id === 0 ? leb() : 0;
    const name = id === 0 ? bytes.subarray(at, at + nameLength).toString() : '';
    if (id !== 0 || name === 'target_features' || (KEEP_NAMES && name === 'name')) kept.push(bytes.subarray(start, end));
    at = end;
  }
  return Buffer.concat(kept);
}

/** The finished bytes of `wasm`: in a release build optimised for size as `wasm-opt -Oz` does,
 * through binaryen's own library in this one process (the wasm-opt command costs a second of
 * start-up per module, minutes over a hundred chunks). */
async function finished(wasm) {
  const bytes = readFileSync(wasm);
  if (!release) return bytes;
  const module = binaryen.readBinary(withoutCustomSections(bytes));
  binaryen.setOptimizeLevel(2);
  binaryen.setShrinkLevel(2);
  binaryen.setDebugInfo(KEEP_NAMES);
  module.optimize();
  const optimised = Buffer.from(module.emitBinary());
  module.dispose();
  return optimised;
}

const work = mkdtempSync(join(tmpdir(), 'one-on-one-split-'));
try {
  const split = join(work, 'split');
  await run('wasm-split-cli', ['--target', 'web', '--out-name', stem, input, split]);

  const bound = join(work, 'bound');
  await run('wasm-bindgen', [
    '--target=web', '--keep-lld-exports', '--no-demangle', '--no-typescript',
    `--out-dir=${bound}`, `--out-name=${stem}`, join(split, `${stem}.wasm`),
  ]);

  // The chunks, under names that carry their content's hash.
  const chunks = readdirSync(split).filter((name) => name.endsWith('.wasm') && name !== `${stem}.wasm`);
  const renamed = new Map();
  for (const name of chunks) {
    const bytes = await finished(join(split, name));
    const hashed = `${name.slice(0, -'.wasm'.length)}-${contentHash(bytes)}.wasm`;
    writeFileSync(join(dir, hashed), bytes);
    renamed.set(name, hashed);
  }

  // The loader, pointing at the hashed chunks, itself under a hashed name.
  let loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
  loader = loader.replace(/"\.\/((?:chunk|split)_[A-Za-z0-9_]+\.wasm)"/g, (whole, name) => {
    if (!renamed.has(name)) throw new Error(`__wasm_split.js names ${name}, which wasm-split-cli did not write`);
    return `"./${renamed.get(name)}"`;
  });
  const loaderName = `__wasm_split-${contentHash(loader)}.js`;
  writeFileSync(join(dir, loaderName), loader);

  // The main module and its bindings, in place of Trunk's.
  writeFileSync(join(dir, `${stem}_bg.wasm`), await finished(join(bound, `${stem}_bg.wasm`)));
  // Only the module the bindings import from is renamed: the wasm's own import name stays.
  const glue = readFileSync(join(bound, `${stem}.js`), 'utf8').replaceAll(' from "./__wasm_split.js"', ` from "./${loaderName}"`);
  if (!glue.includes(loaderName)) throw new Error(`the bindings do not import ${loaderName}`);
  if (glue.includes('__wasm_split_placeholder__')) throw new Error('the main module still imports the split placeholder');
  writeFileSync(join(dir, `${stem}.js`), glue);
  if (existsSync(join(bound, 'snippets'))) cpSync(join(bound, 'snippets'), join(dir, 'snippets'), { recursive: true });

  // Subresource integrity for what index.html preloads.
  const indexPath = join(dir, 'index.html');
  const index = readFileSync(indexPath, 'utf8').replace(
    /href="\/([^"]+)"([^>]*?)integrity="sha384-[^"]*"/g,
    (whole, file, between) => {
      const digest = createHash('sha384').update(readFileSync(join(dir, file))).digest('base64');
      return `href="/${file}"${between}integrity="sha384-${digest}"`;
    },
  );
  writeFileSync(indexPath, index);

  const size = (name) => readFileSync(join(dir, name)).length;
  const chunkBytes = [...renamed.values()].reduce((sum, name) => sum + size(name), 0);
  console.log(`split: main module ${size(`${stem}_bg.wasm`)} bytes, ${renamed.size} chunks ${chunkBytes} bytes (${profile})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
