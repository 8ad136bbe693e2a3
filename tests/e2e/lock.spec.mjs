// The passcode lock: with it on, a killed browser reopens on the lock screen with nothing
// readable in storage; only the right passcode shows the notes, wrong ones make the next try
// wait; hiding the app or a quick exit locks it; another tab locks too, keeping what it was
// typing; the passcode changes and turns off; a forgotten passcode leaves "delete all data and start again".
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { LockScreen, LockSection, PeoplePage, PersonPage } from './pages.mjs';
import { everythingStored } from './stored-words.mjs';
import { killChromiumUsing } from './browser-kill.mjs';

const PHRASE = 'heron at the river mouth';
const PIN = '482916';
/** Typed into the app below; none may be readable in storage while the lock is on. */
const WORDS = ['Quillon', 'Tamsin', 'deportation', 'Brackwater', 'walkout'];

async function personWithNote(page, name, note) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add(name);
  const person = new PersonPage(page);
  await person.notes.fill(note);
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  return person;
}

async function textShown(page) {
  return page.evaluate(() => document.body.innerText);
}

test('locked, killed and reopened: the lock screen, nothing readable, and only the right passcode opens it', async ({ baseURL }) => {
  // Two browsers, the passcode stretched three times: 14 s here with the CPU halved by a busy
  // neighbour.
  test.setTimeout(60_000);
  const profileDir = mkdtempSync(join(tmpdir(), 'one-on-one-lock-'));
  const launch = () =>
    chromium.launchPersistentContext(profileDir, { ...test.info().project.use.launchOptions, baseURL });
  try {
    let context = await launch();
    let page = context.pages()[0] ?? (await context.newPage());
    await personWithNote(page, 'Quillon Tamsin', 'Worried about deportation');
    await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
    await page.getByRole('textbox', { name: 'Purpose' }).fill('Ask about the Brackwater walkout');
    await expect(page.locator('.save-state')).toHaveText('Saved on this device');
    await page.getByRole('link', { name: 'Today' }).first().click();
    await expect(page.getByText('Quillon Tamsin').first()).toBeVisible();
    const lock = new LockSection(page);
    await lock.open();
    await lock.turnOn(PHRASE);
    // Typed with the lock on, and the browser killed before the autosave could write it.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('link', { name: /Quillon Tamsin/ }).click();
    await new PersonPage(page).notes.pressSequentially(' and her sister');
    // Within what the autosave promises (500 ms), as the test of a killed browser without the lock.
    await page.waitForTimeout(500);
    await killChromiumUsing(profileDir);

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/');
    const screen = new LockScreen(page);
    await expect(screen.heading).toBeVisible();
    await expect(page).toHaveTitle('Locked · One-on-one');
    const stored = await everythingStored(page);
    for (const word of [...WORDS, 'sister']) expect(stored, `"${word}" is readable`).not.toContain(word);
    await expectNoAccessibilityViolations(page, 'the lock screen');

    await screen.unlock('heron at the river');
    await expect(screen.message).toHaveText('That passcode is not right.');
    const shown = await textShown(page);
    for (const word of WORDS) expect(shown).not.toContain(word);

    await screen.unlock(PHRASE);
    await expect(page.getByText('Quillon Tamsin').first()).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('link', { name: /Quillon Tamsin/ }).click();
    await expect(new PersonPage(page).notes).toHaveValue('Worried about deportation and her sister');
    // Search, built from the store after unlocking, finds the sealed words.
    await page.goto('/search?q=brackwater');
    await expect(screen.heading).toBeVisible();
    await screen.unlock(PHRASE);
    await expect(page.getByRole('link', { name: /Quillon Tamsin/ }).first()).toBeVisible();
    await context.close();
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
});

test('wrong passcodes make the next try wait, and the wait survives a reload', async ({ page }) => {
  const lock = new LockSection(page);
  await lock.open();
  await lock.turnOn(PIN);
  await page.reload();
  const screen = new LockScreen(page);
  await expect(screen.passcode).toHaveAttribute('inputmode', 'numeric');
  for (let n = 0; n < 3; n++) {
    await screen.unlock('000000');
    await expect(screen.message).toHaveText('That passcode is not right.');
  }
  await screen.unlock('111111');
  await expect(screen.message).toContainText('Try again in');
  await expect(screen.unlockButton).toBeDisabled();
  await page.reload();
  await expect(screen.unlockButton).toBeDisabled();
  await expect(screen.message).toContainText('Too many wrong passcodes. Try again in');
  await expect(screen.unlockButton).toBeEnabled({ timeout: 10_000 });
  await screen.unlock(PIN);
  await expect(page.getByRole('heading', { name: 'Settings' }), 'back where it was').toBeVisible();
});

test('hidden with "as soon as it is hidden" chosen, the app locks; a quick exit locks behind a blank page', async ({ page }) => {
  await personWithNote(page, 'Quillon Tamsin', 'Worried about deportation');
  const lock = new LockSection(page);
  await lock.open();
  await lock.turnOn(PHRASE);
  await page.getByLabel('Lock again').selectOption({ label: 'As soon as it is hidden' });
  await page.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  const screen = new LockScreen(page);
  await expect(screen.heading).toBeVisible();
  await screen.unlock(PHRASE);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('link', { name: /Quillon Tamsin/ }).click();
  await page.getByRole('button', { name: 'Hide the app (Esc twice)' }).click();
  await expect(page.getByRole('heading', { name: 'Blank page' })).toBeAttached();
  await expect(page).toHaveTitle('New tab');
  expect(await textShown(page)).not.toMatch(/Quillon|One-on-one/);
  expect(new URL(page.url()).pathname).toBe('/');
  await page.reload();
  await expect(screen.heading).toBeVisible();
});

test('turning the lock on in one tab locks the other', async ({ page, context }) => {
  await personWithNote(page, 'Quillon Tamsin', 'Worried about deportation');
  const other = await context.newPage();
  await other.goto('/people');
  await expect(other.getByRole('link', { name: /Quillon Tamsin/ })).toBeVisible();
  const lock = new LockSection(page);
  await lock.open();
  await lock.turnOn(PHRASE);
  await expect(new LockScreen(other).heading).toBeVisible();
  await expect(other.getByText('Quillon')).toHaveCount(0);
});

test('what another tab types as the lock comes on is kept, sealed, and shown once unlocked', async ({ page, context }) => {
  await personWithNote(page, 'Quillon Tamsin', 'Worried about deportation');
  const other = await context.newPage();
  // The other tab will hear of the lock a moment late: its storage events and the store's
  // messages between tabs held back while `lateToHear` is set.
  await other.addInitScript(() => {
    window.lateToHear = false;
    window.addEventListener('storage', (e) => { if (window.lateToHear) e.stopImmediatePropagation(); }, true);
    const listen = BroadcastChannel.prototype.addEventListener;
    BroadcastChannel.prototype.addEventListener = function (type, listener, options) {
      const heldBack = (event) => { if (!window.lateToHear) listener.call(this, event); };
      return listen.call(this, type, type === 'message' ? heldBack : listener, options);
    };
  });
  await other.goto(new URL(page.url()).pathname);
  const notes = new PersonPage(other).notes;
  await expect(notes).toHaveValue('Worried about deportation');
  await other.evaluate(() => { window.lateToHear = true; });
  const lock = new LockSection(page);
  await lock.open();
  await lock.turnOn(PHRASE);
  await notes.fill('Worried about deportation; the Brackwater walkout is Friday');
  await expect(new PersonPage(other).status).toHaveText('Not saved: see the message above');
  await expect(other.getByRole('alert').filter({ hasText: 'locked in another tab' })).toContainText('What you typed is kept.');
  await other.reload();
  const lockScreen = new LockScreen(other);
  await expect(lockScreen.heading).toBeVisible();
  expect(await everythingStored(other)).not.toContain('Brackwater');
  await lockScreen.unlock(PHRASE);
  await expect(notes).toHaveValue('Worried about deportation; the Brackwater walkout is Friday');
  await other.reload();
  await lockScreen.unlock(PHRASE);
  await expect(notes).toHaveValue(/Brackwater walkout is Friday/);
  expect(await everythingStored(other)).not.toContain('Brackwater');
});

test('a changed passcode replaces the old one, and turning the lock off leaves the notes plain', async ({ page }) => {
  await personWithNote(page, 'Quillon Tamsin', 'Worried about deportation');
  const lock = new LockSection(page);
  await lock.open();
  await lock.turnOn(PHRASE);
  await lock.change('not the passcode', PIN);
  await expect(lock.problem).toHaveText('That passcode is not right.');
  await lock.change(PHRASE, PIN);
  await expect(lock.outcome).toHaveText('The passcode is changed. Use the new one from now on.');
  await page.getByRole('button', { name: 'Lock now' }).click();
  const screen = new LockScreen(page);
  await screen.unlock(PHRASE);
  await expect(screen.message).toHaveText('That passcode is not right.');
  await screen.unlock(PIN);
  await expect(lock.region).toBeVisible();
  await lock.turnOff(PIN);
  await expect(lock.outcome).toContainText('The lock is off.');
  expect(await everythingStored(page)).toContain('deportation');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('a forgotten passcode: the lock screen deletes everything and starts again', async ({ page }) => {
  await personWithNote(page, 'Quillon Tamsin', 'Worried about deportation');
  const lock = new LockSection(page);
  await lock.open();
  await lock.turnOn(PHRASE);
  await page.reload();
  await page.getByRole('button', { name: 'Forgot the passcode?' }).click();
  await page.getByRole('button', { name: 'Delete all data and start again' }).click();
  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn on the lock' })).toBeVisible();
  await page.goto('/people');
  await expect(page.getByText('Quillon')).toHaveCount(0);
  expect(await everythingStored(page)).not.toContain('one-on-one.lock');
});
