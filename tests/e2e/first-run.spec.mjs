// A first run that leads: Today on a phone that holds no one shows one first step (add a
// person) and an example to try; the example fills Today, People and a person's page, stays
// through a reload, and one tap removes all of it. A phone with people of its own shows none.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { PeoplePage } from './pages.mjs';

test('a fresh phone starts with one clear step, an example to try, and one tap to remove it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/');
  const start = page.getByRole('region', { name: 'Start here' });
  await expect(start).toBeVisible();
  await expect(start.getByRole('link', { name: 'Add a person' })).toHaveAttribute('href', '/people/new');
  await expectNoAccessibilityViolations(page, 'Today on a first run');

  await start.getByRole('button', { name: 'Try an example' }).click();
  const example = page.getByRole('region', { name: 'An example' });
  await expect(example).toBeVisible();
  await expect(start).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Due follow-ups' })).toContainText('Send Maya the request for a coffee');
  await expect(page.getByRole('list', { name: 'Upcoming meetings' })).toContainText('Maya Example');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
  await expectNoAccessibilityViolations(page, 'Today with the example');

  await page.reload();
  await expect(example).toBeVisible();
  const people = new PeoplePage(page);
  await people.open();
  await people.card('Maya Example').click();
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(/her rent went up twice/);

  await page.goto('/');
  await example.getByRole('button', { name: 'Remove the example' }).click();
  await expect(start).toBeVisible();
  await expect(example).toHaveCount(0);
  await expect(page.getByText('Nothing due')).toBeVisible();
  await expect(page.getByText('No meetings planned')).toBeVisible();
  await people.open();
  await expect(people.card('Maya Example')).toHaveCount(0);
});

test('a phone with people of its own shows no first step', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Rosa Marquez');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Due follow-ups' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Waiting for a first one-on-one' })).toContainText('Rosa Marquez');
  await expect(page.getByRole('region', { name: 'Start here' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'An example' })).toHaveCount(0);
});
