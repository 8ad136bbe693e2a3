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
import { ARGS, CHROMIUM, THROTTLE, median, throttled } from './browser.mjs';
import { serve, waitForServer } from './serving.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'target/bench');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const FLOOR = join(OUT, 'floor');
const RUNS = Number(process.env.FIRST_OPEN_RUNS ?? 3);
/** The floor's cold starts per run: it takes a few hundred ms, so it varies more than the app. */
const FLOOR_STARTS = 5;
const APP_PORT = 4281;
const FLOOR_PORT = 4282;

/** Every screen but Today. */
const SCREENS = ADDRESSES.filter(({ path }) => path !== '/');

/** Gives the page `window.__headingPainted(heading)`: resolves to the time the first frame
 * after a level-one heading reading `heading` is shown was painted (a timeout queued from that
 * frame's callback); and sets `window.__painted` to that time for `startHeading`. */
function headingWatch(startHeading) {
  return `(() => {
    window.__headingPainted = (heading) => new Promise((painted) => {
      const shown = () => [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === heading);
      const watch = new MutationObserver(() => {
        if (!shown()) return;
        watch.disconnect();
        requestAnimationFrame(() => setTimeout(() => painted(performance.now())));
      });
      watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    document.addEventListener('DOMContentLoaded', async () => {
      window.__painted = await window.__headingPainted(${JSON.stringify(startHeading)});
    });
  })();`;
}

async function launch(profile) {
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS });
  return { context, page: context.pages()[0] ?? (await context.newPage()) };
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
  await page.addInitScript(headingWatch(heading));
  await throttled(page);
  await page.goto(url);
  await page.waitForFunction(() => window.__painted, undefined, { timeout: 120_000, polling: 20 });
  const ms = await page.evaluate(() => window.__painted);
  return { context, page, ms };
}

/** Goes to `path` inside the app (started by `coldStart`) as a tapped link does, until
 * `heading` is painted: ms (the clock starts in the page, with the navigation). */
function openInApp(page, { path, heading }) {
  return page.evaluate(async ({ path, heading }) => {
    const started = performance.now();
    const painted = window.__headingPainted(heading);
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate'));
    return (await painted) - started;
  }, { path, heading });
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
