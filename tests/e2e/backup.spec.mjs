// Backup and restore through the real UI: export, delete everything, restore; and bad files
// that must change nothing.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { BackupSection, ProfileForm } from './pages.mjs';

test('export, delete everything, restore: the data comes back', async ({ page }) => {
  const form = new ProfileForm(page);
  const backup = new BackupSection(page);
  await form.open();
  await form.name.fill('Ana Núñez');
  await form.campaign.fill('Bus route 12');
  await expect(form.status).toHaveText('Saved on this device');

  const file = await backup.export();
  const saved = JSON.parse(readFileSync(file.path, 'utf8'));
  expect(file.name).toMatch(/^one-on-one-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(saved.format).toBe('one-on-one-backup');
  expect(saved.version).toBe(1);
  expect(saved.stores.settings[0].name).toBe('Ana Núñez');
  await expect(backup.outcome).toHaveText(`Exported 1 records to ${file.name}. The file is not protected: keep it somewhere only you can reach.`);

  await backup.deleteAll();
  await expect(backup.outcome).toHaveText('All data on this device was deleted.');
  await page.reload();
  await expect(form.name).toHaveValue('');

  await backup.restore({ name: file.name, mimeType: 'application/json', buffer: readFileSync(file.path) });
  await expect(backup.outcome).toHaveText('Restored: 1 added, 0 updated, 0 already up to date.');
  await expect(form.name).toHaveValue('Ana Núñez');
  await expect(form.campaign).toHaveValue('Bus route 12');
});

test('deleting everything needs the word typed, and can be cancelled', async ({ page }) => {
  const form = new ProfileForm(page);
  const backup = new BackupSection(page);
  await form.open();
  await form.name.fill('Keep me');
  await page.getByRole('button', { name: 'Delete all data…' }).click();
  const confirm = page.getByRole('button', { name: 'Delete everything' });
  await expect(confirm).toBeDisabled();
  await page.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('delete');
  await expect(confirm).toBeDisabled();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await page.reload();
  await expect(form.name).toHaveValue('Keep me');
  await expect(backup.exportButton).toBeEnabled();
});

const badFiles = [
  ['an empty file', '', 'The file is empty.'],
  ['a truncated backup', '{"format": "one-on-one-backup", "version": 1, "stores": {"sett', 'cut off'],
  ['a file that is not JSON', 'hello, I am a photo', 'not readable as a backup'],
  ['another app\'s JSON', '{"contacts": []}', 'not a One-on-one backup'],
  ['a backup from a newer app', '{"format": "one-on-one-backup", "version": 99}', 'newer version of the app'],
  [
    'a hostile record',
    JSON.stringify({
      format: 'one-on-one-backup', version: 1, exported_at: 0, app_version: 'x',
      stores: { settings: [{ meta: { id: 'profile', created_at: 0, updated_at: 9e12, schema: 1 }, name: 'Mallory', __proto__x: 1, notes: JSON.parse('{"__proto__": {"admin": true}}') }] },
    }),
    'forbidden key',
  ],
];

for (const [what, content, message] of badFiles) {
  test(`restoring ${what} says why and changes nothing`, async ({ page }) => {
    const form = new ProfileForm(page);
    const backup = new BackupSection(page);
    await form.open();
    await form.name.fill('Untouched');
    await expect(form.status).toHaveText('Saved on this device');
    await backup.restore({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(content) });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was changed.');
    await page.reload();
    await expect(form.name).toHaveValue('Untouched');
  });
}
