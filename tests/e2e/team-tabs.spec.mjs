// One live sync per browser, however many tabs are open: the tab that runs it long-polls the
// team's server, the others show the status it tells them, a change typed in any tab goes to
// the team, and when the running tab closes another takes over. Against a real
// CouchDB-speaking server (pouchdb-server on loopback).
import { test, expect } from '@playwright/test';
import { startServer, makeTeamDatabase, call, ADMIN } from '../couchdb/server.mjs';
import { PeoplePage } from './pages.mjs';
import { ANA, startTeam, syncStatus } from './team-pages.mjs';

let server;
test.setTimeout(60_000);

test.beforeAll(async ({}, info) => {
  server = await startServer(6295 + info.workerIndex);
  await makeTeamDatabase(server.base, 'westside', [ANA]);
});

test.afterAll(() => server?.stop());

/** Counts the long polls of the server's changes feed `page` makes. */
function countPolls(page) {
  const polls = { count: 0 };
  page.on('request', (request) => {
    if (request.url().includes('feed=longpoll')) polls.count += 1;
  });
  return polls;
}

/** Adds `name` on `page`, shared with the team. */
async function addShared(page, name) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add(name);
  await page.getByRole('checkbox', { name: /^Share with / }).check();
  await expect(page.locator('.save-state')).toHaveText('Saved on this device');
}

/** How many documents the team's database holds, read straight from the server. */
async function documentsOnServer() {
  const { json } = await call(server.base, 'GET', '/westside', { user: ADMIN });
  return json.doc_count;
}

test('two tabs run one live sync: the other shows its status, sends through it, and takes over when it closes', async ({ browser, baseURL }) => {
  const phone = await browser.newContext({ baseURL, viewport: { width: 390, height: 800 } });
  try {
    const first = await phone.newPage();
    await startTeam(first, server.base, 'Westside council', 'westside', ANA);
    const firstPolls = countPolls(first);
    await first.goto('/');
    await expect(syncStatus(first)).toHaveText('Up to date', { timeout: 15_000 });
    await expect.poll(() => firstPolls.count).toBeGreaterThan(0);

    const second = await phone.newPage();
    const secondPolls = countPolls(second);
    await second.goto('/');
    // Told by the running tab, not found out by a sync of its own.
    await expect(syncStatus(second)).toHaveText('Up to date');
    const before = await documentsOnServer();
    await addShared(second, 'Rosa Tabs');
    await expect.poll(documentsOnServer, { timeout: 15_000 }).toBeGreaterThan(before);
    await expect(syncStatus(second)).toHaveText('Up to date');
    expect(secondPolls.count, 'the second tab does not long-poll while the first runs the sync').toBe(0);

    // The first tab closes: the second runs the sync from now on.
    await first.close();
    await expect.poll(() => secondPolls.count, { timeout: 15_000 }).toBeGreaterThan(0);
    const then = await documentsOnServer();
    await addShared(second, 'Sol Tabs');
    await expect.poll(documentsOnServer, { timeout: 15_000 }).toBeGreaterThan(then);
    await expect(syncStatus(second)).toHaveText('Up to date');
  } finally {
    await phone.close();
  }
});
