// A phone opening `make serve` at a LAN address over plain HTTP: the browser withholds Web
// Crypto there, so turning the lock on or protecting a backup says why, plainly, and changes
// nothing; the rest of the app works. (A made-up host name mapped to loopback is as insecure as
// a LAN address: only localhost and loopback addresses count as secure.)
import { test, expect } from './fixtures.mjs';
import config from './playwright.config.mjs';
import { BackupSection, LockSection, PeoplePage, PersonPage } from './pages.mjs';

const port = process.env.E2E_PORT ?? 4173;
const launch = config.use.launchOptions;
test.use({
  baseURL: `http://phone-on-the-lan.test:${port}`,
  launchOptions: { ...launch, args: [...launch.args, '--host-resolver-rules=MAP phone-on-the-lan.test 127.0.0.1'] },
});

const WHY = /not served over HTTPS or from localhost.*open the app at its HTTPS address/;

test('over plain HTTP at a LAN address the lock and protected backups say why they cannot work', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.open();
  expect(await page.evaluate(() => isSecureContext)).toBe(false);
  await people.add('Ines Barros');
  await new PersonPage(page).notes.fill('Works at the depot');
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');

  const lock = new LockSection(page);
  await lock.open();
  await page.getByLabel('New passcode', { exact: true }).fill('482916');
  await page.getByLabel('The new passcode again').fill('482916');
  await page.getByRole('button', { name: 'Turn on the lock' }).click();
  await expect(lock.problem).toHaveText(WHY);
  await expect(page.getByRole('button', { name: 'Turn on the lock' })).toBeVisible();

  const backup = new BackupSection(page);
  await backup.protect.check();
  await backup.passphrase.fill('a long passphrase here');
  await backup.passphraseAgain.fill('a long passphrase here');
  await backup.exportButton.click();
  await expect(page.getByRole('region', { name: 'Backup' }).getByRole('alert')).toHaveText(WHY);

  // Nothing was changed: the app opens unlocked on the same note.
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('link', { name: /Ines Barros/ }).click();
  await expect(new PersonPage(page).notes).toHaveValue('Works at the depot');
});
