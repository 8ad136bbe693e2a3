// The benchmark of issue 8: the release build in headless Chromium at 4x CPU throttling, with a
// realistic dataset and one ten times larger, against a minimal Leptos page as the floor.
// Writes target/bench/report.json and report.md. Run by `make bench` (scripts/bench.sh).
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { ARGS, CHROMIUM, THROTTLE, navigateInApp, throttled } from './browser.mjs';
import { serve, waitForServer } from './serving.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'target/bench');
/** The build measured: dist/, or BENCH_DIST (a copy, so the tree can be built again meanwhile). */
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_ONLY=map measures only the map (each run a cold start, then the map), prints its
// figures and writes no report: for working on the map.
const ONLY = process.env.BENCH_ONLY;
const APP_PORT = 4273;
const FLOOR_PORT = 4274;
const FIFTY = 'bench-fifty';
/** A meeting of the person with 50 (examples/bench_dataset.rs: m0 to m49 are theirs). */
const DEBRIEFED = 'm0';
const QUERIES = ['rent', 'childcare', 'nurse bus', 'núñez', 'w123', 'local 12', 'fifty', 'r', 'landlord repairs', 'zzzz'];
/** The passcode the benchmark locks the app with. */
const LOCK_PIN = '482916';

// ---- figures -------------------------------------------------------------------------------

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (x) => Math.round(x * 10) / 10;
  return {
    runs: sorted.length,
    median: round(sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2),
    p95: round(at(0.95)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
  };
}

/** A chunk of the split wasm, fetched after the first screen (scripts/split.mjs). */
const isChunk = (name) => /^(chunk|split)_[A-Za-z0-9_]+-[0-9a-f]+\.wasm$/.test(name);

/** Raw, gzip -9 and brotli 11 bytes of `names` in `dir`, in total and file by file. */
function sizes(dir, names) {
  const size = { raw: 0, gzip: 0, brotli: 0, count: names.length, files: {} };
  for (const name of names) {
    const body = readFileSync(join(dir, name));
    const one = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    size.files[name] = one;
    for (const key of ['raw', 'gzip', 'brotli']) size[key] += one[key];
  }
  return size;
}

/** What a first visit must fetch before Today paints (html + js + main wasm + css), and apart
 * from it the screens' chunks, fetched once Today has painted. */
function shellSize(dir) {
  const files = readdirSync(dir).filter((f) => /\.(html|js|wasm|css)$/.test(f) && f !== 'sw.js');
  const size = sizes(dir, files.filter((f) => !isChunk(f)));
  size.chunks = sizes(dir, files.filter(isChunk));
  delete size.chunks.files;
  return size;
}

// ---- browser -------------------------------------------------------------------------------

/** Records when `selector` first matches, as ms since navigation start, in window.__ready. */
function readyWhen(selector, count = 1) {
  return `(() => {
    const check = () => document.querySelectorAll(${JSON.stringify(selector)}).length >= ${count};
    const watch = new MutationObserver(() => {
      if (!window.__ready && check()) { window.__ready = performance.now(); watch.disconnect(); }
    });
    document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { childList: true, subtree: true }));
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  })();`;
}

async function persistent(dir) {
  return chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: ARGS, acceptDownloads: true });
}

async function waitUntil(page, predicate, arg, timeout = 600_000) {
  await page.waitForFunction(predicate, arg, { timeout, polling: 50 });
}

// ---- measurements --------------------------------------------------------------------------

