// Team sync that runs by itself, against a real CouchDB-speaking server (pouchdb-server on
// loopback): two browser profiles as two phones edit one shared person while offline, in
// different fields and in the same one; what waits is kept through a reload and goes when the
// phone is online, and both phones end with the same record, nothing lost. A server that
// stops answering mid-sync loses nothing, and the header says what is wrong. A third phone
// with the right password but another key takes in nothing. Plain Playwright, not the shared
// fixtures: the app talks to the team's server, and the browser logs refused requests.
import { test, expect } from '@playwright/test';
import { startServer, makeTeamDatabase, call, ADMIN } from '../couchdb/server.mjs';
import { PeoplePage } from './pages.mjs';
import { ANA, BEN, startTeam, joinTeam, syncStatus, teamSettings } from './team-pages.mjs';

let server;
test.setTimeout(60_000);

test.beforeAll(async ({}, info) => {
  server = await startServer(6095 + info.workerIndex);
  await makeTeamDatabase(server.base, 'northside', [ANA, BEN]);
  await makeTeamDatabase(server.base, 'southside', [ANA, BEN]);
  await makeTeamDatabase(server.base, 'eastend', [ANA, BEN]);
});

test.afterAll(() => server?.stop());

/** Two phones in one team: Ana's started it, Ben's joined. */
async function twoPhones(browser, baseURL, database) {
  const ana = await browser.newContext({ baseURL, viewport: { width: 390, height: 800 } });
  const ben = await browser.newContext({ baseURL, viewport: { width: 320, height: 700 } });
  const [anaPage, benPage] = [await ana.newPage(), await ben.newPage()];
  const code = await startTeam(anaPage, server.base, 'Northside council', database, ANA);
  await joinTeam(benPage, code, BEN);
  return { ana, ben, anaPage, benPage, code };
}

/** Adds `name` on `page` with `phone`, shared with the team; stays on their page. */
async function addShared(page, name, phone) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add(name);
  await page.getByRole('textbox', { name: 'Phone' }).fill(phone);
  await page.getByRole('checkbox', { name: /^Share with / }).check();
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
}

