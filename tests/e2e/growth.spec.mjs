// The organizer's own growth: a one-on-one held on a controlled clock with the talk meter, a
// debrief ending in the self-check, and the growth page counting all of it.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage } from './pages.mjs';

const START = new Date('2030-05-14T18:00:00Z');
const LIVE = new Date('2030-05-14T18:30:00Z');

test('a debrief ends in a self-check, and the growth page counts talk, length, weeks, asks and checks', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.clock.install({ time: START });
  await page.goto('/growth');
  await expect(page.getByText('No one-on-ones held yet')).toBeVisible();

  const people = new PeoplePage(page);
  await people.open();
  await people.add('Tomás Ortega');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.purpose.fill('the rent hearing');
  await meeting.expectSaved();
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await page.clock.pauseAt(LIVE);
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: "They're talking" }).click();
  await page.clock.fastForward('14:00');
  await page.getByRole('button', { name: "I'm talking" }).click();
  await page.clock.fastForward('06:00');
  await expect(page.locator('.talk-share')).toHaveText('You 30% · Them 70%');
  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await expect(page).toHaveURL(/\/debrief$/);
  // Time runs again: the debrief's autosave waits on a timer.
  await page.clock.resume();

  await page.getByRole('button', { name: 'Add an ask' }).click();
  await page.getByRole('textbox', { name: 'Ask 1' }).fill('Speak at the hearing');
  await page.getByRole('group', { name: 'Answer to ask 1' }).getByRole('radio', { name: 'Yes' }).check();
  const check = (question) => page.getByRole('group', { name: question });
  await check('Did I listen more than I talked?').getByRole('radio', { name: 'Yes' }).check();
  await check('Did I make a clear ask?').getByRole('radio', { name: 'Not this time' }).check();
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
  await page.reload();
  await expect(check('Did I listen more than I talked?').getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(check('Did I make a clear ask?').getByRole('radio', { name: 'Not this time' })).toBeChecked();
  await expect(check('Did I ask how and why, to hear their story?').getByRole('radio', { checked: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'See your growth' }).click();
  await expect(page.getByRole('heading', { name: 'Your growth', level: 1 })).toBeVisible();
  const talk = page.getByRole('region', { name: 'Talk and listen' });
  await expect(talk).toContainText('You talked 30% or less in 1 of 1 one-on-one (30% on average).');
  await expect(talk.getByRole('img', { name: /^Your share of the talking in each one-on-one, against the 30% line\./ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Length against the plan' })).toContainText(
    '1 of 1 one-on-one ended within their planned length (10 minutes short on average).',
  );
  await expect(page.getByRole('region', { name: 'One-on-ones each week' })).toContainText(
    '1 one-on-one in the last 8 weeks, 1 this week.',
  );
  await expect(page.getByRole('region', { name: 'Asks and answers' })).toContainText('1 ask made: 1 yes.');
  await expect(page.getByRole('list', { name: 'Your self-checks' }).getByRole('listitem')).toHaveText([
    'Listened more than I talked: yes in 1 of 1 debriefs',
    'Asked how and why: yes in 0 of 0 debriefs',
    'Made a clear ask: yes in 0 of 1 debriefs',
    'Agreed next steps and a date: yes in 0 of 0 debriefs',
  ]);
  const row = page.getByRole('table').getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText(['Tue 14 May', 'Tomás Ortega', '30%', '20 min (30)']);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  await expectNoAccessibilityViolations(page, 'the growth page');

  // Reached from Settings too.
  await page.goto('/settings');
  await page.getByRole('link', { name: 'Your growth as an organizer' }).click();
  await expect(page).toHaveURL(/\/growth$/);
});
