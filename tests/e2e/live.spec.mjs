// The live guide through the real UI, on a controlled clock: start, mark prompts, switch who
// is talking, turn sections, reload in the middle, and end.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage } from './pages.mjs';

/** Adds a person, plans a meeting with them and opens its live guide. */
async function openLiveGuide(page) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Ana');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  await new MeetingPage(page).purpose.fill('the bus cuts');
  await page.getByRole('link', { name: 'Open the live guide' }).click();
}

const START = new Date('2030-05-14T18:00:00Z');
// The live part runs on a paused clock, moved on only by the test.
const LIVE = new Date('2030-05-14T18:30:00Z');

test('a whole meeting on the live guide, with a reload in the middle', async ({ page }) => {
  await page.clock.install({ time: START });
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Dolores Núñez');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.guide.selectOption({ label: 'Campaign one-to-one' });
  await meeting.expectSaved();
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}\/live$/);

  await page.clock.pauseAt(LIVE);
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  const clock = page.getByRole('timer', { name: 'Time so far' });
  await expect(clock).toHaveText('0:00');
  await expect(page.getByText('of 30:00')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Story of Self', level: 2 })).toBeVisible();
  await expect(page.getByText('Section 1 of 4 · about 12 min')).toBeVisible();

  const them = page.getByRole('button', { name: "They're talking" });
  const me = page.getByRole('button', { name: "I'm talking" });
  const share = page.locator('.talk-share');
  await expect(share).toHaveText('Tap who is talking to start the 30/70 meter');
  await them.click();
  await expect(them).toHaveAttribute('aria-pressed', 'true');
  await page.clock.fastForward('07:00');
  await me.click();
  await page.clock.fastForward('03:00');
  await expect(share).toHaveText('You 30% · Them 70%');
  await expect(clock).toHaveText('10:00');

  const prompt = page.getByRole('button', { name: /Where did you grow up/ });
  await prompt.click();
  await expect(prompt).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('textbox', { name: /Note on: Where did you grow up/ }).fill('Tucson, moved here in 2019');
  await page.getByRole('textbox', { name: 'Sparks' }).fill('Angry about rent; hopes for a tenants union');
  await page.getByRole('button', { name: 'Next section' }).click();
  await expect(page.getByRole('heading', { name: 'Story of Us and Now', level: 2 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Section 2: Story of Us and Now' })).toHaveAttribute('aria-current', 'step');
  await page.clock.runFor(500);
  await expect(meeting.saved).toHaveText('Saved on this device');

  // I keep talking past the reload: the meter must count it from the stored switch.
  await page.clock.fastForward('02:00');
  await page.reload();
  await expect(clock).toHaveText('12:00');
  await expect(page.getByRole('heading', { name: 'Story of Us and Now', level: 2 })).toBeVisible();
  await expect(me).toHaveAttribute('aria-pressed', 'true');
  await expect(share).toHaveText('You 42% · Them 58%: over 30%, listen more');
  await expect(page.getByRole('textbox', { name: 'Sparks' })).toHaveValue('Angry about rent; hopes for a tenants union');
  await page.getByRole('button', { name: 'Previous section' }).click();
  await expect(page.getByRole('textbox', { name: /Note on: Where did you grow up/ })).toHaveValue('Tucson, moved here in 2019');

  await them.click();
  await page.clock.fastForward('14:00');
  await expect(page.getByText('Nearly time: move to next steps')).toBeVisible();
  await page.clock.fastForward('05:00');
  await expect(page.getByText('Past the planned time')).toBeVisible();
  await expect(clock).toHaveText('31:00');

  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'Keep going' }).click();
  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await expect(page).toHaveURL(/\/debrief$/);
  await expect(page.getByText('Held · lasted 31:00 · you talked 16%')).toBeVisible();
  await page.goBack();
  await expect(page.getByText('The meeting lasted 31:00. You talked 16% of the time.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the meeting plan' }).click();
  await expect(meeting.status).toHaveValue('Held');
});

test('the live guide is accessible and fits a 320 px screen, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openLiveGuide(page);
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: "I'm talking" }).click();
  await page.getByRole('button', { name: /Say again why you asked to meet/ }).click();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAccessibilityViolations(page, `the live guide (${scheme})`);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  const section = page.getByRole('region', { name: 'Purpose' });
  await expect(section).toBeVisible();
  // A swipe to the left turns to the next section.
  const box = await section.boundingBox();
  await page.mouse.move(box.x + box.width - 20, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 20, box.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('heading', { name: 'Their story', level: 2 })).toBeVisible();
});

test('the screen is kept awake while live and released on leaving', async ({ page }) => {
  // Stand in for the Screen Wake Lock API, recording what the app asks of it.
  await page.addInitScript(() => {
    window.wakeLog = [];
    Object.defineProperty(navigator, 'wakeLock', {
      value: {
        request: async (type) => {
          window.wakeLog.push(`request ${type}`);
          const sentinel = { released: false, release: async () => { sentinel.released = true; window.wakeLog.push('release'); } };
          return sentinel;
        },
      },
    });
  });
  await openLiveGuide(page);
  await expect.poll(() => page.evaluate(() => window.wakeLog)).toEqual(['request screen']);
  await page.getByRole('link', { name: 'Back to the meeting plan' }).click();
  await expect.poll(() => page.evaluate(() => window.wakeLog)).toEqual(['request screen', 'release']);
});