/** Opens `name`'s page on `page` once they are there. */
async function openPerson(page, name) {
  await page.goto('/people');
  await page.getByRole('link', { name: new RegExp(name) }).click({ timeout: 10_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
}

/** Types `value` into the field labelled `label` and waits for the autosave. */
async function type(page, label, value) {
  await page.getByLabel(label, { exact: true }).fill(value);
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
}

test('both phones edit one shared person offline, in different fields and the same one; what waits survives a reload; both end identical', async ({ browser, baseURL }) => {
  const { ana, ben, anaPage, benPage } = await twoPhones(browser, baseURL, 'northside');
  try {
    await addShared(anaPage, 'Marta Quispe', '555-0100');
    await openPerson(benPage, 'Marta Quispe');
    await expect(benPage.getByLabel('Phone', { exact: true })).toHaveValue('555-0100');

    await ana.setOffline(true);
    await ben.setOffline(true);
    await type(anaPage, 'Email', 'marta@example.org');
    await type(anaPage, 'Phone', '555-0111');
    await expect(syncStatus(anaPage)).toHaveText('1 waiting');
    await expect(syncStatus(anaPage)).toHaveAccessibleName(/Offline: 1 record changed here waits, kept on this phone/);
    await type(benPage, 'How you know them', 'Tenants union');
    await type(benPage, 'Phone', '555-0222');
    await expect(syncStatus(benPage)).toHaveText('1 waiting');

    // Ben's phone starts again, still offline: what waits is still there.
    await benPage.reload();
    await expect(benPage.getByLabel('Phone', { exact: true })).toHaveValue('555-0222');
    await expect(syncStatus(benPage)).toHaveText('1 waiting');

    await ana.setOffline(false);
    await expect(syncStatus(anaPage)).toHaveText('Up to date', { timeout: 10_000 });
    await ben.setOffline(false);
    await expect(syncStatus(benPage)).toHaveText('Up to date', { timeout: 15_000 });

    // Different fields both kept; the same field: the later edit (Ben's) on both phones.
    for (const page of [anaPage, benPage]) {
      await expect(page.getByLabel('Phone', { exact: true })).toHaveValue('555-0222', { timeout: 10_000 });
      await expect(page.getByLabel('Email', { exact: true })).toHaveValue('marta@example.org');
      await expect(page.getByLabel('How you know them', { exact: true })).toHaveValue('Tenants union');
    }
    await anaPage.reload();
    await expect(anaPage.getByLabel('Phone', { exact: true })).toHaveValue('555-0222');
    await expect(anaPage.getByLabel('How you know them', { exact: true })).toHaveValue('Tenants union');
  } finally {
    await ana.close();
    await ben.close();
  }
});

test('a server that stops answering mid-sync loses nothing: the header says what is wrong, and it all goes once it answers', async ({ browser, baseURL }) => {
  const { ana, ben, anaPage, benPage } = await twoPhones(browser, baseURL, 'southside');
  try {
    await addShared(anaPage, 'Omar Haddad', '555-0300');
    await openPerson(benPage, 'Omar Haddad');

    // The server stops answering Ana's phone (the network between them is cut).
    await ana.route(`${server.base}/**`, (route) => route.abort('connectionrefused'));
    await type(anaPage, 'Email', 'omar@example.org');
    await expect(syncStatus(anaPage)).toHaveText('Sync stopped', { timeout: 10_000 });
    await expect(syncStatus(anaPage)).toHaveAccessibleName(/^Team sync: Sync stopped: The team's server does not answer\. Check that this phone is online/);
    await type(anaPage, 'Phone', '555-0301');
    await anaPage.reload();
    await expect(syncStatus(anaPage)).toHaveText('Sync stopped', { timeout: 10_000 });

    await ana.unroute(`${server.base}/**`);
    await expect(syncStatus(anaPage)).toHaveText('Up to date', { timeout: 20_000 });
    await expect(benPage.getByLabel('Email', { exact: true })).toHaveValue('omar@example.org', { timeout: 10_000 });
    await expect(benPage.getByLabel('Phone', { exact: true })).toHaveValue('555-0301');
  } finally {
    await ana.close();
    await ben.close();
  }
});

test('a phone with the right password but another key takes in nothing and says why', async ({ browser, baseURL }) => {
  const { ana, ben, anaPage } = await twoPhones(browser, baseURL, 'eastend');
  const third = await browser.newContext({ baseURL });
  try {
    await addShared(anaPage, 'Kept Secret', '555-0400');
    // Ben's password, on a third phone that starts the "same" team: a new key of its own.
    const page = await third.newPage();
    const team = await teamSettings(page);
    await team.getByLabel('Team name').fill('Northside council');
    await team.getByLabel('Server address').fill(server.base);
    await team.getByLabel('Database').fill('eastend');
    await team.getByLabel('Your user name on the server').fill(BEN.name);
    await team.getByLabel('Your password on the server').fill(BEN.password);
    await team.getByRole('button', { name: 'Start the team' }).click();
    await expect(page.getByRole('main').getByRole('alert')).toContainText("This phone's team key does not open what the team wrote");
    await expect(syncStatus(page)).toHaveText('Sync stopped');
    await expect(syncStatus(page)).toHaveAccessibleName(/does not open what the team wrote/);
    await page.goto('/people');
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /Kept Secret/ })).toHaveCount(0);
    const stored = JSON.stringify((await call(server.base, 'GET', '/eastend/_all_docs?include_docs=true', { user: ADMIN })).json);
    expect(stored).not.toContain('Kept Secret');
  } finally {
    await third.close();
    await ana.close();
    await ben.close();
  }
});
