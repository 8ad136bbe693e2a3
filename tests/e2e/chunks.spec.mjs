// The wasm split by screen (scripts/split.mjs): every screen opens from a cold start by its
// address, the screens' code (and the search index's and the calendar file's) is precached by
// the service worker on a first visit and preloaded when idle on every later start, team sync's
// code is fetched only when a person opens Team, and a screen whose code
// cannot be fetched says so and offers a reload instead of a blank page.
import { test as plain } from '@playwright/test';
import { test, expect } from './fixtures.mjs';
import { ADDRESSES } from './addresses.mjs';
import { AppShell, untilWorkerControls } from './pages.mjs';

for (const { path, heading } of ADDRESSES) {
  test(`a cold start at ${path} opens ${heading}`, async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open(path);
    await expect(shell.heading(heading)).toBeVisible();
  });
}

// Plain Playwright: the failed fetch of Team's code is logged by the chunk loader, on purpose.
plain('offline after one visit, every screen opens from a cold start; Team, never opened, says why it cannot', async ({ page, context }) => {
  // Fifteen cold starts: 13 to 15 s here with the CPU halved by a busy neighbour.
  plain.setTimeout(60_000);
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.goto('/');
  await untilWorkerControls(page);
  await context.setOffline(true);
  const shell = new AppShell(page);
  for (const { path, heading } of ADDRESSES.filter(({ path }) => path !== '/settings/team')) {
    await page.goto(path);
    await expect(shell.heading(heading), path).toBeVisible();
  }
  // Team sync's code is fetched only on demand: offline before its first visit, the page
  // says so instead of going blank, and the app goes on working.
  await page.goto('/settings/team');
  await expect(shell.heading('This screen could not be opened')).toBeVisible();
  await page.getByRole('link', { name: 'Go to Today' }).click();
  await expect(shell.heading('Today')).toBeVisible();
  expect(uncaught).toEqual([]);
});

/** The screens' own modules (`split_<screen>-<hash>.wasm`) the page fetched. */
function screenModulesFetched(page) {
  const fetched = new Set();
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.match(/^\/split_([a-z_]+)-[0-9a-f]+\.wasm$/);
    if (name) fetched.add(name[1]);
  });
  return fetched;
}

