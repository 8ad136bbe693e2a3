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
  // A phone in no team has no teammates to speak of.
  await expect(person.notes).toHaveAccessibleDescription('');
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
  await expect(page.getByRole('button', { name: 'Kept: sensitive step with Ofelia Marsh' })).toBeVisible();
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

test('what is said in confidence during and after a meeting can be marked, and stays masked on their page and in search', async ({ page }) => {
  const person = await addPerson(page, 'Ofelia Marsh');
  const personUrl = page.url();
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.guide.selectOption({ label: 'Campaign one-to-one' });
  await meeting.expectSaved();
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await page.getByRole('button', { name: 'Start the meeting' }).click();

  // Live: the sparks and the quick notes on prompts, marked while the meeting goes on.
  await page.getByRole('textbox', { name: 'Sparks' }).fill('Her deportation case');
  await page.getByRole('button', { name: 'Sparks is sensitive' }).click();
  await expect(page.getByRole('textbox', { name: 'Sparks' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Notes on prompts is sensitive' }).click();
  await page.getByRole('button', { name: /What makes you angry/ }).click();
  const noteMask = page.getByRole('button', { name: /Note on: What makes you angry.*: sensitive, tap to show/ });
  await expect(noteMask).toBeVisible();
  await noteMask.click();
  await page.getByRole('textbox', { name: /Note on: What makes you angry/ }).fill('the foreman threatened her visa');
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('deportation');
  await expectNoAccessibilityViolations(page, 'the live screen with sensitive notes');
  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();

  // The debrief drafted from them is as sensitive as they were.
  await expect(page).toHaveURL(/\/debrief$/);
  await expect(page.getByRole('button', { name: 'Sparks and self-interest is sensitive' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Their story is sensitive' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/deportation|visa/);
  await page.getByRole('button', { name: 'Add an ask' }).click();
  await page.getByRole('textbox', { name: 'Ask 1' }).fill('Testify at the labour tribunal');
  await page.getByRole('button', { name: 'Asks and answers is sensitive' }).click();
  await expect(page.getByRole('textbox', { name: 'Ask 1' })).toHaveCount(0);
  await page.getByRole('textbox', { name: 'What will I need to remember?' }).fill('Her custody hearing in June');
  await page.getByRole('button', { name: 'What will I need to remember? is sensitive' }).click();
  await page.getByRole('textbox', { name: 'Next step' }).fill('Find her a union lawyer');
  await page.getByRole('checkbox', { name: /Sensitive/ }).check();
  await page.getByRole('button', { name: 'Add next step' }).click();
  await expect(page.locator('.save-state').first()).toHaveText('Saved on this device');
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/deportation|visa|tribunal|custody|lawyer/);
  await expectNoAccessibilityViolations(page, 'a debrief with every field marked sensitive');

  // Their page: the latest debrief and the open steps, masked until tapped.
  await page.goto(personUrl);
  await expect(page.getByRole('heading', { name: /From the one-on-one/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Their commitments' })).toBeVisible();
  expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/deportation|visa|tribunal|custody|lawyer/);
  await expect(page.getByRole('button', { name: 'Sensitive: tap to show' })).toHaveCount(4);
  await page.getByRole('list', { name: 'Asks and answers' }).getByRole('button', { name: 'Sensitive: tap to show' }).click();
  await expect(page.getByRole('list', { name: 'Asks and answers' })).toContainText('Testify at the labour tribunal');
  await expectNoAccessibilityViolations(page, 'their page with a sensitive debrief');

  // Search still finds them by those words, without saying the words.
  await page.goto('/search?q=tribunal');
  const found = page.getByRole('list', { name: 'Meetings', exact: true }).getByRole('link');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText('matched where it is marked sensitive');
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('tribunal');
});
