// Team (/settings/team), against a real CouchDB-speaking server (pouchdb-server on loopback, with a
// team database whose members are ana and ben, and olga, who is not one): one phone starts
// the team and writes the sealed key check; another joins with its join code; a wrong
// password and an account that is not a member each say what to do; leaving forgets the team.
// Plain Playwright, not the shared fixtures: the app talks to the team's server here, and the
// browser logs the server's refusals (401) as console errors.
import { test, expect } from '@playwright/test';
import { expectNoAccessibilityViolations } from './fixtures.mjs';
import { startServer, makeTeamDatabase, call, ADMIN } from '../couchdb/server.mjs';

const ANA = { name: 'ana', password: 'ana-secret-1' };
const BEN = { name: 'ben', password: 'ben-secret-1' };
const OLGA = { name: 'olga', password: 'olga-secret-1' };
let server;

test.beforeAll(async ({}, info) => {
  server = await startServer(5995 + info.workerIndex);
  await makeTeamDatabase(server.base, 'eastside', [ANA, BEN]);
  await call(server.base, 'PUT', `/_users/org.couchdb.user:${OLGA.name}`, {
    user: ADMIN,
    body: { ...OLGA, roles: [], type: 'user' },
  });
});

test.afterAll(() => server?.stop());

/** Settings on a phone whose service worker serves it (the policy comes from the worker). */
async function teamSettings(page) {
  await page.goto('/settings/team');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  return page.getByRole('main');
}

async function join(team, code, { name, password }) {
  await team.getByLabel('Join code', { exact: true }).fill(code);
  await team.getByLabel("Your user name on the team's server").fill(name);
  await team.getByLabel("Your password on the team's server").fill(password);
  await team.getByRole('button', { name: 'Join the team' }).click();
}

test('a team started on one phone is joined on another; each refusal says what to do', async ({ page, browser, baseURL }) => {
  let team = await teamSettings(page);
  await team.getByLabel('Team name').fill('Eastside council');
  await team.getByLabel('Server address').fill(server.base);
  await team.getByLabel('Database').fill('eastside');
  await team.getByLabel('Your user name on the server').fill(ANA.name);
  await team.getByLabel('Your password on the server').fill(ANA.password);
  await team.getByRole('button', { name: 'Start the team' }).click();
  team = page.getByRole('main');
  await expect(team.getByRole('status')).toHaveText(/Connected to Eastside council: this phone is the first in the team/);
  const code = await team.getByLabel('Join code for a teammate').inputValue();
  expect(code).toMatch(/^one-on-one-team:/);
  const check = await call(server.base, 'GET', '/eastside/team-check', { user: ADMIN });
  expect(JSON.stringify(check.json), 'the server holds the key check sealed').not.toContain('key check');
  await expectNoAccessibilityViolations(page, 'Settings, in a team');

  const other = await browser.newContext({ baseURL, viewport: { width: 320, height: 700 } });
  const phone = await other.newPage();
  try {
    let joining = await teamSettings(phone);
    await expectNoAccessibilityViolations(phone, 'Settings, Team, before joining');
    await join(joining, code, { ...BEN, password: 'not-his-password' });
    await expect(phone.getByRole('main').getByRole('alert')).toContainText('does not know that user name and password');
    await phone.getByRole('button', { name: 'Leave the team' }).click();
    await expect(phone.getByRole('main').getByRole('status')).toContainText('You left Eastside council');

    joining = phone.getByRole('main');
    await join(joining, code, OLGA);
    await expect(phone.getByRole('main').getByRole('alert')).toContainText('not a member of the team');
    await phone.getByRole('button', { name: 'Leave the team' }).click();

    joining = phone.getByRole('main');
    await join(joining, `${code.slice(0, 30)}\n${code.slice(30)}`, BEN);
    await expect(phone.getByRole('main').getByRole('status')).toHaveText('Connected to Eastside council: this phone holds the team\'s key.');
    await phone.reload();
    await expect(phone.getByRole('main').getByRole('status')).toHaveText('Connected to Eastside council: this phone holds the team\'s key.');
    await joining.getByRole('button', { name: 'Test connection' }).click();
    await expect(phone.getByRole('main').getByRole('status')).toHaveText(/this phone holds the team's key/);
  } finally {
    await other.close();
  }
});

test('a join code that is not one is refused in words, and nothing is kept', async ({ page }) => {
  const team = await teamSettings(page);
  await join(team, 'one-on-one-team:not-really', ANA);
  await expect(team.getByRole('alert')).toHaveText('This join code is damaged or cut short. Copy all of it, then paste it again.');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Join the team' })).toBeVisible();
  await team.getByLabel('Server address').fill('http://couch.example.org');
  await team.getByLabel('Team name').fill('Eastside council');
  await team.getByLabel('Database').fill('eastside');
  await team.getByLabel('Your user name on the server').fill(ANA.name);
  await team.getByLabel('Your password on the server').fill(ANA.password);
  await team.getByRole('button', { name: 'Start the team' }).click();
  await expect(team.getByRole('alert')).toContainText('must start with https://');
});
