// The debrief through the real UI: prefilled from the live capture, asks and answers, next
// steps with owners and dates, a check-in, referrals that become people, and all of it on the
// person's page afterwards.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage } from './pages.mjs';

test('debrief with two referrals and three next steps, then find it all on their page', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Dolores Núñez');
  const personUrl = page.url();
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.guide.selectOption({ label: 'Campaign one-to-one' });
  await meeting.expectSaved();
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: /What makes you angry/ }).click();
  await page.getByRole('textbox', { name: /Note on: What makes you angry/ }).fill('the landlord ignores repairs');
  await page.getByRole('textbox', { name: 'Sparks' }).fill('Her kids; a safe building');
  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();

  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}\/debrief$/);
  await expect(page.getByRole('heading', { name: 'Debrief: Dolores Núñez', level: 1 })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Sparks and self-interest' })).toHaveValue('Her kids; a safe building');
  await expect(page.getByRole('textbox', { name: 'Their story' })).toHaveValue(
    'What makes you angry about how things are? the landlord ignores repairs',
  );
  await page.getByRole('textbox', { name: 'Skills and interests (comma separated)' }).fill('Spanish, spreadsheets');

  await page.getByRole('button', { name: 'Add an ask' }).click();
  await page.getByRole('textbox', { name: 'Ask 1' }).fill('Host a house meeting in May');
  await page.getByRole('group', { name: 'Answer to ask 1' }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Add an ask' }).click();
  await page.getByRole('textbox', { name: 'Ask 2' }).fill('Join the council');
  await page.getByRole('group', { name: 'Answer to ask 2' }).getByRole('radio', { name: 'Not now' }).check();

  const steps = [
    ['Invite five neighbours', 'Dolores', '2030-05-20'],
    ['Book the room', 'Dolores', '2030-05-22'],
    ['Send her the flyer', 'You', '2030-05-16'],
  ];
  for (const [text, who, due] of steps) {
    await page.getByRole('textbox', { name: 'Next step' }).fill(text);
    await page.getByRole('group', { name: 'Who does it' }).getByRole('radio', { name: who }).check();
    await page.getByLabel('Due').fill(due);
    await page.getByRole('button', { name: 'Add next step' }).click();
    await expect(page.getByRole('list', { name: 'Next steps agreed' })).toContainText(text);
  }
  await page.getByLabel('Next check-in').fill('2030-05-28T17:00');
  await page.getByLabel('Next check-in').blur();

  for (const name of ['Marco Ruiz', 'Aisha Khan']) {
    await page.getByRole('textbox', { name: 'Name of someone they suggested' }).fill(name);
    await page.getByRole('button', { name: 'Add referral' }).click();
    await expect(page.getByRole('list', { name: 'Referrals' }).getByRole('link', { name })).toBeVisible();
  }
  await page.getByRole('combobox', { name: 'Engagement' }).selectOption({ label: '4 · Committed' });
  await page.getByRole('textbox', { name: 'What will I need to remember?' }).fill('Works nights; text after 2pm');
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await expectNoAccessibilityViolations(page, 'the debrief');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Ask 2' })).toHaveValue('Join the council');
  await expect(page.getByRole('group', { name: 'Answer to ask 2' }).getByRole('radio', { name: 'Not now' })).toBeChecked();
  await expect(page.getByRole('list', { name: 'Next steps agreed' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByLabel('Next check-in')).toHaveValue('2030-05-28T17:00');

  await page.getByRole('link', { name: 'Done' }).click();
  await expect(page).toHaveURL(personUrl);
  const story = page.getByRole('region', { name: 'At a glance' });
  await expect(story).toContainText('Stage');
  await expect(story.getByText('Leader')).toHaveCount(0);
  await expect(story).toContainText('Active');
  await expect(story).toContainText('Tue 28 May 2030, 17:00');
  await expect(story.getByRole('list', { name: 'Their commitments' }).getByRole('listitem')).toHaveText([
    'Invite five neighbours (by Mon 20 May 2030)',
    'Book the room (by Wed 22 May 2030)',
  ]);
  await expect(story.getByRole('list', { name: 'Your tasks' }).getByRole('listitem')).toHaveText([
    'Send her the flyer (by Thu 16 May 2030)',
  ]);
  await expect(story.getByRole('list', { name: 'People they referred' }).getByRole('link')).toHaveText([
    'Aisha Khan',
    'Marco Ruiz',
  ]);
  await expect(story).toContainText('Host a house meeting in May: Yes');
  await expect(story).toContainText('Join the council: Not now');
  await expect(story).toContainText('Works nights; text after 2pm');
  await expect(page.getByRole('textbox', { name: 'Skills and interests (comma separated)' })).toHaveValue('Spanish, spreadsheets');

  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Waiting for a first one-on-one' }).getByRole('link')).toHaveText([
    /Marco Ruiz|Aisha Khan/,
    /Marco Ruiz|Aisha Khan/,
  ]);
});
