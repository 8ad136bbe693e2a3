// The benchmarks' static server: a build served as the end-to-end tests serve it (compressed,
// like a good host), started on a port and awaited until it answers.
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Serves the build in `dir` on `port` (tests/e2e/serve.mjs); kill the process to stop it. */
export function serve(dir, port) {
  return spawn('node', [join(ROOT, 'tests/e2e/serve.mjs'), dir, String(port)], { stdio: 'ignore' });
}

/** Waits until the server on `port` answers its home page, for up to 10 s. */
export async function waitForServer(port) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server on ${port}`);
}
