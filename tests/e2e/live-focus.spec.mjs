// The live screen as a focus mode: while the meeting runs, the header and the tab bar give way
// to it, a way back and Hide stay; the prompt, the timer and the talk control fit and read at
// 320 px, in landscape, light and dark, and with text at 200%; who is talking is one large
// target per side; the share is announced when it changes hands or passes 30%, not each second.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage } from './pages.mjs';

const LIVE = new Date('2030-05-14T18:30:00Z');

/** Adds a person, plans a meeting with a guide, opens its live screen and starts it. */
async function startMeeting(page) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Ana');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.purpose.fill('the bus cuts');
  await meeting.guide.selectOption({ label: 'Campaign one-to-one' });
  await meeting.expectSaved();
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
}

/** Controls that must be in view without scrolling: the timer, the section, who is talking. */
function glance(page) {
  return [
    page.getByRole('timer', { name: 'Time so far' }),
    page.getByRole('heading', { name: 'Story of Self', level: 2 }),
    page.getByRole('button', { name: "They're talking" }),
    page.getByRole('button', { name: "I'm talking" }),
    page.getByRole('button', { name: 'Pause' }),
  ];
}

async function expectInView(page, locators) {
  const { height, width } = page.viewportSize();
  for (const locator of locators) {
    const box = await locator.boundingBox();
    expect(box, `${locator}`).not.toBeNull();
    expect(box.y, `${locator} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, `${locator} ends on screen`).toBeLessThanOrEqual(height + 0.5);
    expect(box.x + box.width, `${locator} fits the width`).toBeLessThanOrEqual(width + 0.5);
  }
}

/** Nothing cut off: no sideways scrolling, no control's text clipped, and every control can
 * be scrolled to and tapped (nothing held on the screen covers it). */
async function expectNothingCutOff(page, what) {
  const problems = await page.evaluate(async () => {
    const found = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page scrolls sideways by ${root.scrollWidth - root.clientWidth}px`);
    const controls = [...document.querySelectorAll('main button, main a[href], main textarea, main input, main [role=timer]')];
    for (const control of controls) {
      const name = (control.getAttribute('aria-label') || control.textContent || control.id).trim().slice(0, 40);
      if (control.scrollWidth > control.clientWidth + 1 && getComputedStyle(control).overflowX !== 'visible') {
        found.push(`${name}: text clipped sideways`);
      }
      control.scrollIntoView({ block: 'center', inline: 'center' });
      await new Promise(requestAnimationFrame);
      const box = control.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 20));
      if (!hit || !(control === hit || control.contains(hit))) {
        found.push(`${name}: covered by ${hit ? hit.className || hit.tagName : 'nothing'}`);
      }
    }
    return found;
  });
  expect(problems, what).toEqual([]);
}

test('while the meeting runs, the header and tab bar give way to it at 320 px, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 568 });
  await startMeeting(page);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back to the meeting plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the app (Esc twice)' })).toBeVisible();
  await expectInView(page, glance(page));
  // One large target per side of the table; Pause smaller.
  const them = await page.getByRole('button', { name: "They're talking" }).boundingBox();
  const me = await page.getByRole('button', { name: "I'm talking" }).boundingBox();
  const pause = await page.getByRole('button', { name: 'Pause' }).boundingBox();
  for (const side of [them, me]) {
    expect(side.height).toBeGreaterThanOrEqual(72);
    expect(side.width).toBeGreaterThan(pause.width);
  }
  // The talk control stays at the bottom of the screen while the prompts scroll.
  await page.getByRole('textbox', { name: 'Sparks' }).scrollIntoViewIfNeeded();
  await expectInView(page, glance(page).slice(2));
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAccessibilityViolations(page, `the live focus mode (${scheme})`);
  }
  await expectNothingCutOff(page, 'at 320 px');

  // Hide stays one tap away.
  await page.getByRole('button', { name: 'Hide the app (Esc twice)' }).click();
  await expect(page.getByRole('heading', { name: 'Blank page' })).toBeAttached();
  await expect(page.getByText('Story of Self')).toHaveCount(0);
});

test('the way out leads back to the app, and the app comes back when the meeting ends', async ({ page }) => {
  await startMeeting(page);
  await page.getByRole('link', { name: 'Back to the meeting plan' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
  await page.getByRole('link', { name: 'Resume the meeting' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await expect(page).toHaveURL(/\/debrief$/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeVisible();
});

test('in landscape the timer and the talk control sit beside the prompts, all on one screen', async ({ page }) => {
  await page.setViewportSize({ width: 740, height: 360 });
  await startMeeting(page);
  await expectInView(page, [...glance(page), page.getByRole('link', { name: 'Back to the meeting plan' })]);
  const timer = await page.getByRole('timer', { name: 'Time so far' }).boundingBox();
  const section = await page.getByRole('heading', { name: 'Story of Self', level: 2 }).boundingBox();
  expect(section.x, 'the prompts on the right').toBeGreaterThan(timer.x + timer.width);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAccessibilityViolations(page, `the live focus mode in landscape (${scheme})`);
  }
  await expectNothingCutOff(page, 'in landscape');
});

for (const [width, height] of [[320, 568], [740, 360]]) {
  test(`with text at 200% nothing is cut off (${width} × ${height})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await startMeeting(page);
    await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
    await page.getByRole('button', { name: "I'm talking" }).click();
    await expectNothingCutOff(page, `text at 200%, ${width} × ${height}`);
  });
}

test('the share is announced when the floor changes and when it passes 30%, not every second', async ({ page }) => {
  await page.clock.install({ time: LIVE });
  await startMeeting(page);
  await page.clock.pauseAt(new Date(LIVE.getTime() + 60_000));
  const announced = page.locator('.live-talk [role=status]');
  const shown = page.locator('.talk-share');
  await expect(shown).not.toHaveAttribute('role');
  await expect(shown).not.toHaveAttribute('aria-live');
  await page.getByRole('button', { name: "They're talking" }).click();
  await expect(announced).toHaveText("They're talking");
  await page.clock.fastForward('07:00');
  await page.getByRole('button', { name: "I'm talking" }).click();
  await expect(announced).toHaveText("I'm talking. You 0% · Them 100%");
  await page.clock.fastForward('02:00');
  await expect(shown).toHaveText('You 22% · Them 78%');
  await expect(announced, 'the ticking share is not read out').toHaveText("I'm talking. You 0% · Them 100%");
  await page.clock.fastForward('01:30');
  await expect(shown).toHaveText('You 33% · Them 67%: over 30%, listen more');
  await expect(announced).toHaveText(/^You 3\d% · Them 6\d%: over 30%, listen more$/);
  const passing = await announced.textContent();
  await page.clock.fastForward('01:00');
  await expect(shown).toHaveText('You 39% · Them 61%: over 30%, listen more');
  await expect(announced, 'said once').toHaveText(passing);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(announced).toHaveText('Pause. You 39% · Them 61%: over 30%, listen more');
});
