// Lighthouse mobile (its defaults: simulated slow 4G, 4x CPU, a Moto G Power screen) on every
// top screen of the release build and on the floor page (a minimal Leptos page), both served
// compressed as a good static host serves them (tests/e2e/serve.mjs), each a first visit in a
// fresh profile. Median of LIGHTHOUSE_RUNS (3) runs per page. Prints a table and writes
// target/bench/lighthouse.json and lighthouse.md. Run by `make bench` (scripts/bench.sh), with
// the app in dist/ (or BENCH_DIST) and the floor in target/bench/floor already built.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

import { CHROMIUM } from '../browser.mjs';
import { serve, waitForServer } from '../serving.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = join(ROOT, 'target/bench');
const DIST = process.env.BENCH_DIST ?? join(ROOT, 'dist');
const FLOOR = join(ROOT, 'target/bench/floor');
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const APP_PORT = 4278;
const FLOOR_PORT = 4279;
/** The screens of the tab bar, and Search (the header's). */
const SCREENS = ['/', '/people', '/follow-ups', '/guides', '/settings', '/search'];
/** Issue 22's targets. */
const SCORE_TARGET = 97;
const LCP_TARGET_RATIO = 1.3;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One Lighthouse run of `url` in a fresh Chromium profile: its figures. */
async function audit(url) {
  const chrome = await launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
    const ms = (id) => lhr.audits[id].numericValue;
    return {
      score: Math.round(lhr.categories.performance.score * 100),
      lcp: ms('largest-contentful-paint'),
      fcp: ms('first-contentful-paint'),
      tbt: ms('total-blocking-time'),
      bytes: ms('total-byte-weight'),
    };
  } finally {
    await chrome.kill();
  }
}

/** The median of `RUNS` runs of `url`, figure by figure. */
async function measured(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await audit(url));
  const of = (key) => median(runs.map((run) => run[key]));
  return { url, runs: runs.length, score: of('score'), lcp: of('lcp'), fcp: of('fcp'), tbt: of('tbt'), bytes: of('bytes'), scores: runs.map((r) => r.score) };
}

// The floor is built without the app's post-build steps: compressed here, as the app's are.
spawnSync('node', [join(ROOT, 'scripts/compress.mjs'), FLOOR], { stdio: 'inherit' });
const servers = [serve(DIST, APP_PORT), serve(FLOOR, FLOOR_PORT)];
try {
  await Promise.all([waitForServer(APP_PORT), waitForServer(FLOOR_PORT)]);
  const floor = await measured(`http://127.0.0.1:${FLOOR_PORT}/`);
  const screens = [];
  for (const path of SCREENS) screens.push(await measured(`http://127.0.0.1:${APP_PORT}${path}`));
  const report = { runs: RUNS, floor, screens, targets: { score: SCORE_TARGET, lcpRatio: LCP_TARGET_RATIO } };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'lighthouse.json'), JSON.stringify(report, null, 2));
  const ok = (good) => (good ? '✅' : '❌');
  const row = (name, m) => {
    const ratio = m.lcp / floor.lcp;
    return `| ${name} | ${m.score} (${m.scores.join(', ')}) ${ok(m.score >= SCORE_TARGET)} | ${Math.round(m.lcp)} ms, ${ratio.toFixed(2)}x ${ok(ratio <= LCP_TARGET_RATIO)} | ${Math.round(m.fcp)} ms | ${Math.round(m.tbt)} ms | ${(m.bytes / 1024).toFixed(1)} KB |`;
  };
  const table = [
    `Lighthouse ${'12.2.3'} mobile, served compressed, a first visit; median of ${RUNS} runs (each run's score in brackets).`,
    `Targets (issue 22): performance ≥ ${SCORE_TARGET}, LCP ≤ ${LCP_TARGET_RATIO}x the floor's.`,
    '',
    '| page | performance | LCP (vs the floor) | FCP | TBT | bytes sent |',
    '|---|---|---|---|---|---|',
    `| floor (minimal Leptos page) | ${floor.score} (${floor.scores.join(', ')}) | ${Math.round(floor.lcp)} ms | ${Math.round(floor.fcp)} ms | ${Math.round(floor.tbt)} ms | ${(floor.bytes / 1024).toFixed(1)} KB |`,
    ...screens.map((m) => row(new URL(m.url).pathname, m)),
  ].join('\n');
  writeFileSync(join(OUT, 'lighthouse.md'), `${table}\n`);
  console.log(table);
} finally {
  for (const server of servers) server.kill();
}
