// Offline-first through the real browser: after one visit the app opens, routes and saves
// with no network at all; a new build is offered through the update note.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { test, expect } from './fixtures.mjs';
import { PeoplePage, PersonPage, SCREENS, untilWorkerControls } from './pages.mjs';

/** Opens the app and waits until its service worker controls the page. */
async function visitOnce(page, origin = '') {
  await page.goto(`${origin}/`);
  await untilWorkerControls(page);
}

test('after one visit, the app opens, routes and saves with no network', async ({ page, context }) => {
  await visitOnce(page);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  for (const screen of SCREENS) {
    await page.goto(screen.path);
    await expect(page.getByRole('heading', { name: screen.heading, level: 1 })).toBeVisible();
  }
  await page.goto('/guides/builtin-campaign');
  await expect(page.getByRole('heading', { name: 'Campaign one-to-one', level: 1 })).toBeVisible();

  const people = new PeoplePage(page);
  await people.open();
  await people.add('Offline Olga');
  const person = new PersonPage(page);
  await person.notes.fill('Met at the bus stop, no signal.');
  await expect(person.status).toHaveText('Saved on this device');
  await page.reload();
  await expect(person.notes).toHaveValue('Met at the bus stop, no signal.');
  await context.setOffline(false);
  await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0);
});

test('the service worker precaches every file of the build and nothing else', async ({ page }) => {
  await visitOnce(page);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('one-on-one-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
  });
  expect(cached).toContain('/index.html');
  expect(cached).toContain('/manifest.webmanifest');
  expect(cached.some((p) => /^\/one-on-one-[0-9a-f]+_bg\.wasm$/.test(p))).toBe(true);
  expect(cached.some((p) => /^\/one-on-one-[0-9a-f]+\.js$/.test(p))).toBe(true);
  expect(cached.some((p) => /^\/main-[0-9a-f]+\.css$/.test(p))).toBe(true);
  expect(cached).not.toContain('/sw.js');
});

test('a new build is offered quietly and taken on reload', async ({ browser }) => {
  // A host of its own, holding a copy of the build that the test can redeploy.
  const root = mkdtempSync(join(tmpdir(), 'one-on-one-next-'));
  cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), root, { recursive: true });
  const port = 4180 + test.info().workerIndex;
  const server = spawn(process.execPath, [fileURLToPath(new URL('./serve.mjs', import.meta.url)), root, String(port)]);
  try {
    await new Promise((ready) => server.stdout.once('data', ready));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await untilWorkerControls(page);

    // Deploy the next build: the same files, a new version of the worker.
    const worker = join(root, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'next-build'"));
    // Its brotli and gzip copies go too, or the host would go on sending the old worker.
    for (const copy of ['.br', '.gz']) rmSync(worker + copy, { force: true });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const note = page.getByRole('status').filter({ hasText: 'Update available' });
    // The new worker first precaches the whole build (1.6 MB of wasm): slow on a busy machine.
    await expect(note).toBeVisible({ timeout: 15_000 });
    // The reload comes once the new worker has taken over: wait for it, or the checks below
    // could run on the old page as it goes away.
    const reloaded = page.waitForEvent('load');
    await note.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('one-on-one-'))), { timeout: 15_000 })
      .toEqual(['one-on-one-next-build']);
    await expect(note).toHaveCount(0);
    await context.close();
  } finally {
    server.kill();
    rmSync(root, { recursive: true, force: true });
  }
});

test('Chromium finds the app installable', async ({ baseURL }) => {
  // Installability is never granted to incognito-like test contexts: use a real profile.
  const profile = mkdtempSync(join(tmpdir(), 'one-on-one-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await visitOnce(page, baseURL);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const { url, errors } = await cdp.send('Page.getAppManifest');
    expect(url).toMatch(/\/manifest\.webmanifest$/);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
