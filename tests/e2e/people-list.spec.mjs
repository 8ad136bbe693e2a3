// People with more than a screenful: most recent contact first, ten at a time, the stage from
// the one-on-ones held and the commitments open, tags one per spelling whatever their case,
// and a search that finds words in notes too. Seeded through a backup restore.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { BackupSection, PeoplePage } from './pages.mjs';

const DAY = 86_400_000;
const NOW = Date.parse('2030-05-14T10:00:00Z');
const two = (n) => String(n).padStart(2, '0');
const meta = (id, at) => ({ id, created_at: at, updated_at: at, schema: 1 });

// 25 people added a day apart (Person 25 the newest); Person 03 met the day before NOW,
// which puts them first; Person 07 met long ago and promised something still open.
const people = Array.from({ length: 25 }, (_, n) => ({
  meta: meta(`p${two(n + 1)}`, NOW - (40 - n) * DAY),
  name: `Person ${two(n + 1)}`,
  tags: n === 0 ? ['Childcare'] : n === 1 ? ['childcare', 'Transit'] : [],
  notes: n === 4 ? 'Works nights at the bakery on Elm' : '',
}));
const meetings = [
  { meta: meta('m1', NOW), person_id: 'p03', planned_minutes: 30, status: 'held', starts_at: NOW - DAY },
  { meta: meta('m2', NOW), person_id: 'p07', planned_minutes: 30, status: 'held', starts_at: NOW - 300 * DAY },
  { meta: meta('m3', NOW), person_id: 'p09', planned_minutes: 30, status: 'confirmed', starts_at: NOW + DAY },
];
const next_steps = [
  { meta: meta('s1', NOW), person_id: 'p07', text: 'Bring two coworkers', owner: 'them', kind: 'task', due_at: NOW + DAY },
];

async function seed(page) {
  await page.goto('/settings');
  const section = new BackupSection(page);
  const backup = { format: 'one-on-one-backup', version: 1, exported_at: NOW, app_version: '0.1.0', stores: { people, meetings, next_steps } };
  await section.restore({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(section.outcome).toContainText('Restored');
}

test('a long list shows ten at a time, most recent contact first, with each stage', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seed(page);
  const list = new PeoplePage(page);
  await list.open();
  await expect(list.cards).toHaveCount(10);
  // Met yesterday first; then the newest added (never met), newest first.
  await expect(list.cards.first()).toHaveText(/Person 03.*Met/);
  await expect(list.cards.nth(1)).toHaveText(/Person 25.*Not yet met/);
  await page.getByRole('button', { name: 'Show more people (15 left)' }).click();
  await expect(list.cards).toHaveCount(20);
  await page.getByRole('button', { name: 'Show more people (5 left)' }).click();
  await expect(list.cards).toHaveCount(25);
  await expect(page.getByRole('button', { name: /Show more people/ })).toHaveCount(0);
  await expect(list.card('Person 07')).toHaveText(/Active/, { useInnerText: true });
  await expect(list.card('Person 09')).toHaveText(/Not yet met/, { useInnerText: true });
  await expectNoAccessibilityViolations(page, 'a long people list');

  await list.stage.selectOption('Active');
  await expect(list.cards).toHaveText([/Person 07/]);
  await list.stage.selectOption('');
  await expect(list.cards).toHaveCount(10, { timeout: 5_000 });
});

test('tags are offered once whatever their case, and a search finds words in notes', async ({ page }) => {
  await seed(page);
  const list = new PeoplePage(page);
  await list.open();
  await expect(list.cards).toHaveCount(10);
  const options = await list.tag.locator('option').allTextContents();
  expect(options).toEqual(['Any tag', 'Childcare', 'Transit']);
  await list.tag.selectOption('Childcare');
  await expect(list.cards).toHaveText([/Person 02/, /Person 01/]);
  await list.tag.selectOption('');

  await list.search.fill('bakery');
  await expect(list.cards).toHaveText([/Person 05/]);
  await list.search.fill('person 1');
  // Person 1x (ten of them) and nobody else; ten shown, none left.
  await expect(list.cards).toHaveCount(10);
  await expect(page.getByRole('button', { name: /Show more people/ })).toHaveCount(0);
});
