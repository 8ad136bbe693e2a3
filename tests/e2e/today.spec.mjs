// Today with more than a glance of data: each list shows its first ten, soonest (or most
// telling) first, and "Show more" adds ten at a time. Seeded through a backup restore.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { BackupSection } from './pages.mjs';

const NOW = new Date('2030-05-14T10:00:00Z');
const DAY = 86_400_000;
const meta = (id, created = NOW.getTime() - 30 * DAY) => ({ id, created_at: created, updated_at: created, schema: 1 });
const two = (n) => String(n).padStart(2, '0');

// 23 people with a confirmed meeting each, one a day from tomorrow, and one with a planned
// meeting not yet dated (it comes last); 12 people never met, the even ones referred by
// Person 01, each added a day after the one before.
const met = Array.from({ length: 24 }, (_, n) => ({ meta: meta(`p${two(n + 1)}`), name: `Person ${two(n + 1)}` }));
const waiting = Array.from({ length: 12 }, (_, n) => ({
  meta: meta(`w${two(n + 1)}`, NOW.getTime() - (20 - n) * DAY),
  name: `Waiting ${two(n + 1)}`,
  referred_by: n % 2 === 1 ? 'p01' : null,
}));
const meetings = met.map((person, n) => ({
  meta: meta(`m${two(n + 1)}`),
  person_id: person.meta.id,
  purpose: 'the rent',
  planned_minutes: 30,
  starts_at: n < 23 ? NOW.getTime() + (n + 1) * DAY : null,
  status: n < 23 ? 'confirmed' : 'planned',
}));

// Thirteen open steps due: twelve overdue by 12 to 1 days and one later today; three done
// ones overdue and one open step due tomorrow, none of which is due.
const step = (id, dueInDays, done_at = null) => ({
  meta: meta(id),
  person_id: 'p01',
  text: `Step ${id}`,
  due_at: NOW.getTime() + dueInDays * DAY,
  done_at,
});
const steps = [
  ...Array.from({ length: 12 }, (_, n) => step(`s${two(n + 1)}`, n - 12)),
  step('s13', 0.25),
  ...['d1', 'd2', 'd3'].map((id) => step(id, -20, NOW.getTime() - DAY)),
  step('t1', 1),
];

async function seed(page) {
  await page.clock.install({ time: NOW });
  await page.goto('/settings');
  const section = new BackupSection(page);
  const backup = { format: 'one-on-one-backup', version: 1, exported_at: NOW.getTime(), app_version: '0.1.0', stores: { people: [...met, ...waiting], meetings, next_steps: steps } };
  await section.restore({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(section.outcome).toContainText('Restored');
}

test('long lists on Today show ten at a time, soonest first', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seed(page);
  await page.goto('/');
  const upcoming = page.getByRole('list', { name: 'Upcoming meetings' }).getByRole('link');
  const names = (from, to) => met.slice(from, to).map((p) => new RegExp(p.name));
  // The cards come with their names, never first without them.
  await upcoming.first().waitFor();
  expect(await upcoming.allTextContents()).toEqual(met.slice(0, 10).map((p) => expect.stringContaining(p.name)));
  await expect(upcoming).toHaveText(names(0, 10));
  await page.getByRole('button', { name: 'Show more meetings (14 left)' }).click();
  await expect(upcoming).toHaveText(names(0, 20));
  await page.getByRole('button', { name: 'Show more meetings (4 left)' }).click();
  await expect(upcoming).toHaveText(names(0, 24));
  await expect(page.getByRole('button', { name: /Show more meetings/ })).toHaveCount(0);

  // Open steps due by the end of today, the most overdue first; done ones and tomorrow's not.
  const due = page.getByRole('list', { name: 'Due follow-ups' }).locator('.card-title');
  const stepNames = (from, to) => steps.slice(from, to).map((s) => s.text);
  await expect(due).toHaveText(stepNames(0, 10));
  await page.getByRole('button', { name: 'Show more follow-ups (3 left)' }).click();
  await expect(due).toHaveText(stepNames(0, 13));
  await page.getByRole('button', { name: 'Done: Step s01' }).click();
  await expect(due).toHaveText(stepNames(1, 13));
  await page.reload();
  await expect(due).toHaveText(stepNames(1, 11));
  await expect(page.getByRole('button', { name: 'Show more follow-ups (2 left)' })).toBeVisible();

  // Referred people first, then the most recently added.
  const waitingList = page.getByRole('list', { name: 'Waiting for a first one-on-one' }).locator('.card-title');
  const referred = ['12', '10', '08', '06', '04', '02'].map((n) => `Waiting ${n}`);
  const notMet = ['11', '09', '07', '05', '03', '01'].map((n) => `Waiting ${n}`);
  await expect(waitingList).toHaveText([...referred, ...notMet].slice(0, 10));
  await page.getByRole('button', { name: 'Show more people (2 left)' }).click();
  await expect(waitingList).toHaveText([...referred, ...notMet]);
  await expectNoAccessibilityViolations(page, 'Today with long lists');

  // A card opens its meeting inside the running app, without loading the page again.
  await page.evaluate(() => { window.stillThisPage = true; });
  await upcoming.first().click();
  await expect(page).toHaveURL(/\/meetings\/m01$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Person 01');
  expect(await page.evaluate(() => window.stillThisPage)).toBe(true);
});
