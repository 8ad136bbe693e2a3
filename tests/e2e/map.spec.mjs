// The relationship map through the real UI: seeded through a backup restore, then found from
// People, read as flags and as a list, searched, zoomed, dragged and tapped; and a link added
// by hand on a person's page drawn on it.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { BackupSection } from './pages.mjs';

const NOW = new Date('2030-05-14T10:00:00Z').getTime();
const meta = (id) => ({ id, created_at: NOW - 86_400_000, updated_at: NOW - 86_400_000, schema: 1 });
const person = (id, name, extra = {}) => ({ meta: meta(id), name, ...extra });

const SEED = {
  people: [
    person('ana', 'Ana Lopez'),
    person('ben', 'Ben Okafor', { referred_by: 'ana' }),
    person('cy', 'Cy Diaz', { referred_by: 'ana' }),
    person('dee', 'Dee Park', { links: [{ id: 'l1', to: 'ben', word: 'works with' }] }),
    person('eve', 'Eve Stone', { links: [{ id: 'l2', to: 'ben', word: 'knows' }] }),
    person('fay', 'Fay Wong', { organizations: ['Tenants Union'] }),
    person('gus', 'Gus Ruiz', { organizations: ['tenants union'] }),
    person('hal', 'Hal Berg'),
  ],
  meetings: [
    { meta: meta('m1'), person_id: 'ana', planned_minutes: 30, starts_at: NOW - 86_400_000, status: 'held' },
  ],
};

async function seed(page) {
  await page.goto('/settings');
  const stores = SEED;
  const file = JSON.stringify({ format: 'one-on-one-backup', version: 1, exported_at: NOW, app_version: '0.1.0', stores });
  const section = new BackupSection(page);
  await section.restore({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(section.outcome).toContainText('Restored');
}

test('the map shows who knows whom, flags whom to meet, and opens a person with a tap', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await seed(page);
  await page.goto('/people');
  await page.getByRole('link', { name: 'See the map of who knows whom' }).click();
  await expect(page.getByRole('heading', { name: 'Map', level: 1 })).toBeVisible();
  const map = page.getByRole('img', { name: 'Map of 8 people; the list below says the same in words.' });
  await expect(map).toBeVisible();

  // What to act on.
  await expect(page.getByRole('list', { name: 'Named by many, not met yet' }).getByRole('listitem')).toHaveText([
    'Ben Okafor · named by 3',
  ]);
  await expect(page.getByRole('list', { name: 'Groups no one has reached' }).getByRole('listitem')).toHaveText([
    'Tenants Union (organization) · 2 people',
  ]);
  // The same in words.
  const group = page.getByRole('list', { name: 'Group 1: 5 people' });
  await expect(group.getByRole('listitem')).toHaveText([
    'Ana Lopez · Met · referred Ben Okafor, Cy Diaz',
    'Ben Okafor · Not yet met · referred by Ana Lopez; works with Dee Park; knows Eve Stone',
    'Cy Diaz · Not yet met · referred by Ana Lopez',
    'Dee Park · Not yet met · works with Ben Okafor',
    'Eve Stone · Not yet met · knows Ben Okafor',
  ]);
  await expect(page.getByText('3 people are tied to no one yet.')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expectNoAccessibilityViolations(page, 'the map');

  // Zoom with the buttons, move with a finger (a mouse here).
  const viewBox = () => map.getAttribute('viewBox');
  const whole = await viewBox();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const closer = await viewBox();
  expect(Number(closer.split(' ')[2])).toBeLessThan(Number(whole.split(' ')[2]));
  const box = await map.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 30, { steps: 5 });
  await page.mouse.up();
  const moved = (await viewBox()).split(' ').map(Number);
  expect(moved[0]).toBeLessThan(Number(closer.split(' ')[0]));
  expect(moved[2]).toBe(Number(closer.split(' ')[2]));
  await page.getByRole('button', { name: 'Show all' }).click();
  expect(await viewBox()).toBe(whole);

  // Found by name, centred, and opened with a tap on them.
  await page.getByRole('searchbox', { name: 'Find on the map' }).fill('okaf');
  await page.getByRole('list', { name: 'People found on the map' }).getByRole('button', { name: 'Ben Okafor' }).click();
  await expect(page.locator('.map-focus')).toHaveCount(1);
  await expect(map.getByText('Ben Okafor')).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/\/people\/ben$/);
  await expect(page.getByRole('heading', { name: 'Ben Okafor', level: 1 })).toBeVisible();
  // The small map on their page: whoever referred them, a tap away.
  // Followed by the app, not by loading it again.
  await page.evaluate(() => { window.stillLoaded = true; });
  const small = page.getByRole('figure', { name: 'Who they are tied to' });
  await small.getByRole('link', { name: 'Ana Lopez, referred them' }).click();
  await expect(page.getByRole('heading', { name: 'Ana Lopez', level: 1 })).toBeVisible();
  expect(await page.evaluate(() => window.stillLoaded)).toBe(true);
  await expect(small.getByRole('link')).toHaveText(['Ben Okafor', 'Cy Diaz']);
  await expect(small.getByRole('link', { name: 'Cy Diaz, they referred' })).toBeVisible();
});

test('a link added on a person\'s page is drawn on the map, and a person\'s page opens the map on them', async ({ page }) => {
  await seed(page);
  await page.goto('/people/hal');
  await expect(page.getByRole('heading', { name: 'Hal Berg', level: 1 })).toBeVisible();
  await expect(page.getByText('No one yet: link people who know each other')).toBeVisible();
  await page.getByRole('combobox', { name: 'How they are linked' }).fill('  family ');
  await page.getByRole('searchbox', { name: 'Link to' }).fill('fay');
  await page.getByRole('list', { name: 'People to link to' }).getByRole('button', { name: 'Fay Wong' }).click();
  const links = page.getByRole('list', { name: 'Linked to' });
  await expect(links.getByRole('listitem')).toHaveText([/Fay Wong · family/]);
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await page.reload();
  await expect(links.getByRole('link', { name: 'Fay Wong' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Who they are tied to' }).getByRole('link', { name: 'Fay Wong, family' })).toBeVisible();
  await expectNoAccessibilityViolations(page, 'a person page with links and the small map');

  await page.getByRole('link', { name: 'See them on the map' }).click();
  await expect(page).toHaveURL(/\/map\?person=hal$/);
  await expect(page.locator('.map-focus')).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Group 2: 2 people' }).getByRole('listitem')).toHaveText([
    'Fay Wong · Not yet met · family Hal Berg',
    'Hal Berg · Not yet met · family Fay Wong',
  ]);
  await expect(page.getByText('1 person is tied to no one yet.')).toBeVisible();

  await page.goto('/people/hal');
  await links.getByRole('button', { name: 'Remove the link to Fay Wong' }).click();
  await expect(links).toHaveCount(0);
  await expect(page.getByText('No one yet: link people who know each other')).toBeVisible();
});