/** Restores the dataset through Settings into a fresh profile; returns the ms it took. */
async function importInto(profile, file) {
  const context = await persistent(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${APP_PORT}/settings`);
  const input = page.getByLabel('Restore from a backup');
  await input.waitFor({ state: 'attached' });
  await waitUntil(page, () => !document.querySelector('input[type=file]').disabled);
  await throttled(page);
  const started = Date.now();
  await input.setInputFiles(file);
  await page.getByRole('status').filter({ hasText: /Restored|refused|could not|Nothing was changed/i }).waitFor({ timeout: 900_000 });
  const took = Date.now() - started;
  const outcome = await page.getByRole('region', { name: 'Backup' }).locator('.outcome').textContent();
  if (!/Restored/.test(outcome)) throw new Error(`restore failed: ${outcome}`);
  // Let the service worker finish installing, so later starts are served from it.
  await waitUntil(page, () => navigator.serviceWorker.ready.then(() => true));
  // Open Today once, as anyone does after a restore: every measured start is then a usual
  // one, painted first from the snapshot the last one kept.
  await navigateInApp(page, '/');
  await waitUntil(page, () => performance.getEntriesByName('today from the database').length > 0);
  await context.close();
  return took;
}

/** Opens the app at Today in the profile, throttled, noting when Today first shows a meeting. */
async function openToday(profile) {
  const context = await persistent(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.addInitScript(readyWhen('ul[aria-label="Upcoming meetings"] li'));
  await throttled(page);
  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
  return { context, page };
}

/** A cold start of the app with the dataset, from the service worker, until Today shows data
 * (from the snapshot the last start kept) and until it shows the database's. */
async function coldStart(profile) {
  const { context, page } = await openToday(profile);
  await waitUntil(page, () => window.__ready);
  await waitUntil(page, () => performance.getEntriesByName('today from the database').length > 0);
  const result = await page.evaluate(() => ({
    ms: window.__ready,
    fromDatabase: performance.getEntriesByName('today from the database')[0].startTime,
    fromServiceWorker: !!navigator.serviceWorker.controller,
  }));
  return { context, page, ...result };
}

/** The floor's cold start, and typing into its one text area, measured as for the app. */
async function floorStart() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const page = await browser.newPage();
  await page.addInitScript(readyWhen('h1'));
  await throttled(page);
  await page.goto(`http://127.0.0.1:${FLOOR_PORT}/`);
  await waitUntil(page, () => window.__ready);
  const ms = await page.evaluate(() => window.__ready);
  const typed = await typeInto(page, page.getByRole('textbox', { name: 'Notes' }));
  await browser.close();
  return { ms, keys: typed.keys };
}

async function openPerson(page) {
  await page.evaluate(() => { window.__opened = undefined; });
  const started = await page.evaluate(() => performance.now());
  await navigateInApp(page, `/people/${FIFTY}`);
  await waitUntil(page, () => document.querySelectorAll('ul[aria-label="One-on-ones"] li').length >= 50);
  return (await page.evaluate(() => performance.now())) - started;
}

/** Resolves once the page has been quiet for a while: no read under way (a read's User Timing
 * mark, "load …#n", is cleared when it lands: IndexedDB works while the page idles, and a
 * read still running holds up the next screen's), then an idle period with time to spare, so
 * every read a screen started, and its rendering, has finished. Returns performance.now(). */
async function quiet(page) {
  const noneReading = () => !performance.getEntriesByType('mark').some((m) => m.name.startsWith('load '));
  await waitUntil(page, noneReading, undefined, 30_000).catch(() => {});
  return page.evaluate(() => new Promise((resolve) => {
    const check = () => requestIdleCallback((idle) => (idle.timeRemaining() >= 40 ? resolve(performance.now()) : check()));
    check();
  }));
}

/** Opens People by an in-app link: until its first cards show, and until all it read is in.
 * Measured once the search index is built, so the two do not share the CPU. */
async function openPeople(page) {
  await navigateInApp(page, '/');
  await waitUntil(page, () => performance.getEntriesByName('search-index').length > 0);
  await quiet(page);
  const started = await page.evaluate(() => performance.now());
  await navigateInApp(page, '/people');
  await waitUntil(page, () => document.querySelector('ul[aria-label="People"] li'));
  const shown = (await page.evaluate(() => performance.now())) - started;
  return { shown, quiet: (await quiet(page)) - started };
}

/** Opens the map by an in-app link: until its first paint (the map being drawn, or drawn),
 * until the drawing shows, then pans and zooms it for a while, collecting long tasks. */
async function openMap(page) {
  await navigateInApp(page, '/');
  await waitUntil(page, () => performance.getEntriesByName('search-index').length > 0);
  await quiet(page);
  // The first paint is the frame after the map's status (or drawing) enters the page, noted
  // by the page itself: polling from outside lags by up to 300 ms while the layout runs.
  const started = await page.evaluate(() => {
    window.__mapPainted = undefined;
    const shown = () => document.querySelector('svg.map-canvas') || document.querySelector('main [role="status"]');
    const watch = new MutationObserver(() => {
      if (shown()) {
        watch.disconnect();
        requestAnimationFrame(() => { window.__mapPainted = performance.now(); });
      }
    });
    watch.observe(document.body, { childList: true, subtree: true });
    return performance.now();
  });
  await navigateInApp(page, '/map');
  await waitUntil(page, () => window.__mapPainted);
  const painted = (await page.evaluate(() => window.__mapPainted)) - started;
  await waitUntil(page, () => document.querySelector('svg.map-canvas'));
  const drawn = (await page.evaluate(() => performance.now())) - started;
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask' });
  });
  const box = await page.locator('svg.map-canvas').boundingBox();
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  for (let round = 0; round < 4; round += 1) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 80, cy + 40, { steps: 12 });
    await page.mouse.move(cx - 60, cy - 30, { steps: 12 });
    await page.mouse.up();
    await page.mouse.wheel(0, round % 2 ? 200 : -200);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  const longTasks = await page.evaluate(() => window.__long);
  return { painted, drawn, longTasks };
}

