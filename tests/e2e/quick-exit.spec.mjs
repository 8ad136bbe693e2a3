// Quick exit: one tap, or Escape twice, takes every name and note off the screen at once, with
// a neutral title and an address that names no one; what was being typed is kept; opening the
// app again shows it.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { PeoplePage, PersonPage } from './pages.mjs';

async function personWithNote(page, note) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Dolores Núñez');
  const person = new PersonPage(page);
  await person.notes.fill(note);
  return person;
}

test('the Hide button blanks the screen at once and keeps what was being typed', async ({ page }) => {
  await personWithNote(page, 'Afraid her manager will find out');
  // Tapped inside the autosave's delay: the note must still be written.
  await page.getByRole('button', { name: 'Hide the app (Esc twice)' }).click();
  await expect(page.getByText('Dolores')).toHaveCount(0);
  const shown = await page.evaluate(() => document.body.innerText);
  expect(shown).not.toMatch(/Dolores|manager|One-on-one|People|Today/);
  await expect(page).toHaveTitle('New tab');
  expect(new URL(page.url()).pathname).toBe('/');
  await expectNoAccessibilityViolations(page, 'the blank page');

  // Opened again, the app is back, and so is the note.
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('link', { name: /Dolores Núñez/ }).click();
  await expect(new PersonPage(page).notes).toHaveValue('Afraid her manager will find out');
});

test('Escape pressed twice hides the app; once does not', async ({ page }) => {
  await personWithNote(page, 'Works nights');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1000);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Dolores Núñez' }), 'two presses far apart do nothing').toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Dolores Núñez' })).toHaveCount(0);
  await expect(page).toHaveTitle('New tab');
});
