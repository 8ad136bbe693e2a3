// When storage fails, the person gets a clear message and what was saved stays intact.
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

test('a full disk gets a clear message, keeps what was saved, and still exports', async ({
  page,
  baseURL,
}) => {
  const form = new ProfileForm(page);
  await form.open();
  await form.name.fill('Saved before the disk filled');
  await expect(form.status).toHaveText('Saved on this device');

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', {
    origin: new URL(baseURL).origin,
    quotaSize: 1,
  });
  await form.organization.fill('x'.repeat(200_000));
  await expect(page.getByRole('alert')).toContainText('out of space');
  await expect(form.status).toHaveText('Not saved: see the message above');

  const backup = new BackupSection(page);
  const file = await backup.export();
  expect(file.name).toMatch(/\.json$/);

  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL).origin });
  await page.reload();
  await expect(form.name).toHaveValue('Saved before the disk filled');
  await expect(form.organization).toHaveValue('');
});