/** Opens the debrief of a held meeting of the person with 50: until its fields can be typed
 * in, and until all it read is in. */
async function openDebrief(page) {
  await navigateInApp(page, '/');
  await quiet(page);
  const started = await page.evaluate(() => performance.now());
  await navigateInApp(page, `/meetings/${DEBRIEFED}/debrief`);
  await waitUntil(page, () => document.querySelector('#debrief-sparks:not([disabled])'));
  const shown = (await page.evaluate(() => performance.now())) - started;
  return { shown, quiet: (await quiet(page)) - started };
}

/** Each query typed into Search: the query alone (User Timing "search") and input to paint. */
async function searchQueries(page) {
  await navigateInApp(page, '/search');
  await waitUntil(page, () => document.querySelector('#search-words') && !/Getting your notes ready/.test(document.querySelector('main').textContent));
  const build = await page.evaluate(() => performance.getEntriesByName('search-index').map((e) => e.duration));
  const queries = [];
  for (const query of QUERIES) {
    const measured = await page.evaluate(async (q) => {
      performance.clearMeasures('search');
      const box = document.querySelector('#search-words');
      const started = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
      const toPaint = performance.now() - started;
      const query = performance.getEntriesByName('search').map((e) => e.duration);
      return { toPaint, query: Math.max(...query), found: document.querySelector('.search-count').textContent };
    }, query);
    queries.push({ q: query, ...measured });
  }
  return { build: build[0], queries };
}

/** Types a note in bursts with autosave running: keystroke to next frame, long tasks, saves. */
async function typing(page) {
  await navigateInApp(page, '/people/p5');
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.waitFor();
  return typeInto(page, notes);
}

/** Types into `box` in twelve bursts (autosave runs in the pauses: twelve saves a run) and
 * collects what was observed. */
async function typeInto(page, box) {
  await page.evaluate(() => {
    window.__keys = [];
    window.__long = [];
    window.__slowEvents = [];
    performance.clearMeasures('save');
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask' });
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__slowEvents.push(e.duration))).observe({ type: 'event', durationThreshold: 16 });
    document.addEventListener('keydown', () => {
      const started = performance.now();
      requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - started), 0));
    }, true);
  });
  await box.click();
  await page.keyboard.press('End');
  for (let burst = 0; burst < 12; burst += 1) {
    await page.keyboard.type(' the bus route and childcare', { delay: 40 });
    await page.waitForTimeout(600);
  }
  await page.waitForTimeout(500);
  return page.evaluate(() => ({
    keys: window.__keys,
    longTasks: window.__long,
    slowEvents: window.__slowEvents,
    saves: performance.getEntriesByName('save').map((e) => e.duration),
  }));
}

