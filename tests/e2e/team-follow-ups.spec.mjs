// Who does what on a team, against a real CouchDB-speaking server (pouchdb-server on
// loopback): a shared person shows who holds the relationship on every phone; a next step
// given to a teammate shows on their Follow-ups and not on the giver's, and a step the giver
// keeps for themselves never lands on a teammate's. Plain Playwright, not the shared fixtures:
// the app talks to the team's server here.
import { test, expect } from '@playwright/test';
import { startServer, makeTeamDatabase } from '../couchdb/server.mjs';
import { expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage } from './pages.mjs';
import { ANA, BEN, startTeam, joinTeam, syncStatus } from './team-pages.mjs';

let server;
test.setTimeout(60_000);

test.beforeAll(async ({}, info) => {
  server = await startServer(6195 + info.workerIndex);
  await makeTeamDatabase(server.base, 'riverside', [ANA, BEN]);
});

test.afterAll(() => server?.stop());

/** Adds a next step on the debrief `page` is on. */
async function addStep(page, text, who, teammate) {
  await page.getByRole('textbox', { name: 'Next step' }).fill(text);
  await page.getByRole('group', { name: 'Who does it' }).getByRole('radio', { name: who }).check();
  if (teammate) await page.getByRole('combobox', { name: "Teammate's user name" }).fill(teammate);
  await page.getByRole('button', { name: 'Add next step' }).click();
}

test('a shared person shows who holds the relationship; a step given to a teammate is on their Follow-ups, not the giver\'s', async ({ browser, baseURL }) => {
  const ana = await browser.newContext({ baseURL });
  const ben = await browser.newContext({ baseURL, viewport: { width: 320, height: 700 } });
  try {
    const [anaPage, benPage] = [await ana.newPage(), await ben.newPage()];
    const code = await startTeam(anaPage, server.base, 'Riverside council', 'riverside', ANA);
    await joinTeam(benPage, code, BEN);

    const people = new PeoplePage(anaPage);
    await people.open();
    await people.add('Luz Ortega');
    const personUrl = anaPage.url();
    await anaPage.getByRole('checkbox', { name: 'Share with Riverside council' }).check();
    const heldBy = anaPage.getByRole('combobox', { name: 'Relationship held by' });
    await expect(heldBy).toHaveValue('ana');
    await expect(anaPage.getByText('You hold this relationship.')).toBeVisible();

    // A one-on-one with Luz, and its debrief: one step for Ben, one Ana keeps.
    await anaPage.getByRole('link', { name: 'Plan a one-on-one' }).click();
    const meeting = new MeetingPage(anaPage);
    await meeting.purpose.fill('Housing repairs');
    await meeting.expectSaved();
    const live = await anaPage.getByRole('link', { name: 'Open the live guide' }).getAttribute('href');
    await anaPage.goto(live.replace(/\/live$/, '/debrief'));
    await addStep(anaPage, 'Call the housing office', 'A teammate', 'ben');
    const agreed = anaPage.getByRole('list', { name: 'Next steps agreed' });
    await expect(agreed).toContainText('ben: Call the housing office');
    await addStep(anaPage, 'Send Luz the flyer', 'You');
    await expect(agreed).toContainText('You: Send Luz the flyer');
    await expectNoAccessibilityViolations(anaPage, 'a debrief on a phone in a team');

    // Ben: the housing office is on his Follow-ups; Ana's flyer is not.
    await benPage.goto('/follow-ups');
    await expect(benPage.getByText('Call the housing office', { exact: true })).toBeVisible({ timeout: 15_000 });
    await expect(benPage.getByText('Send Luz the flyer', { exact: true })).toHaveCount(0);
    await benPage.goto('/people');
    await benPage.getByRole('link', { name: /Luz Ortega/ }).click();
    await expect(benPage.getByRole('combobox', { name: 'Relationship held by' })).toHaveValue('ana');
    await expect(benPage.getByText('ana holds this relationship.')).toBeVisible();

    // Ana: the flyer is hers; the housing office is Ben's, shown on Luz's page as his.
    await anaPage.goto('/follow-ups');
    await expect(anaPage.getByText('Send Luz the flyer', { exact: true })).toBeVisible();
    await expect(anaPage.getByText('Call the housing office', { exact: true })).toHaveCount(0);
    await anaPage.goto(personUrl);
    await expect(anaPage.getByRole('list', { name: "Teammates' tasks" })).toContainText('ben: Call the housing office');
    // Search says whose each is too.
    await anaPage.goto('/search?q=housing%20office');
    await expect(anaPage.getByRole('main')).toContainText("A teammate's task: Call the housing office", { timeout: 10_000 });
    await anaPage.goto('/search?q=flyer');
    await expect(anaPage.getByRole('main')).toContainText('Your task: Send Luz the flyer', { timeout: 10_000 });
    await anaPage.goto(personUrl);

    // Ben takes the relationship over; Ana's phone says so.
    await benPage.getByRole('combobox', { name: 'Relationship held by' }).fill('ben');
    await expect(benPage.locator('.save-state')).toHaveText('Saved on this device');
    await expect(heldBy).toHaveValue('ben', { timeout: 15_000 });
    await expect(anaPage.getByText('ben holds this relationship.')).toBeVisible();

    // Ben leaves the team and takes its people off his phone: his own stay, the team keeps Luz.
    const benPeople = new PeoplePage(benPage);
    await benPeople.open();
    await benPeople.add('Bea Private');
    await benPage.goto('/settings/team');
    await benPage.getByRole('button', { name: 'Leave the team…' }).click();
    await expectNoAccessibilityViolations(benPage, 'leaving a team');
    await benPage.getByRole('button', { name: 'Leave and remove them' }).click();
    await expect(benPage.getByRole('main').getByRole('status')).toContainText(
      'You left Riverside council. 1 person shared with the team was removed from this phone; the team still has them.',
    );
    await expect(syncStatus(benPage)).toHaveCount(0);
    await benPage.goto('/people');
    await expect(benPage.getByRole('link', { name: /Bea Private/ })).toBeVisible();
    await expect(benPage.getByRole('link', { name: /Luz Ortega/ })).toHaveCount(0);
    await benPage.goto('/follow-ups');
    await expect(benPage.getByRole('heading', { name: 'Follow-ups', level: 1 })).toBeVisible();
    await expect(benPage.getByText('Call the housing office', { exact: true })).toHaveCount(0);
    await anaPage.reload();
    await expect(heldBy).toHaveValue('ben');
    await expect(syncStatus(anaPage)).toHaveText('Up to date');
  } finally {
    await ana.close();
    await ben.close();
  }
});
