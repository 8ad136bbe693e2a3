// When storage fails, the person gets a clear message and what was saved stays intact.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { BackupSection, ProfileForm } from './pages.mjs';

test('without IndexedDB (some private modes) the app says so and keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.goto('/settings');
  await expect(page.getByRole('alert')).toContainText('not letting the app store data');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert')).toBeVisible();
});

// Chromium's CDP quota override (Storage.overrideQuotaForOrigin) does not make IndexedDB
// writes fail (measured: with a 1-byte quota a 500 KB put completes), so the full disk is
// simulated: IndexedDB puts throw the QuotaExceededError DOMException a full disk gives.
test('a full disk gets a clear message, keeps what was typed, and still exports', async ({ page }) => {
  const form = new ProfileForm(page);
  await form.open();
  await form.name.fill('Saved before the disk filled');
  await expect(form.status).toHaveText('Saved on this device');

  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await form.organization.fill('Typed while the disk was full');
  await expect(page.getByRole('alert')).toContainText('out of space');
  await expect(form.status).toHaveText('Not saved: see the message above');

  const backup = new BackupSection(page);
  const file = await backup.export();
  expect(JSON.parse(readFileSync(file.path, 'utf8')).stores.settings[0].name).toBe(
    'Saved before the disk filled',
  );

  // Space again (a reload drops the simulation): what was typed comes back from the journal.
  await page.reload();
  await expect(form.name).toHaveValue('Saved before the disk filled');
  await expect(form.organization).toHaveValue('Typed while the disk was full');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
