// The app shell as a person meets it: renders, navigates, fits a small phone, is accessible.
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { AppShell, SCREENS, SettingsPage } from './pages.mjs';

const cargoVersion = readFileSync(new URL('../../Cargo.toml', import.meta.url), 'utf8').match(
  /^version = "([^"]+)"/m,
)[1];

test('the release build renders Today', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/');
  await expect(shell.heading('Today')).toBeVisible();
  await expect(page).toHaveTitle('Today · One-on-one');
  await expect(shell.navLink('Today')).toHaveAttribute('aria-current', 'page');
});

test('every tab is reached by its name and marks itself current', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/');
  for (const screen of [...SCREENS.slice(1), SCREENS[0]]) {
    await shell.goTo(screen.link);
    await expect(shell.heading(screen.heading)).toBeVisible();
    await expect(page).toHaveURL(screen.path);
    await expect(page).toHaveTitle(`${screen.heading} · One-on-one`);
    await expect(shell.navLink(screen.link)).toHaveAttribute('aria-current', 'page');
    const others = SCREENS.filter((s) => s.link !== screen.link);
    for (const other of others) {
      await expect(shell.navLink(other.link)).not.toHaveAttribute('aria-current', 'page');
    }
  }
});

test('back and forward move between screens', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/');
  // Each screen seen before the next tap, as a person would: a tap on another tab while a
  // screen's code is still arriving replaces that navigation rather than stacking it.
  await shell.goTo('People');
  await expect(shell.heading('People')).toBeVisible();
  await shell.goTo('Settings');
  await expect(shell.heading('Settings')).toBeVisible();
  await page.goBack();
  await expect(shell.heading('People')).toBeVisible();
  await page.goForward();
  await expect(shell.heading('Settings')).toBeVisible();
});

for (const screen of SCREENS) {
  test(`the deep link ${screen.path} opens ${screen.heading}`, async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open(screen.path);
    await expect(shell.heading(screen.heading)).toBeVisible();
  });
}

test('an unknown address gets a friendly page with a way home', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/no/such/place');
  await expect(shell.heading('Page not found')).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(shell.heading('Today')).toBeVisible();
  await expect(page).toHaveURL('/');
});

for (const colorScheme of ['light', 'dark']) {
  test(`no accessibility violations on any screen (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    const shell = new AppShell(page);
    for (const path of [...SCREENS.map((s) => s.path), '/people/new', '/no/such/place']) {
      await shell.open(path);
      await expectNoAccessibilityViolations(page, `${path} in ${colorScheme}`);
    }
  });
}

test('fits a 320 px phone: no sideways scrolling, tabs large enough for a thumb', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const shell = new AppShell(page);
  for (const screen of SCREENS) {
    await shell.open(screen.path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways overflow on ${screen.path}`).toBe(0);
  }
  for (const screen of SCREENS) {
    const box = await shell.navLink(screen.link).boundingBox();
    expect(box.width, `${screen.link} tab width`).toBeGreaterThanOrEqual(44);
    expect(box.height, `${screen.link} tab height`).toBeGreaterThanOrEqual(44);
  }
});

test('Settings shows the version of this build', async ({ page }) => {
  const shell = new AppShell(page);
  await shell.open('/settings');
  const version = page.getByRole('definition').filter({ hasText: cargoVersion });
  await expect(version).toHaveText(cargoVersion);
});

test('the theme follows the system until chosen, and the choice survives a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const shell = new AppShell(page);
  const settings = new SettingsPage(page);
  const background = () =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await shell.open('/settings');
  await expect(settings.themeOption('Same as the phone')).toBeChecked();
  const systemDark = await background();

  await settings.themeOption('Light').check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await background();
  expect(light).not.toBe(systemDark);

  await page.reload();
  await expect(settings.themeOption('Light')).toBeChecked();
  expect(await background()).toBe(light);

  await settings.themeOption('Same as the phone').check();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
  expect(await background()).toBe(systemDark);
});