/** The paths of the files in the service worker's cache of this version. */
function cachedFiles(page) {
  return page.evaluate(async () => {
    const name = (await caches.keys()).find((key) => key.startsWith('one-on-one-'));
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
}

/** The chunks the idle preload fetches (with the search index's, fetched by search itself). */
const PRELOADED = [
  'calendar_file', 'follow_ups', 'growth_page', 'guide_page', 'guides_list', 'map_page', 'meeting_debrief',
  'meeting_live', 'meeting_new', 'meeting_page', 'people_import', 'people_list', 'person_new', 'person_page',
  'search_index', 'search_page', 'settings_page',
];

test('a first visit leaves the screens to the service worker; the next start preloads them from its cache', async ({ page }) => {
  const fetched = screenModulesFetched(page);
  const shell = new AppShell(page);
  await shell.open('/');
  await untilWorkerControls(page);
  // The search index's code is fetched 1.5 s after the start; the preload would have begun.
  await expect.poll(() => fetched.has('search_index'), { timeout: 15_000 }).toBe(true);
  expect([...fetched]).toEqual(['search_index']);
  const precached = await cachedFiles(page);
  for (const chunk of PRELOADED) expect(precached.some((path) => path.startsWith(`/split_${chunk}-`)), chunk).toBe(true);

  fetched.clear();
  const fromWorker = [];
  page.on('response', (response) => {
    if (/\/split_[a-z_]+-[0-9a-f]+\.wasm$/.test(response.url())) fromWorker.push(response.fromServiceWorker());
  });
  await page.reload();
  await expect(shell.heading('Today')).toBeVisible();
  await expect.poll(() => fetched.size, { timeout: 15_000 }).toBe(PRELOADED.length);
  expect([...fetched].sort()).toEqual(PRELOADED);
  expect(fromWorker.every((answered) => answered)).toBe(true);
});

test('with sync off, team sync is never downloaded; opening Team fetches it and keeps it for offline', async ({ page, context }) => {
  const fetched = screenModulesFetched(page);
  const shell = new AppShell(page);
  await shell.open('/');
  await untilWorkerControls(page);
  await page.reload();
  await expect.poll(() => fetched.size, { timeout: 15_000 }).toBe(PRELOADED.length);
  await shell.nav.getByRole('link', { name: 'Settings' }).click();
  await expect(shell.heading('Settings')).toBeVisible();
  expect(fetched.has('team_settings')).toBe(false);
  const precached = await cachedFiles(page);
  expect(precached.some((path) => path.startsWith('/split_settings_page-'))).toBe(true);
  expect(precached.filter((path) => path.startsWith('/split_team_'))).toEqual([]);

  await page.getByRole('link', { name: 'Set up team sync' }).click();
  await expect(shell.heading('Team')).toBeVisible();
  expect(fetched.has('team_settings')).toBe(true);
  await expect.poll(async () => (await cachedFiles(page)).some((path) => path.startsWith('/split_team_settings-'))).toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(shell.heading('Team')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Join the team' })).toBeVisible();
});

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('Today paints from the main module; every other screen is fetched once it has', async ({ page }) => {
    const fetched = screenModulesFetched(page);
    const shell = new AppShell(page);
    await shell.open('/');
    await expect(shell.heading('Today')).toBeVisible();
    await expect.poll(() => fetched.size, { timeout: 15_000 }).toBe(PRELOADED.length);
    expect([...fetched].sort()).toEqual(PRELOADED);
    // Fetched already: opening a screen now asks the network for nothing more.
    const before = fetched.size;
    await shell.nav.getByRole('link', { name: 'Settings' }).click();
    await expect(shell.heading('Settings')).toBeVisible();
    expect(fetched.size).toBe(before);
  });
});

plain.describe('a screen whose code cannot be fetched', () => {
  plain.use({ serviceWorkers: 'block' });

  plain('says so, offers a reload, and the reload opens it', async ({ page }) => {
    const uncaught = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    let refuse = true;
    await page.route(/\/split_settings_page-[0-9a-f]+\.wasm$/, (route) => (refuse ? route.abort() : route.continue()));
    await page.goto('/settings');
    await expect(page.getByRole('alert')).toContainText('This screen could not be opened');
    await expect(page.getByRole('heading', { name: 'This screen could not be opened', level: 1 })).toBeVisible();
    // The rest of the app still works: the way home and the navigation.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('button', { name: 'Reload to update' })).toBeVisible();

    refuse = false;
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
    expect(uncaught).toEqual([]);
  });

  plain('a calendar file whose code cannot be fetched says so, and the screen goes on', async ({ page }) => {
    const uncaught = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    await page.route(/\/split_calendar_file-[0-9a-f]+\.wasm$/, (route) => route.abort());
    await page.goto('/people');
    await page.getByRole('link', { name: 'Add person' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill('Ana');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
    await page.getByLabel('Date and time').fill('2030-05-14T18:30');
    await page.getByRole('button', { name: 'Add this meeting to calendar' }).click();
    await expect(page.getByText('The calendar file could not be made just now. Reload the app to try again.')).toBeVisible();
    await expect(page.getByLabel('Date and time')).toHaveValue('2030-05-14T18:30');
    expect(uncaught).toEqual([]);
  });

  plain('search whose index code cannot be fetched says so instead of waiting for ever', async ({ page }) => {
    const uncaught = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    await page.route(/\/split_search_index-[0-9a-f]+\.wasm$/, (route) => route.abort());
    await page.goto('/search');
    await expect(page.getByRole('alert')).toContainText('Search could not be loaded just now. Reload the app to try again.');
    await expect(page.getByText('Getting your notes ready…')).toHaveCount(0);
    expect(uncaught).toEqual([]);
  });
});
