// Page objects: how a person sees the app shell, by role and accessible name.
import { expect } from './fixtures.mjs';

/** Waits until the service worker controls `page`: its cache and the policy it serves apply. */
export async function untilWorkerControls(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The screens reachable from the bottom navigation, with their address and heading. */
export const SCREENS = [
  { link: 'Today', path: '/', heading: 'Today' },
  { link: 'People', path: '/people', heading: 'People' },
  { link: 'Follow-ups', path: '/follow-ups', heading: 'Follow-ups' },
  { link: 'Guides', path: '/guides', heading: 'Guides' },
  { link: 'Settings', path: '/settings', heading: 'Settings' },
];

export class AppShell {
  constructor(page) {
    this.page = page;
    this.nav = page.getByRole('navigation', { name: 'Main' });
  }

  async open(path = '/') {
    await this.page.goto(path);
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  navLink(name) {
    return this.nav.getByRole('link', { name, exact: true });
  }

  async goTo(name) {
    await this.navLink(name).click();
  }

  heading(name) {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }
}

export class SettingsPage {
  constructor(page) {
    this.page = page;
    this.themeGroup = page.getByRole('group', { name: 'Theme' });
  }

  themeOption(name) {
    return this.themeGroup.getByRole('radio', { name, exact: true });
  }
}

/** The "You" section of Settings: the organizer's profile, autosaved. */
export class ProfileForm {
  constructor(page) {
    this.page = page;
    this.name = page.getByRole('textbox', { name: 'Your name' });
    this.organization = page.getByRole('textbox', { name: 'Organization' });
    this.campaign = page.getByRole('textbox', { name: 'Current campaign' });
    this.length = page.getByRole('combobox', { name: 'Default meeting length' });
    this.status = page.getByRole('region', { name: 'You' }).getByRole('status');
  }

  async open() {
    await this.page.goto('/settings');
    await expect(this.name).toBeEnabled();
  }
}

/** The Backup section of Settings. */
export class BackupSection {
  constructor(page) {
    this.page = page;
    this.exportButton = page.getByRole('button', { name: 'Export backup' });
    this.restoreInput = page.getByLabel('Restore from a backup');
    this.outcome = page.getByRole('region', { name: 'Backup' }).getByRole('status');
    this.protect = page.getByRole('checkbox', { name: 'Protect the file with a passphrase' });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.passphraseAgain = page.getByLabel('The passphrase again');
    this.openWith = page.getByLabel('Passphrase of the backup');
  }

  /** Exports a plain backup and returns the downloaded file's name and path. */
  async export() {
    await this.protect.uncheck();
    return this.download();
  }

  /** Exports a backup protected by `passphrase` and returns the file's name and path. */
  async exportProtected(passphrase) {
    await this.protect.check();
    await this.passphrase.fill(passphrase);
    await this.passphraseAgain.fill(passphrase);
    return this.download();
  }

  async download() {
    const download = this.page.waitForEvent('download');
    await this.exportButton.click();
    const file = await download;
    return { name: file.suggestedFilename(), path: await file.path() };
  }

  async restore(file) {
    // A file picked while storage is still opening would be refused, as for a person.
    await expect(this.restoreInput).toBeEnabled();
    await this.restoreInput.setInputFiles(file);
  }

  async deleteAll() {
    await this.page.getByRole('button', { name: 'Delete all data…' }).click();
    await this.page.getByRole('textbox', { name: 'Type DELETE to confirm' }).fill('DELETE');
    await this.page.getByRole('button', { name: 'Delete everything' }).click();
  }
}

/** The people list (`/people`) and adding a person. */
/** Settings, Lock: the passcode lock. */
export class LockSection {
  constructor(page) {
    this.page = page;
    this.region = page.getByRole('region', { name: 'Lock' });
    this.outcome = this.region.getByRole('status');
    this.problem = this.region.getByRole('alert');
  }

  async open() {
    await this.page.goto('/settings');
    await expect(this.region).toBeVisible();
  }

  async turnOn(passcode) {
    await this.page.getByLabel('New passcode', { exact: true }).fill(passcode);
    await this.page.getByLabel('The new passcode again').fill(passcode);
    await this.page.getByRole('button', { name: 'Turn on the lock' }).click();
    await expect(this.outcome).toContainText('The lock is on');
  }

  async turnOff(passcode) {
    await this.page.getByLabel('Passcode, to turn the lock off').fill(passcode);
    await this.page.getByRole('button', { name: 'Turn off the lock' }).click();
  }

  async change(current, next) {
    await this.page.getByLabel('Current passcode').fill(current);
    await this.page.getByLabel('New passcode', { exact: true }).fill(next);
    await this.page.getByLabel('The new passcode again').fill(next);
    await this.page.getByRole('button', { name: 'Change passcode' }).click();
  }
}

/** The lock screen the app opens on while the lock is on. */
export class LockScreen {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { name: 'One-on-one is locked' });
    this.passcode = page.getByLabel('Passcode', { exact: true });
    this.unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
    this.message = page.getByRole('alert');
  }

  async unlock(passcode) {
    await this.passcode.fill(passcode);
    await this.unlockButton.click();
  }
}

export class PeoplePage {
  constructor(page) {
    this.page = page;
    this.search = page.getByRole('searchbox', { name: 'Search people' });
    this.tag = page.getByRole('combobox', { name: 'Tag', exact: true });
    this.stage = page.getByRole('combobox', { name: 'Stage', exact: true });
    this.cards = page.getByRole('list', { name: 'People' }).getByRole('link');
  }

  async open() {
    await this.page.goto('/people');
    await expect(this.page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  }

  card(name) {
    return this.cards.filter({ hasText: name });
  }

  /** Adds a person by name and lands on their page. */
  async add(name) {
    await this.page.getByRole('link', { name: 'Add person' }).click();
    await this.page.getByRole('textbox', { name: 'Name' }).fill(name);
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(this.page).toHaveURL(/\/people\/[0-9a-f-]{36}$/);
  }
}

/** A person's page (`/people/:id`). */
export class PersonPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    // The autosave line (the page has other status messages, such as a calendar export's).
    this.status = page.locator('.save-state');
    this.notes = page.getByRole('textbox', { name: 'Notes' });
  }

  field(label) {
    return this.page.getByLabel(label, { exact: true });
  }
}

/** Planning and keeping a one-on-one (`/meetings/new`, `/meetings/:id`). */
export class MeetingPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.status = page.getByRole('combobox', { name: 'Status' });
    this.saved = page.locator('.save-state');
    this.purpose = page.getByRole('textbox', { name: 'Purpose' });
    this.outcomes = page.getByRole('textbox', { name: 'Hoped-for outcomes' });
    this.when = page.getByLabel('Date and time');
    this.place = page.getByRole('textbox', { name: 'Place' });
    this.guide = page.getByRole('combobox', { name: 'Guide' });
    this.channel = page.getByRole('combobox', { name: 'How you ask' });
    this.message = page.getByRole('textbox', { name: 'Request message' });
    this.request = page.getByRole('region', { name: 'The request' });
  }

  length(name) {
    return this.page.getByRole('group', { name: 'Length' }).getByRole('radio', { name, exact: true });
  }

  venue(name) {
    return this.page.getByRole('group', { name: 'Where' }).getByRole('radio', { name, exact: true });
  }

  async expectSaved() {
    await expect(this.saved).toHaveText('Saved on this device');
  }
}
