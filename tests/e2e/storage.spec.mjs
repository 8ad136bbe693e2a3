// Nothing typed is lost: autosave survives a reload, a closed tab and a killed browser, and
// a second tab shows the change without reloading.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures.mjs';
import { ProfileForm } from './pages.mjs';
import { killChromiumUsing } from './browser-kill.mjs';

/** Autosave promises IndexedDB within 500 ms of the last keystroke. */
const AUTOSAVE_PROMISE_MS = 500;

test('the profile typed in Settings is there after a reload', async ({ page }) => {
  const form = new ProfileForm(page);
  await form.open();
  await form.name.fill('Dolores Núñez 🌱 <b>not bold</b>');
  await form.organization.fill('Local 12; "Tenants, United"');
  await form.length.selectOption({ label: '45 minutes' });
  await expect(form.status).toHaveText('Saved on this device');
  await page.reload();
  await expect(form.name).toHaveValue('Dolores Núñez 🌱 <b>not bold</b>');
  await expect(form.organization).toHaveValue('Local 12; "Tenants, United"');
  await expect(form.length).toHaveValue('45');
  await expect(page.locator('b')).toHaveCount(0);
});

test('closing the tab right after typing loses nothing', async ({ page, context }) => {
  const form = new ProfileForm(page);
  await form.open();
  await form.campaign.pressSequentially('Fair fares now');
  await page.close({ runBeforeUnload: true });
  const again = new ProfileForm(await context.newPage());
  await again.open();
  await expect(again.campaign).toHaveValue('Fair fares now');
});

test('a change in one tab shows in another without a reload', async ({ page, context }) => {
  const first = new ProfileForm(page);
  await first.open();
  const second = new ProfileForm(await context.newPage());
  await second.open();
  await first.name.fill('Written in tab one');
  await expect(second.name).toHaveValue('Written in tab one');
  await second.organization.fill('Written in tab two');
  await expect(first.organization).toHaveValue('Written in tab two');
  await expect(first.name).toHaveValue('Written in tab one');
});

test('a killed browser loses nothing typed half a second before', async ({ baseURL }) => {
  const profileDir = mkdtempSync(join(tmpdir(), 'one-on-one-kill-'));
  const launch = () =>
    chromium.launchPersistentContext(profileDir, {
      ...test.info().project.use.launchOptions,
      baseURL,
    });
  try {
    let context = await launch();
    let form = new ProfileForm(context.pages()[0] ?? (await context.newPage()));
    await form.open();
    await form.name.pressSequentially('Typed just before the crash');
    await form.page.waitForTimeout(AUTOSAVE_PROMISE_MS);
    // A persistent context has no Browser object to kill: find its processes by profile.
    await killChromiumUsing(profileDir);
    context = await launch();
    form = new ProfileForm(context.pages()[0] ?? (await context.newPage()));
    await form.open();
    await expect(form.name).toHaveValue('Typed just before the crash');
    await context.close();
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});
