// Bringing people in, benchmarked: a 10,000-row spreadsheet (Action Network's export headers)
// chosen on /people/import in a fresh profile at 4x CPU throttling: file to preview, Add to
// done, the progress bar's steps and the long tasks of each; then the same file a second
// time (every row found, nothing to write). Run by `make bench`; prints a table and writes
// target/bench/people-import.json. BENCH_DIST measures a copy of dist/.
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ARGS, CHROMIUM, THROTTLE, median, throttled } from './browser.mjs';
import { serve, waitForServer } from './serving.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'target/bench');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const PORT = 4287;
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
// BENCH_IMPORT_PROFILE=1 profiles the first run (build with KEEP_WASM_NAMES=1 so the wasm's
// functions have names) and prints the heaviest functions of the preview and of the write.
const PROFILE = process.env.BENCH_IMPORT_PROFILE === '1';

/** An Action Network export of `rows` activists: names in several scripts, some quoted. */
function sheet(rows) {
  const lines = ['first_name,last_name,email,zip_code,can2_phone,can2_sms_status'];
  for (let i = 1; i <= rows; i += 1) {
    const first = ['Ana', 'José', 'Thị Mai', 'Seán', '"Bo, Jr."'][i % 5];
    lines.push(`${first},Person ${i},activist${i}@example.org,0${i % 10000},+1 555 ${String(i).padStart(7, '0')},subscribed`);
  }
  return Buffer.from(lines.join('\r\n'));
}

/** Chooses the file on the import screen; returns ms from the file's arrival in the page (its
 * change event: Playwright's own work to hand the file over is left out) to the preview's
 * first paint, and the long tasks in between. */
async function choose(page, file) {
  await page.evaluate(() => {
    window.__long = [];
    window.__changed = undefined;
    window.__previewed = undefined;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e))).observe({ type: 'longtask' });
    document.addEventListener('change', () => { window.__changed = performance.now(); }, { capture: true, once: true });
    const watch = new MutationObserver(() => {
      if (document.getElementById('import-preview-heading')) {
        watch.disconnect();
        requestAnimationFrame(() => { window.__previewed = performance.now(); });
      }
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });
  await page.getByLabel('Choose a file').setInputFiles({ name: 'activists.csv', mimeType: 'text/csv', buffer: file });
  await page.waitForFunction(() => window.__previewed, null, { timeout: 600_000, polling: 50 });
  return page.evaluate(() => ({
    ms: Math.round(window.__previewed - window.__changed),
    longTasks: window.__long.filter((e) => e.startTime >= window.__changed).map((e) => e.duration),
  }));
}

async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
}

/** Prints the functions that took most of the CPU themselves since `startProfile`. */
async function stopProfile(cdp, label) {
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`;
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  console.error(`${label}: self time of the heaviest functions`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
    console.error(`  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name.slice(0, 130)}`);
  }
}

async function run(browser, file) {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${PORT}` });
  const page = await context.newPage();
  await page.goto('/people/import');
  await page.getByLabel('Choose a file').waitFor({ state: 'attached' });
  // The start's own work (the service worker's first caching, search's code) ends first.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(2_000);
  const cdp = await throttled(page);
  if (PROFILE) await startProfile(cdp);
  const preview = await choose(page, file);
  if (PROFILE) await stopProfile(cdp, 'preview');
  await page.evaluate(() => {
    window.__long = [];
    window.__steps = new Set();
    new MutationObserver(() => {
      const bar = document.querySelector('progress');
      if (bar) window.__steps.add(bar.value);
    }).observe(document.body, { subtree: true, attributes: true, childList: true });
  });
  if (PROFILE) await startProfile(cdp);
  const started = Date.now();
  await page.evaluate(() => { window.__clickAt = performance.now(); });
  await page.getByRole('button', { name: /^Add / }).click();
  await page.getByRole('status').filter({ hasText: /^Added / }).waitFor({ timeout: 600_000 });
  const written = Date.now() - started;
  if (PROFILE) await stopProfile(cdp, 'write');
  if (process.env.BENCH_IMPORT_TASKS === '1') {
    console.error('  write long tasks (start, ms):', JSON.stringify(await page.evaluate(() => window.__long.map((e) => [Math.round(e.startTime - window.__clickAt), Math.round(e.duration)]))));
  }
  const writeTasks = await page.evaluate(() => window.__long.splice(0).map((e) => e.duration));
  // What the rest of the app does once they are in (the search index takes them in).
  await page.waitForTimeout(5_000);
  const afterTasks = await page.evaluate(() => window.__long.map((e) => e.duration));
  const steps = await page.evaluate(() => window.__steps.size);
  await page.getByRole('button', { name: 'Bring in another file' }).click();
  const again = await choose(page, file);
  await context.close();
  return { preview, written, writeTasks, afterTasks, steps, again };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const server = serve(DIST, PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    await waitForServer(PORT);
    const file = sheet(ROWS);
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      runs.push(await run(browser, file));
      const r = runs.at(-1);
      console.error(`  run ${i + 1}: preview ${r.preview.ms} ms, written ${r.written} ms, again ${r.again.ms} ms`);
    }
    const longest = (tasks) => Math.round(Math.max(0, ...tasks));
    const result = {
      rows: ROWS,
      throttle: THROTTLE,
      previewMs: median(runs.map((r) => r.preview.ms)),
      previewLongest: Math.max(...runs.map((r) => longest(r.preview.longTasks))),
      writtenMs: median(runs.map((r) => r.written)),
      writeLongest: Math.max(...runs.map((r) => longest(r.writeTasks))),
      afterLongest: Math.max(...runs.map((r) => longest(r.afterTasks))),
      progressSteps: median(runs.map((r) => r.steps)),
      totalMs: median(runs.map((r) => r.preview.ms + r.written)),
      againMs: median(runs.map((r) => r.again.ms)),
      againLongest: Math.max(...runs.map((r) => longest(r.again.longTasks))),
    };
    writeFileSync(join(OUT, 'people-import.json'), JSON.stringify({ result, runs }, null, 2));
    console.log(`| ${ROWS.toLocaleString('en')} rows at ${THROTTLE}x, median of ${RUNS} | ms | longest task |
|---|---|---|
| file chosen to preview | ${result.previewMs} | ${result.previewLongest} |
| Add to done (${result.progressSteps} progress steps) | ${result.writtenMs} | ${result.writeLongest} |
| whole import | ${result.totalMs} | |
| the 5 s after (search index takes them in) | | ${result.afterLongest} |
| the same file again, to preview | ${result.againMs} | ${result.againLongest} |`);
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