/** Exports a backup through Settings, plain or protected by a passphrase (a build without
 * protected backups exports plain either way); returns the ms until the download and its size. */
async function exportBackup(page, passphrase) {
  await navigateInApp(page, '/settings');
  const button = page.getByRole('button', { name: 'Export backup' });
  await button.waitFor();
  const protect = page.getByRole('checkbox', { name: 'Protect the file with a passphrase' });
  if (await protect.count()) {
    await protect.setChecked(Boolean(passphrase));
    if (passphrase) {
      await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
      await page.getByLabel('The passphrase again').fill(passphrase);
    }
  } else if (passphrase) {
    return null;
  }
  const download = page.waitForEvent('download', { timeout: 900_000 });
  const started = Date.now();
  await button.click();
  const file = await download;
  const took = Date.now() - started;
  const size = statSync(await file.path()).size;
  return { ms: took, bytes: size };
}

/** Turns the lock on through Settings, at 4x throttling: the ms until everything is sealed. */
async function turnLockOn(profile) {
  const context = await persistent(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`http://127.0.0.1:${APP_PORT}/settings`);
  const button = page.getByRole('button', { name: 'Turn on the lock' });
  await button.waitFor();
  await page.getByLabel('New passcode', { exact: true }).fill(LOCK_PIN);
  await page.getByLabel('The new passcode again').fill(LOCK_PIN);
  await waitUntil(page, () => !document.querySelector('.lock-settings button[type=submit]').disabled);
  await throttled(page);
  const started = Date.now();
  await button.click();
  await page.getByRole('status').filter({ hasText: 'The lock is on' }).waitFor({ timeout: 900_000 });
  const took = Date.now() - started;
  await context.close();
  return took;
}

/** A cold start with the lock on: until the lock screen shows, then from the tap on Unlock
 * until Today shows data, and how long making the key from the PIN took (User Timing). */
async function lockedStart(profile) {
  const { context, page } = await openToday(profile);
  const passcode = page.getByLabel('Passcode', { exact: true });
  await passcode.waitFor();
  const lockScreen = await page.evaluate(() => performance.now());
  await passcode.fill(LOCK_PIN);
  const tapped = await page.evaluate(() => {
    document.querySelector('.lock-form button[type=submit]').click();
    return performance.now();
  });
  await waitUntil(page, () => window.__ready);
  await waitUntil(page, () => performance.getEntriesByName('today from the database').length > 0);
  const result = await page.evaluate((at) => ({
    toToday: window.__ready - at,
    toTodayFromDatabase: performance.getEntriesByName('today from the database')[0].startTime - at,
    key: performance.getEntriesByName('unlock').map((e) => e.duration)[0] ?? null,
  }), tapped);
  return { context, page, lockScreen, ...result };
}

async function memory(page, cdp) {
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => window.__wasm?.memory?.buffer.byteLength ?? null);
  return { jsHeapUsed: heap.usedSize, wasmMemory: wasm };
}

// ---- the run -------------------------------------------------------------------------------

