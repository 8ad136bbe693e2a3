// Sensitive fields: a note, a purpose or a next step marked sensitive is masked until tapped,
// stays masked after a reload, and is never written into a calendar file, a request message
// or Today's snapshot.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage, PersonPage } from './pages.mjs';

async function addPerson(page, name) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add(name);
  return new PersonPage(page);
}

test('a note marked sensitive is masked until tapped, and stays masked after a reload', async ({ page }) => {
  const person = await addPerson(page, 'Ofelia Marsh');
  await person.notes.fill('Afraid of the raids at the plant');
  const mark = page.getByRole('button', { name: 'Notes is sensitive' });
  await expect(mark).toHaveAttribute('aria-pressed', 'false');
  await mark.click();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(person.notes).toHaveCount(0);
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('raids');
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await expectNoAccessibilityViolations(page, 'a person with a sensitive note');
  await page.reload();
  const show = page.getByRole('button', { name: 'Notes: sensitive, tap to show' });
  await expect(show).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('raids');
  await show.click();
  await expect(person.notes).toHaveValue('Afraid of the raids at the plant');
  await expect(person.notes).toBeFocused();
  // Taken off, the note shows as any other.
  await mark.click();
  await page.reload();
  await expect(person.notes).toHaveValue('Afraid of the raids at the plant');
});

test('a sensitive purpose is left out of the request and of the calendar file', async ({ page }) => {
  await addPerson(page, 'Ofelia Marsh');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.purpose.fill('her asylum hearing');
  await meeting.when.fill('2030-05-14T18:30');
  await expect(meeting.message).toHaveValue(/talk about her asylum hearing/);
  await page.getByRole('button', { name: 'Purpose is sensitive' }).click();
  await expect(meeting.purpose).toHaveCount(0);
  await expect(meeting.message).toHaveValue(/talk about what we are working on/);
  expect(await meeting.message.inputValue()).not.toContain('asylum');
  await expect(page.getByRole('button', { name: 'Purpose: sensitive, tap to show' })).toBeVisible();
  await meeting.expectSaved();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add this meeting to calendar' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  expect(event.getFirstPropertyValue('summary')).toBe('One-on-one with Ofelia Marsh');
  expect(text).not.toContain('asylum');
});

test('a next step marked sensitive is masked on Follow-ups and Today and kept out of its calendar event', async ({ page }) => {
  await addPerson(page, 'Ofelia Marsh');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.purpose.fill('Catch up');
  await meeting.expectSaved();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/debrief`);
  await page.getByRole('textbox', { name: 'Next step' }).fill('Find her an immigration lawyer');
  await page.getByRole('checkbox', { name: /Sensitive/ }).check();
  const today = new Date();
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  await page.getByLabel('Due').fill(date);
  await page.getByRole('button', { name: 'Add next step' }).click();
  await expect(page.getByRole('list', { name: 'Next steps agreed' })).toContainText('a sensitive step');
  await expect(page.getByRole('list', { name: 'Next steps agreed' })).not.toContainText('lawyer');

  await page.getByRole('link', { name: 'Follow-ups' }).first().click();
  const show = page.getByRole('button', { name: 'Sensitive: tap to show' });
  await expect(show).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('lawyer');
  await expect(page.getByRole('button', { name: 'Done: sensitive step with Ofelia Marsh' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add to calendar: sensitive step with Ofelia Marsh' }).click();
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).not.toContain('lawyer');
  await show.click();
  await expect(page.getByText('Find her an immigration lawyer')).toBeVisible();

  // Today shows it masked too, and its snapshot keeps no word of it.
  await page.getByRole('link', { name: 'Today' }).first().click();
  await expect(page.getByRole('button', { name: 'Sensitive: tap to show' })).toBeVisible();
  await page.waitForFunction(() => localStorage.getItem('one-on-one.today'));
  expect(await page.evaluate(() => localStorage.getItem('one-on-one.today'))).not.toContain('lawyer');
  await expectNoAccessibilityViolations(page, 'Today with a sensitive step');
});
