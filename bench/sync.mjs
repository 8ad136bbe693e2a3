// Team sync's benchmark: a phone holding the dataset with every person shared joins a team on
// pouchdb-server (loopback) and sends it all; a fresh phone joins and pulls it all; then one
// change typed on the first phone is timed until the second shows it. No CPU throttling (the
// server shares the machine): what it measures is the app's own work and the protocol's
// round trips. Run by `make bench` after bench/run.mjs; prints a table and writes
// target/bench/sync.json.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, makeTeamDatabase } from '../tests/couchdb/server.mjs';
import { ARGS, CHROMIUM, median } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'target/bench');
const APP_PORT = 4283;
const COUCH_PORT = 6395;
const CHANGES = Number(process.env.BENCH_SYNC_CHANGES ?? 5);
const SCALES = (process.env.BENCH_SYNC_SCALES ?? '1 10').split(' ').filter(Boolean);
const ANA = { name: 'ana', password: 'ana-secret-1' };
const BEN = { name: 'ben', password: 'ben-secret-1' };
const LONG = 1_800_000;
// BENCH_SYNC_PROFILE=1 profiles the fresh phone's pull (build with KEEP_WASM_NAMES=1 so the
// wasm's functions have names) and prints the BENCH_SYNC_PROFILE_TOP heaviest.
const PROFILE = process.env.BENCH_SYNC_PROFILE === '1';
const PROFILE_TOP = Number(process.env.BENCH_SYNC_PROFILE_TOP ?? 40);


/** The dataset at `scale` with every person shared with the team, as a backup file. */
function sharedDataset(scale) {
  const backup = JSON.parse(readFileSync(join(OUT, `dataset-${scale}x.json`), 'utf8'));
  for (const person of backup.stores.people) {
    person.shared = true;
    person.held_by = ANA.name;
  }
  const file = join(OUT, `dataset-${scale}x-shared.json`);
  writeFileSync(file, JSON.stringify(backup));
  return { file, records: ['people', 'meetings', 'next_steps'].reduce((n, s) => n + backup.stores[s].length, 0) };
}

async function phone(browser) {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${APP_PORT}` });
  return { context, page: await context.newPage() };
}

/** Team on `page`, once its service worker serves it (the policy comes from the worker). */
async function team(page) {
  await page.goto('/settings/team');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await page.reload();
  return page.getByRole('main');
}

/** Waits until the header says the phone is up to date with the team; returns when, in ms. */
async function upToDate(page) {
  await page.getByRole('banner').getByRole('link', { name: /^Team sync: Up to date/ }).waitFor({ timeout: LONG });
  return Date.now();
}

async function restore(page, file) {
  await page.goto('/settings');
  const input = page.getByLabel('Restore from a backup');
  await input.waitFor({ state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('input[type=file]').disabled);
  await input.setInputFiles(file);
  await page.getByRole('status').filter({ hasText: /Restored/ }).waitFor({ timeout: LONG });
}

/** Profiles the CPU of every page of `phone`'s context from now (the join reloads the page). */
async function startProfile(phone) {
  const session = await phone.context.newCDPSession(phone.page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return session;
}

/** Writes the profile and prints the functions that took most of the CPU themselves. */
async function stopProfile(session, scale) {
  const { profile } = await session.send('Profiler.stop');
  const file = join(OUT, `pull-${scale}x.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const gaps = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}`;
    self.set(name, (self.get(name) ?? 0) + (gaps[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.error(`pull profile at ${scale}x (${file}), self time of the top functions:`);
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, PROFILE_TOP)) {
    console.error(`  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name.slice(0, 140)}`);
  }
}

async function measure(browser, base, scale) {
  const database = `bench-${scale}x`;
  await makeTeamDatabase(base, database, [ANA, BEN]);
  const { file, records } = sharedDataset(scale);
  const ana = await phone(browser);
  const ben = await phone(browser);
  try {
    await team(ana.page);
    await restore(ana.page, file);
    let form = await team(ana.page);
    await form.getByLabel('Team name').fill('Bench council');
    await form.getByLabel('Server address').fill(base);
    await form.getByLabel('Database').fill(database);
    await form.getByLabel('Your user name on the server').fill(ANA.name);
    await form.getByLabel('Your password on the server').fill(ANA.password);
    let started = Date.now();
    await form.getByRole('button', { name: 'Start the team' }).click();
    const sent = (await upToDate(ana.page)) - started;
    const code = await ana.page.getByRole('main').getByLabel('Join code for a teammate').inputValue();

    form = await team(ben.page);
    await form.getByLabel('Join code', { exact: true }).fill(code);
    await form.getByLabel("Your user name on the team's server").fill(BEN.name);
    await form.getByLabel("Your password on the team's server").fill(BEN.password);
    const profiler = PROFILE ? await startProfile(ben) : null;
    started = Date.now();
    await form.getByRole('button', { name: 'Join the team' }).click();
    const pulled = (await upToDate(ben.page)) - started;
    if (profiler) await stopProfile(profiler, scale);

    // One change travelling: Ana types a phone number, Ben's open page shows it.
    const person = `/people/${JSON.parse(readFileSync(file, 'utf8')).stores.people[0].meta.id}`;
    await ana.page.goto(person);
    await ben.page.goto(person);
    const travels = [];
    for (let i = 0; i < CHANGES; i += 1) {
      const number = `555-${String(1000 + i)}`;
      const box = ben.page.getByRole('textbox', { name: 'Phone' });
      await box.waitFor();
      started = Date.now();
      await ana.page.getByRole('textbox', { name: 'Phone' }).fill(number);
      await ben.page.waitForFunction((n) => document.querySelector('#person-phone')?.value === n, number, { timeout: 60_000, polling: 20 });
      travels.push(Date.now() - started);
    }
    return { scale, records, send_all_ms: sent, pull_all_ms: pulled, one_change_ms: median(travels), one_change_runs_ms: travels };
  } finally {
    await ana.context.close();
    await ben.context.close();
  }
}

async function main() {
  const couch = await startServer(COUCH_PORT);
  const app = spawn('node', [join(ROOT, 'tests/e2e/serve.mjs'), join(ROOT, 'dist'), String(APP_PORT)], { stdio: 'ignore' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const results = [];
  try {
    await new Promise((r) => setTimeout(r, 500));
    for (const scale of SCALES) {
      console.error(`team sync at ${scale}x…`);
      results.push(await measure(browser, couch.base, scale));
    }
  } finally {
    await browser.close();
    app.kill();
    couch.stop();
  }
  writeFileSync(join(OUT, 'sync.json'), JSON.stringify(results, null, 2));
  console.log('team sync (pouchdb-server on loopback, no throttling)');
  console.log('  scale  records  first phone sends all  fresh phone pulls all  one change, phone to phone (median)');
  for (const r of results) {
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`  ${`${r.scale}x`.padEnd(5)}  ${String(r.records).padStart(7)}  ${s(r.send_all_ms).padStart(21)}  ${s(r.pull_all_ms).padStart(21)}  ${`${r.one_change_ms} ms`.padStart(10)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