async function dataset(scale, file) {
  const label = scale === 1 ? '1x' : `${scale}x`;
  const importRuns = scale === 1 ? RUNS : Math.min(RUNS, 2);
  const imports = [];
  let profile;
  for (let run = 0; run < importRuns; run += 1) {
    if (profile) rmSync(profile, { recursive: true, force: true });
    profile = mkdtempSync(join(tmpdir(), `bench-${label}-`));
    imports.push(await importInto(profile, file));
    console.error(`  ${label} import ${run + 1}: ${imports.at(-1)} ms`);
  }
  const starts = [];
  const startsFromDatabase = [];
  const person = [];
  const people = [];
  const debrief = [];
  const maps = [];
  const search = [];
  const keys = [];
  const longTasks = [];
  const slowEvents = [];
  const saves = [];
  const exports = [];
  const protectedExports = [];
  let builds = [];
  let mem;
  let loads = [];
  let servedFromWorker = true;
  for (let run = 0; run < RUNS; run += 1) {
    const { context, page, ms, fromDatabase, fromServiceWorker } = await coldStart(profile);
    if (ONLY === 'map') {
      maps.push(await openMap(page));
      await context.close();
      const m = maps.at(-1);
      console.error(`  ${label} map run ${run + 1}: painted ${Math.round(m.painted)} ms, drawn ${Math.round(m.drawn)} ms, panning long tasks ${JSON.stringify(m.longTasks.map(Math.round))}`);
      continue;
    }
    servedFromWorker &&= fromServiceWorker;
    starts.push(ms);
    startsFromDatabase.push(fromDatabase);
    person.push(await openPerson(page));
    people.push(await openPeople(page));
    debrief.push(await openDebrief(page));
    maps.push(await openMap(page));
    if (run === 0) {
      loads = await page.evaluate(() => [
        ...performance.getEntriesByType('mark').filter((e) => !e.name.includes('#')).map((e) => `${e.name} at ${Math.round(e.startTime)} ms`),
        ...performance.getEntriesByType('measure').filter((e) => e.name === 'open store' || e.name.startsWith('load ')).map((e) => `${e.name} ${Math.round(e.startTime)}–${Math.round(e.startTime + e.duration)} ms`),
      ]);
    }
    const found = await searchQueries(page);
    builds.push(found.build);
    search.push(found.queries);
    const typed = await typing(page);
    keys.push(...typed.keys);
    longTasks.push(...typed.longTasks);
    slowEvents.push(...typed.slowEvents);
    saves.push(...typed.saves);
    if (run === 0) mem = await memory(page, await throttled(page));
    if (run < (scale === 1 ? 3 : 1)) exports.push(await exportBackup(page));
    if (run < (scale === 1 ? 3 : 1)) {
      const sealed = await exportBackup(page, 'tenants win together');
      if (sealed) protectedExports.push(sealed);
    }
    await context.close();
    console.error(`  ${label} run ${run + 1}: start ${Math.round(ms)} ms`);
  }
  if (ONLY === 'map') {
    rmSync(profile, { recursive: true, force: true });
    return null;
  }
  // With the lock on: sealing everything, then starts, unlocking, and typing.
  const lockOn = await turnLockOn(profile);
  console.error(`  ${label} lock on: ${lockOn} ms`);
  const locked = { screen: [], toToday: [], toTodayFromDatabase: [], key: [], keys: [], saves: [] };
  for (let run = 0; run < RUNS; run += 1) {
    const { context, page, lockScreen, toToday, toTodayFromDatabase, key } = await lockedStart(profile);
    locked.screen.push(lockScreen);
    locked.toToday.push(toToday);
    locked.toTodayFromDatabase.push(toTodayFromDatabase);
    if (key !== null) locked.key.push(key);
    // Typed once the search index is built, as in the unlocked runs (there typing follows
    // the search queries), so the saves do not queue behind the index's reads.
    await waitUntil(page, () => performance.getEntriesByName('search-index').length > 0);
    await quiet(page);
    const typed = await typing(page);
    locked.keys.push(...typed.keys);
    locked.saves.push(...typed.saves);
    await context.close();
    console.error(`  ${label} locked run ${run + 1}: unlock to Today ${Math.round(toToday)} ms`);
  }
  rmSync(profile, { recursive: true, force: true });
  const perQuery = QUERIES.map((q, i) => ({
    q,
    found: search[0][i].found,
    query: stats(search.map((runs) => runs[i].query)),
    toPaint: stats(search.map((runs) => runs[i].toPaint)),
  }));
  return {
    label,
    coldStart: stats(starts),
    coldStartFromDatabase: stats(startsFromDatabase),
    servedFromWorker,
    openPersonWith50Meetings: stats(person),
    openPeople: stats(people.map((p) => p.shown)),
    openPeopleQuiet: stats(people.map((p) => p.quiet)),
    openDebrief: stats(debrief.map((d) => d.shown)),
    openDebriefQuiet: stats(debrief.map((d) => d.quiet)),
    openMapPainted: stats(maps.map((m) => m.painted)),
    openMapDrawn: stats(maps.map((m) => m.drawn)),
    longTasksWhilePanning: {
      count: maps.flatMap((m) => m.longTasks).length,
      max: Math.round(Math.max(0, ...maps.flatMap((m) => m.longTasks))),
    },
    searchIndexBuild: stats(builds.filter((b) => b !== undefined)),
    searchQuery: stats(search.flat().map((s) => s.query)),
    searchToPaint: stats(search.flat().map((s) => s.toPaint)),
    perQuery,
    keystrokeToPaint: stats(keys),
    longTasksWhileTyping: { count: longTasks.length, max: Math.round(Math.max(0, ...longTasks)) },
    slowKeyEvents: { count: slowEvents.length, max: Math.round(Math.max(0, ...slowEvents)) },
    save: stats(saves),
    import: stats(imports),
    export: { ...stats(exports.map((e) => e.ms)), bytes: exports[0].bytes },
    exportProtected: protectedExports.length
      ? { ...stats(protectedExports.map((e) => e.ms)), bytes: protectedExports[0].bytes }
      : null,
    memory: mem,
    loadsDuringStart: loads,
    locked: {
      turnOn: lockOn,
      lockScreen: stats(locked.screen),
      unlockToToday: stats(locked.toToday),
      unlockToTodayFromDatabase: stats(locked.toTodayFromDatabase),
      keyFromPasscode: locked.key.length ? stats(locked.key) : null,
      keystrokeToPaint: stats(locked.keys),
      save: stats(locked.saves),
    },
  };
}

