// Search through the real UI: records made by hand are found by fragments of each, as you
// type, grouped, with the matching words in context; a result leads to its record; edits are
// found at once; filters narrow; it all works again offline.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage, PersonPage } from './pages.mjs';

class SearchPage {
  constructor(page) {
    this.page = page;
    this.box = page.getByRole('searchbox', { name: 'Search everything' });
  }

  async open(query = '') {
    await this.page.goto(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
    await expect(this.page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible();
  }

  group(name) {
    return this.page.getByRole('list', { name, exact: true });
  }

  results(name) {
    return this.group(name).getByRole('link');
  }

  async find(words) {
    await this.box.fill(words);
  }
}

/** Dolores, her one-on-one about the bus with a prompt note, an ask and a next step. */
async function makeRecords(page) {
  const people = new PeoplePage(page);
  const person = new PersonPage(page);
  await people.open();
  await people.add('Dolores Núñez');
  await person.field('Organizations (comma separated)').fill('Local 12');
  await person.field('Tags (comma separated)').fill('Healthcare');
  await person.field('Phone').fill('(555) 010-2030');
  await person.notes.fill('Night-shift nurse. Her kids go to the <b>childcare</b> co-op on Main.');
  await expect(person.status).toHaveText('Saved on this device');
  const personUrl = page.url();

  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.purpose.fill('Talk about the 14 bus route cuts');
  await meeting.guide.selectOption({ label: 'Campaign one-to-one' });
  await meeting.expectSaved();
  const meetingUrl = page.url();
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: /What makes you angry/ }).click();
  await page.getByRole('textbox', { name: /Note on: What makes you angry/ }).fill('the landlord ignores repairs');
  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await expect(page).toHaveURL(/\/debrief$/);
  await page.getByRole('button', { name: 'Add an ask' }).click();
  await page.getByRole('textbox', { name: 'Ask 1' }).fill('Host a house meeting in May');
  await page.getByRole('textbox', { name: 'Next step' }).fill('Invite five neighbours');
  await page.getByRole('group', { name: 'Who does it' }).getByRole('radio', { name: 'Dolores' }).check();
  await page.getByLabel('Due').fill('2030-05-20');
  await page.getByRole('button', { name: 'Add next step' }).click();
  await expect(page.getByRole('list', { name: 'Next steps agreed' })).toContainText('Invite five neighbours');
  await expect(page.locator('.save-state').first()).toHaveText('Saved on this device');
  return { personUrl, meetingUrl: meetingUrl.replace(/\/$/, '') };
}

test('fragments of every record are found as you type, and lead to the record', async ({ page }) => {
  const { personUrl, meetingUrl } = await makeRecords(page);
  const search = new SearchPage(page);
  // Reachable from the header of any screen.
  await page.getByRole('link', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(search.box).toBeFocused();

  await search.find('nunez');
  await expect(search.results('People')).toHaveCount(1);
  await expect(search.results('People').first()).toContainText('Dolores Núñez');
  await expect(page).toHaveURL(/\/search\?q=nunez$/);

  await search.find('child');
  const person = search.results('People').first();
  await expect(person).toContainText('Notes: …nurse. Her kids go to the <b>childcare</b> co-op on Main.');
  await expect(person.locator('mark')).toHaveText(['childcare']);
  await expect(person.locator('b')).toHaveCount(0);

  for (const [words, group, shown] of [
    ['LOCAL 12', 'People', 'Organizations: Local 12'],
    ['5550102030', 'People', 'Phone'],
    // The debrief drafted the live note into their story, and the story is what is searched.
    ['landl', 'Meetings', 'Their story: …about how things are? the landlord ignores repairs'],
    ['house meet', 'Meetings', 'Ask: Host a house meeting in May'],
    ['bus', 'Meetings', 'Purpose: Talk about the 14 bus route cuts'],
    ['neighb', 'Follow-ups', 'Invite five neighbours'],
  ]) {
    await search.find(words);
    await expect(search.results(group).first(), words).toContainText(shown);
  }

  // Several words narrow: her name and the bus leave only the meeting and its follow-up.
  await search.find('dolores bus');
  await expect(search.results('Meetings')).toHaveCount(1);
  await expect(search.group('People')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Meetings (1)' })).toBeVisible();

  await search.find('landlord');
  await search.results('Meetings').first().click();
  await expect(page).toHaveURL(meetingUrl);
  await page.goBack();
  await search.find('neighbours');
  await search.results('Follow-ups').first().click();
  await expect(page).toHaveURL(personUrl);

  // An edit is found at once, and the old words no longer are.
  const personPage = new PersonPage(page);
  await personPage.notes.fill('Drives the night bus; organizes her block.');
  await expect(personPage.status).toHaveText('Saved on this device');
  await search.open('childcare');
  await expect(page.getByText('Nothing found yet')).toBeVisible();
  await search.find('drives');
  await expect(search.results('People').first()).toContainText('Dolores Núñez');
});

test('a deep link searches at once, filters narrow, and it works offline', async ({ page, context }) => {
  await makeRecords(page);
  const search = new SearchPage(page);
  await search.open('dolores');
  await expect(search.box).toHaveValue('dolores');
  await expect(search.results('People')).toHaveCount(1);
  await expect(search.results('Meetings')).toHaveCount(1);
  await expect(search.results('Follow-ups')).toHaveCount(1);

  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Open follow-ups only' }).check();
  await expect(search.group('People')).toHaveCount(0);
  await expect(search.results('Follow-ups')).toHaveCount(1);
  await expect(page).toHaveURL(/\/search\?q=dolores&open=1$/);
  await page.getByRole('checkbox', { name: 'Open follow-ups only' }).uncheck();

  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Not yet met' });
  await expect(page.getByText('Nothing found yet')).toBeVisible();
  await page.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Active' });
  await expect(search.results('People')).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('Healthcare');
  await expect(search.results('Meetings')).toHaveCount(1);
  await page.getByLabel('From').fill('2030-05-01');
  await page.getByLabel('To').fill('2030-05-31');
  await expect(search.results('Follow-ups')).toHaveCount(1);
  await expect(search.group('Meetings')).toHaveCount(0);
  await expect(page.getByText('Filters (4)')).toBeVisible();
  await expect(page).toHaveURL(/tag=Healthcare&stage=active&from=2030-05-01&to=2030-05-31/);

  // Reload the filtered address: the same results, the filters still set.
  await page.reload();
  await expect(search.results('Follow-ups')).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Tag', exact: true })).toHaveValue('Healthcare');

  await context.setOffline(true);
  await search.open('childcare');
  await expect(search.results('People').first()).toContainText('Dolores Núñez');
  await search.find('landlord');
  await expect(search.results('Meetings')).toHaveCount(1);
  await context.setOffline(false);
});

test('the search screen passes axe at 320 px, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await makeRecords(page);
  const search = new SearchPage(page);
  await search.open('dolores');
  await expect(search.results('Meetings')).toHaveCount(1);
  await page.getByText('Filters', { exact: true }).click();
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectNoAccessibilityViolations(page, `search (${scheme})`);
  }
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((e) => `${e.tagName}.${e.className}`),
  );
  expect(wide, 'nothing wider than the screen').toEqual([]);
});
