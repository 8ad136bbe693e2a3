// Guides through the real UI: edit a built-in and restore it, build your own, and a meeting
// keeps the copy of the guide it started with.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage } from './pages.mjs';

const guideCards = (page) => page.getByRole('list', { name: 'Guides' }).getByRole('link');

test('a built-in guide can be changed, survives a reload, and is restored as shipped', async ({ page }) => {
  await page.goto('/guides');
  await expect(guideCards(page)).toHaveCount(3);
  await guideCards(page).filter({ hasText: 'Campaign one-to-one' }).click();
  await expect(page.getByRole('heading', { name: 'Campaign one-to-one', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: 'Title of section 2' }).fill('Us & Now <b>today</b>');
  await page.getByRole('button', { name: 'Move section 4 up' }).click();
  await expect(page.getByRole('textbox', { name: 'Title of section 3' })).toHaveValue('Next steps');
  await page.getByRole('button', { name: 'Remove prompt 1 of section 1' }).click();
  await expect(page.getByRole('textbox', { name: 'Question, prompt 1 of section 1' })).toHaveValue(
    'What do you do for work, and with your free time?',
  );
  await page.getByRole('button', { name: 'Add prompt to section 1' }).click();
  await page.getByRole('textbox', { name: 'Question, prompt 6 of section 1' }).fill('Who do you trust most here?');
  await page.getByRole('textbox', { name: 'Hint, prompt 6 of section 1' }).fill('Listen for names');
  await page.getByRole('spinbutton', { name: 'Share of the time for section 1 (%)' }).fill('50');
  await expect(page.getByText('The sections\' shares add up to 110%, not 100%.')).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await expectNoAccessibilityViolations(page, 'the guide editor');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title of section 2' })).toHaveValue('Us & Now <b>today</b>');
  await expect(page.getByRole('textbox', { name: 'Hint, prompt 6 of section 1' })).toHaveValue('Listen for names');
  await page.getByRole('button', { name: 'Restore as shipped…' }).click();
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Title of section 2' })).toHaveValue('Story of Us and Now');
  await expect(page.getByRole('textbox', { name: 'Question, prompt 1 of section 1' })).toHaveValue(
    'Where did you grow up? How long have you lived here?',
  );
});

test('your own guide: new, duplicated, chosen for a meeting, which keeps its copy', async ({ page }) => {
  await page.goto('/guides');
  await page.getByRole('button', { name: 'New guide' }).click();
  await expect(page).toHaveURL(/\/guides\/[0-9a-f-]{36}$/);
  await page.getByRole('textbox', { name: 'Guide name' }).fill('House visit');
  await page.getByRole('textbox', { name: 'Title of section 1' }).fill('Their block');
  await page.getByRole('textbox', { name: 'Question, prompt 1 of section 1' }).fill('What would you change on this street?');
  await page.getByRole('button', { name: 'Add section' }).click();
  await page.getByRole('textbox', { name: 'Title of section 2' }).fill('The ask');
  await page.getByRole('textbox', { name: 'Question, prompt 1 of section 2' }).fill('Will you come on Saturday?');
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name: 'Copy of House visit', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Delete guide…' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page).toHaveURL('/guides');
  await expect(guideCards(page)).toHaveText([/Relationship/, /Campaign/, /Structured/, /House visit/]);

  const people = new PeoplePage(page);
  await people.open();
  await people.add('Ana');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.guide.selectOption({ label: 'House visit' });
  await meeting.expectSaved();
  const meetingUrl = page.url();
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await expect(page.getByRole('heading', { name: 'Their block', level: 2 })).toBeVisible();
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');

  // Editing the guide afterwards does not rewrite the meeting.
  await page.goto('/guides');
  await guideCards(page).filter({ hasText: 'House visit' }).click();
  await page.getByRole('textbox', { name: 'Title of section 1' }).fill('Renamed later');
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await page.goto(`${new URL(meetingUrl).pathname}/live`);
  await expect(page.getByRole('heading', { name: 'Their block', level: 2 })).toBeVisible();
});

test('a link to a guide that is not here says so', async ({ page }) => {
  await page.goto('/guides/no-such-guide');
  await expect(page.getByRole('heading', { name: 'Guide not found', level: 1 })).toBeVisible();
});