function counts(stores) {
  return Object.fromEntries(Object.entries(stores).map(([k, v]) => [k, v.length]));
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const now = Date.now();
  const files = {};
  for (const scale of (process.env.BENCH_SCALES ?? '1,10').split(',').map(Number)) {
    files[scale] = join(OUT, `dataset-${scale}x.json`);
  }
  const servers = [serve(DIST, APP_PORT), serve(join(OUT, 'floor'), FLOOR_PORT)];
  try {
    await waitForServer(APP_PORT);
    await waitForServer(FLOOR_PORT);
    const floorStarts = [];
    const floorKeys = [];
    for (let run = 0; run < RUNS; run += 1) {
      const floor = await floorStart();
      floorStarts.push(floor.ms);
      floorKeys.push(...floor.keys);
    }
    const report = {
      date: new Date(now).toISOString(),
      throttle: THROTTLE,
      runs: RUNS,
      size: { app: shellSize(DIST), floor: shellSize(join(OUT, 'floor')) },
      weights: existsSync(join(OUT, 'weights.json')) ? JSON.parse(readFileSync(join(OUT, 'weights.json'), 'utf8')) : null,
      floorColdStart: stats(floorStarts),
      floorKeystrokeToPaint: stats(floorKeys),
      datasets: [],
    };
    for (const [scale, file] of Object.entries(files)) {
      console.error(`dataset ${scale}x (${Math.round(statSync(file).size / 1e6)} MB)`);
      const records = counts(JSON.parse(readFileSync(file, 'utf8')).stores);
      const measured = await dataset(Number(scale), file);
      if (measured) report.datasets.push({ records, ...measured });
    }
    if (ONLY) return;
    writeFileSync(join(OUT, 'report.json'), JSON.stringify(report, null, 2));
    const markdown = (await import('./report.mjs')).markdown(report);
    writeFileSync(join(OUT, 'report.md'), markdown);
    console.log(markdown);
  } finally {
    servers.forEach((s) => s.kill());
  }
}

await main();
