// The benchmark of issue 22's starts: at 4x CPU throttling, a cold start from the service
// worker until Today's heading is painted, against the floor page's cold start from the HTTP
// cache in the same run; then the first open of every other screen in that page, until its
// heading is painted: once at once after Today painted (its chunk fetched from the service
// worker's cache and compiled while the app is still starting), once after the idle preload
// has fetched every chunk (the mark "screens preloaded").
// Writes target/bench/first-open.{json,md}. Run by `make bench` (scripts/bench.sh).
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { ADDRESSES } from '../tests/e2e/addresses.mjs';
import { serve, waitForServer } from './serving.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'target/bench');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const FLOOR = join(OUT, 'floor');
const RUNS = Number(process.env.FIRST_OPEN_RUNS ?? 3);
const THROTTLE = 4;
/** The floor's cold starts per run: it takes a few hundred ms, so it varies more than the app. */
const FLOOR_STARTS = 5;
const APP_PORT = 4283;
const FLOOR_PORT = 4284;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking'];
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Every screen but Today. */
const SCREENS = ADDRESSES.filter(({ path }) => path !== '/');

/** Sets `window.__painted` to the time the first frame after a level-one heading reading
 * `heading` appeared was painted (a timeout queued from that frame's callback). */
function paintedWhenHeading(heading) {
  return `(() => {
    const shown = () => [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === ${JSON.stringify(heading)});
    const watch = new MutationObserver(() => {
      if (window.__painted || !shown()) return;
      watch.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
    });
    document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { childList: true, subtree: true, characterData: true }));
  })();`;
}

async function launch(profile) {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
}

async function throttle(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

/** A profile that has visited `url` once: for the app, until its service worker is active and
 * controls the page (so every precached file is in its cache). */
async function visitedOnce(url, app) {
  const profile = mkdtempSync(join(tmpdir(), 'one-on-one-first-open-'));
  const { context, page } = await launch(profile);
  await page.goto(url);
  if (app) {
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
  await context.close();
  return profile;
}

/** A cold start (a new browser on a profile that has visited once), throttled, until the
 * heading is painted; returns the open page and the ms from navigation start. */
async function coldStart(profile, url, heading) {
  const { context, page } = await launch(profile);
  await page.addInitScript(paintedWhenHeading(heading));
  await throttle(page);
  await page.goto(url);
  await page.waitForFunction(() => window.__painted, undefined, { timeout: 120_000, polling: 20 });
  const ms = await page.evaluate(() => window.__painted);
  return { context, page, ms };
}

/** Goes to `path` inside the app as a tapped link does, until `heading` is painted: ms. */
function openInApp(page, { path, heading }) {
  return page.evaluate(({ path, heading }) => new Promise((done) => {
    const started = performance.now();
    const shown = () => [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === heading);
    const watch = new MutationObserver(() => {
      if (!shown()) return;
      watch.disconnect();
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - started)));
    });
    watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
  }), { path, heading });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const round = (ms) => Math.round(ms);

async function main() {
  mkdirSync(OUT, { recursive: true });
  const servers = [serve(DIST, APP_PORT), serve(FLOOR, FLOOR_PORT)];
  const profiles = [];
  try {
    await Promise.all([waitForServer(APP_PORT), waitForServer(FLOOR_PORT)]);
    const app = `http://127.0.0.1:${APP_PORT}/`;
    const floor = `http://127.0.0.1:${FLOOR_PORT}/`;
    const appStarts = [];
    const floorStarts = [];
    const byScreen = () => Object.fromEntries(SCREENS.map(({ path }) => [path, []]));
    const opens = { atOnce: byScreen(), settled: byScreen() };
    for (let run = 0; run < RUNS; run += 1) {
      const floorProfile = await visitedOnce(floor, false);
      profiles.push(floorProfile);
      for (let start = 0; start < FLOOR_STARTS; start += 1) {
        const floorStart = await coldStart(floorProfile, floor, 'Floor');
        floorStarts.push(floorStart.ms);
        await floorStart.context.close();
      }
      // A profile that has visited once; each screen is opened after a cold start of its own.
      const profile = await visitedOnce(app, true);
      profiles.push(profile);
      for (const screen of SCREENS) {
        for (const settled of [false, true]) {
          const start = await coldStart(profile, app, 'Today');
          appStarts.push(start.ms);
          if (settled) await start.page.waitForFunction(() => performance.getEntriesByName('screens preloaded').length > 0, undefined, { timeout: 120_000 });
          opens[settled ? 'settled' : 'atOnce'][screen.path].push(await openInApp(start.page, screen));
          await start.context.close();
        }
      }
      console.log(`  run ${run + 1}/${RUNS}: floor ${round(median(floorStarts.slice(-FLOOR_STARTS)))} ms, app ${round(median(appStarts.slice(-2 * SCREENS.length)))} ms (median)`);
    }
    const report = {
      throttle: THROTTLE,
      runs: RUNS,
      coldStart: { app: round(median(appStarts)), floor: round(median(floorStarts)), samples: appStarts.length },
      firstOpen: SCREENS.map(({ path, heading }) => ({
        path,
        heading,
        atOnce: round(median(opens.atOnce[path])),
        preloaded: round(median(opens.settled[path])),
        preloadedMax: round(Math.max(...opens.settled[path])),
      })),
    };
    report.coldStart.ratio = Number((report.coldStart.app / report.coldStart.floor).toFixed(2));
    const lines = [
      `# Cold start and first open of each screen (${THROTTLE}x CPU, medians of ${RUNS} runs)`,
      '',
      `Cold start to the first heading painted: app (Today, from the service worker) ${report.coldStart.app} ms, floor (from the HTTP cache) ${report.coldStart.floor} ms: ${report.coldStart.ratio}x (target 1.5x)`,
      '',
      '| screen | first open at once after the start, ms | after the idle preload, ms | (max) |',
      '| --- | ---: | ---: | ---: |',
      ...report.firstOpen.map(({ path, atOnce, preloaded, preloadedMax }) => `| ${path} | ${atOnce} | ${preloaded} | ${preloadedMax} |`),
      '',
      `Slowest first open after the preload: ${Math.max(...report.firstOpen.map(({ preloaded }) => preloaded))} ms, at once: ${Math.max(...report.firstOpen.map(({ atOnce }) => atOnce))} ms (target 300 ms)`,
    ];
    writeFileSync(join(OUT, 'first-open.json'), JSON.stringify(report, null, 2));
    writeFileSync(join(OUT, 'first-open.md'), lines.join('\n') + '\n');
    console.log(lines.join('\n'));
  } finally {
    for (const server of servers) server.kill();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  }
}

await main();
