// Protected backups through the real UI: exported with a passphrase, nothing readable in the
// file, restored into a fresh browser with it; a wrong passphrase or a changed byte refused
// with a clear message and nothing changed.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { BackupSection, ProfileForm } from './pages.mjs';

const PASSPHRASE = 'tenants win together';

async function typeProfile(page) {
  const form = new ProfileForm(page);
  await form.open();
  await form.name.fill('Ana Núñez');
  await form.campaign.fill('Landlord repairs on Elm Street');
  await expect(form.status).toHaveText('Saved on this device');
  return form;
}

test('a protected backup holds nothing readable and restores only with its passphrase', async ({ page, browser, baseURL }) => {
  await typeProfile(page);
  const backup = new BackupSection(page);
  const file = await backup.exportProtected(PASSPHRASE);
  expect(file.name).toMatch(/^one-on-one-backup-\d{4}-\d{2}-\d{2}\.protected$/);
  await expect(backup.outcome).toHaveText(`Exported 1 records to ${file.name}, protected by your passphrase.`);
  await expect(backup.passphrase, 'the passphrase is not left on screen').toHaveValue('');
  const bytes = readFileSync(file.path);
  expect(bytes.toString('latin1').split('\n')[0]).toBe('One-on-one protected backup. Restore it in the app, with its passphrase.');
  for (const word of ['Ana', 'Núñez', 'Landlord', 'Elm Street', 'one-on-one-backup', 'settings']) {
    expect(bytes.includes(Buffer.from(word)), `"${word}" is readable in the file`).toBe(false);
  }

  // Another phone: a fresh browser with nothing in it.
  const context = await browser.newContext({ baseURL });
  const other = await context.newPage();
  const form = new ProfileForm(other);
  const restore = new BackupSection(other);
  await form.open();
  await restore.restore({ name: file.name, mimeType: 'application/octet-stream', buffer: bytes });
  await expect(other.getByText('This backup is protected. Type its passphrase to restore it.')).toBeVisible();

  await restore.openWith.fill('tenants win togethr');
  await other.getByRole('button', { name: 'Open and restore' }).click();
  await expect(other.getByRole('alert')).toContainText('That passphrase does not open this backup');
  await expect(other.getByRole('alert')).toContainText('Nothing was changed.');
  await expect(form.name).toHaveValue('');

  await restore.openWith.fill(PASSPHRASE);
  await other.getByRole('button', { name: 'Open and restore' }).click();
  await expect(restore.outcome).toHaveText('Restored: 1 added, 0 updated, 0 already up to date.');
  await expect(form.name).toHaveValue('Ana Núñez');
  await expect(form.campaign).toHaveValue('Landlord repairs on Elm Street');
  await expect(other.getByLabel('Passphrase of the backup'), 'the prompt is gone').toHaveCount(0);
  await context.close();
});

test('a protected backup with one byte changed is refused and changes nothing', async ({ page }) => {
  const form = await typeProfile(page);
  const backup = new BackupSection(page);
  const bytes = readFileSync((await backup.exportProtected(PASSPHRASE)).path);
  await form.name.fill('Untouched');
  await expect(form.status).toHaveText('Saved on this device');
  // One byte in the middle of the ciphertext, then one in the header.
  for (const at of [bytes.length - 40, 100]) {
    const changed = Buffer.from(bytes);
    changed[at] ^= 0x20;
    await backup.restore({ name: 'changed.protected', mimeType: 'application/octet-stream', buffer: changed });
    await backup.openWith.fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Open and restore' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(/changed since it was made|damaged|in a way the app does not open/);
    await expect(alert).toContainText('Nothing was changed.');
    await page.getByRole('button', { name: 'Cancel' }).click();
  }
  await page.reload();
  await expect(form.name).toHaveValue('Untouched');
});

test('a passphrase too short or typed differently is refused before anything is written', async ({ page }) => {
  await typeProfile(page);
  const backup = new BackupSection(page);
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await backup.passphrase.fill('short');
  await backup.passphraseAgain.fill('short');
  await backup.exportButton.click();
  await expect(page.getByRole('alert')).toContainText('at least 8 characters');
  await backup.passphrase.fill('tenants win together');
  await backup.passphraseAgain.fill('tenants win togethet');
  await backup.exportButton.click();
  await expect(page.getByRole('alert')).toContainText('The two passphrases differ');
  expect(downloaded).toBe(false);

  // Plain, the file says what it exposes.
  await backup.protect.uncheck();
  await expect(page.getByText('A plain backup can be read by anyone who gets the file')).toBeVisible();
});
