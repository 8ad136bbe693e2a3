// The commitment ledger and assessments over time, as an organizer meets one person twice: what
// they took on ends as kept, broken or dropped (on Follow-ups or in the next debrief), and their
// page shows their follow-through and how their engagement moved.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage } from './pages.mjs';

/** Holds a one-on-one from the person's page to its debrief. */
async function holdOneOnOne(page) {
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.purpose.fill('the house meetings');
  await meeting.expectSaved();
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await expect(page).toHaveURL(/\/debrief$/);
}

async function expectNoSidewaysScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
}

test('what they took on ends as kept, broken or dropped, and their page counts it', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Rosa Delgado');
  const personUrl = page.url();
  const story = page.getByRole('region', { name: 'At a glance' });
  await expect(story).toContainText('Nothing taken on yet');
  await expect(story).toContainText('Not assessed in a debrief yet.');

  // First one-on-one: one yes, one step of hers, and where she stands.
  await holdOneOnOne(page);
  await page.getByRole('button', { name: 'Add an ask' }).click();
  await page.getByRole('textbox', { name: 'Ask 1' }).fill('Host a house meeting');
  await page.getByRole('group', { name: 'Answer to ask 1' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('textbox', { name: 'Next step' }).fill('Invite five neighbours');
  await page.getByRole('group', { name: 'Who does it' }).getByRole('radio', { name: 'Rosa' }).check();
  await page.getByRole('button', { name: 'Add next step' }).click();
  await page.getByRole('combobox', { name: 'Engagement' }).selectOption({ label: '2 · Interested' });
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  // Nothing was taken on before this first one-on-one.
  await expect(page.getByRole('heading', { name: 'What they took on before' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Done' }).click();
  await expect(page).toHaveURL(personUrl);
  await expect(story).toContainText('2 open commitments, none ended yet');
  await expect(story.getByRole('img', { name: /^Engagement at 1 one-on-one: 2 · Interested on / })).toBeVisible();

  // Her step ends on Follow-ups: broken, taken back, then broken again.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Follow-ups' }).click();
  const endings = page.getByRole('group', { name: 'How it ended: Invite five neighbours' });
  await expect(endings.getByRole('button')).toHaveText(['Kept', 'Broken', 'Dropped']);
  await expect(page.getByRole('button', { name: 'Done: Invite five neighbours' })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await endings.getByRole('button', { name: 'Broken: Invite five neighbours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Broken: Invite five neighbours' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(endings).toBeVisible();
  await endings.getByRole('button', { name: 'Broken: Invite five neighbours' }).click();
  await expect(endings).toHaveCount(0);

  // Planning the next one-on-one shows where she stands before it.
  await page.goto(personUrl);
  await expect(story).toContainText('Kept 0 of 1 commitment · 1 broken · 1 open');
  await holdOneOnOne(page);
  await page.getByRole('link', { name: 'Meeting plan' }).click();
  await expect(page.getByText('Their follow-through: Kept 0 of 1 commitment · 1 broken · 1 open')).toBeVisible();
  await page.getByRole('link', { name: 'Debrief' }).click();

  // The second debrief asks how the yes of the first ended.
  const before = page.getByRole('list', { name: 'What they took on before' });
  await expect(before.getByRole('listitem')).toHaveCount(1);
  const howItEnded = before.getByRole('group', { name: 'How did it end: Host a house meeting' });
  await expect(howItEnded.getByRole('radio', { name: 'Still open' })).toBeChecked();
  await howItEnded.getByRole('radio', { name: 'Dropped' }).check();
  await howItEnded.getByRole('radio', { name: 'Kept' }).check();
  // Ended here, it stays listed to be changed, and the choice holds.
  await expect(before.getByRole('listitem')).toHaveCount(1);
  await expect(howItEnded.getByRole('radio', { name: 'Kept' })).toBeChecked();
  await page.getByRole('combobox', { name: 'Engagement' }).selectOption({ label: '4 · Committed' });
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await expectNoSidewaysScroll(page);
  await expectNoAccessibilityViolations(page, 'the debrief with what they took on before');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'What they took on before' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Engagement' })).toHaveValue('4');

  await page.goto(personUrl);
  await expect(story).toContainText('Kept 1 of 2 commitments · 1 broken');
    await expect(
    story.getByRole('img', { name: /^Engagement at 2 one-on-ones: 2 · Interested on .*, 4 · Committed on .*\.$/ }),
  ).toBeVisible();
  await expect(story).toContainText('From 2 · Interested to 4 · Committed over 2 debriefs');
  await expectNoSidewaysScroll(page);
  await expectNoAccessibilityViolations(page, 'the person page with follow-through and engagement over time');
});
