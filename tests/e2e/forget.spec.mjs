// Forgetting a person: they, their one-on-ones with the notes in them and their next steps leave
// every place the app keeps words (IndexedDB, the journal, Today's snapshot, the search index),
// and People says so.
import { test, expect } from './fixtures.mjs';
import { PeoplePage, PersonPage } from './pages.mjs';
import { everythingStored } from './stored-words.mjs';

test('a forgotten person leaves no word behind, and People says so', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Zebulon Quartz');
  const person = new PersonPage(page);
  await person.notes.fill('Marigold grievance about the night shift');
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  await page.getByRole('textbox', { name: 'Purpose' }).fill('Saffron campaign ask');
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  // Today keeps its snapshot, and search builds its index with these words in them.
  await page.getByRole('link', { name: 'Today' }).first().click();
  await expect(page.getByText('Zebulon Quartz').first()).toBeVisible();
  await page.goto('/search?q=marigold');
  await expect(page.getByRole('link', { name: /Zebulon Quartz/ }).first()).toBeVisible();
  const before = await everythingStored(page);
  for (const word of ['Zebulon', 'Marigold', 'Saffron']) expect(before).toContain(word);

  await page.getByRole('link', { name: /Zebulon Quartz/ }).first().click();
  await page.getByRole('button', { name: 'Forget this person…' }).click();
  await expect(page.getByText('Forget Zebulon Quartz? Their one-on-ones, notes and next steps are erased from this phone for good.')).toBeVisible();
  await page.getByRole('button', { name: 'Forget', exact: true }).click();
  await expect(page).toHaveURL('/people');
  await expect(page.getByRole('status').filter({ hasText: 'forgotten' })).toHaveText(
    'Zebulon Quartz was forgotten: erased from this phone with 1 one-on-one and 0 next steps.',
  );

  // Search no longer finds them, and no store holds a word of theirs.
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('searchbox', { name: 'Search everything' }).fill('marigold');
  await expect(page.getByRole('link', { name: /Zebulon Quartz/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Today' }).first().click();
  await expect(page.getByText('Zebulon Quartz')).toHaveCount(0);
  const after = await everythingStored(page);
  for (const word of ['Zebulon', 'Quartz', 'Marigold', 'night shift', 'Saffron']) {
    expect(after, `"${word}" is still stored`).not.toContain(word);
  }
  // Opened again, nothing of them comes back.
  await page.reload();
  await expect(page.getByText('Zebulon Quartz')).toHaveCount(0);
  expect(await everythingStored(page)).not.toContain('Zebulon');
});
