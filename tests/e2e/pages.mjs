// Page objects: how a person sees the app shell, by role and accessible name.
import { expect } from './fixtures.mjs';

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
