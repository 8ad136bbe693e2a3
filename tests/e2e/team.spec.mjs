// Team (/settings/team), against a real CouchDB-speaking server (pouchdb-server on loopback, with a
// team database whose members are ana and ben, and olga, who is not one): one phone starts
// the team and writes the sealed key check; another joins with its join code; a wrong
// password and an account that is not a member each say what to do; leaving forgets the team.
// Plain Playwright, not the shared fixtures: the app talks to the team's server here, and the
// browser logs the server's refusals (401) as console errors.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect } from '@playwright/test';
import { expectNoAccessibilityViolations } from './fixtures.mjs';
import { startServer, makeTeamDatabase, call, ADMIN } from '../couchdb/server.mjs';
import { PeoplePage, PersonPage } from './pages.mjs';
import { ANA, BEN, OLGA, teamSettings, join, startTeam, joinTeam, syncStatus } from './team-pages.mjs';

const require = createRequire(import.meta.url);
/** jsQR, a QR decoder nobody here wrote, to read the code as a phone's camera would. */
const jsqrSource = readFileSync(require.resolve('jsqr/dist/jsQR.js'), 'utf8');

let server;
// Two phones and a real server: the longest walk here takes 19 s alone and passed 30 s with the
// whole suite beside it, as team-live's walks did before they were given a minute.
test.setTimeout(60_000);

test.beforeAll(async ({}, info) => {
  server = await startServer(5995 + info.workerIndex);
  await makeTeamDatabase(server.base, 'eastside', [ANA, BEN]);
  await makeTeamDatabase(server.base, 'westside', [ANA, BEN]);
  await call(server.base, 'PUT', `/_users/org.couchdb.user:${OLGA.name}`, {
    user: ADMIN,
    body: { ...OLGA, roles: [], type: 'user' },
  });
});

test.afterAll(() => server?.stop());

/** The text in the QR code on the page, read from its pixels by jsQR. */
async function scanQr(page) {
  await page.evaluate(jsqrSource);
  return page.evaluate(async () => {
    const svg = document.querySelector('svg[aria-label="QR code of the join link"]').cloneNode(true);
    svg.setAttribute('width', '400');
    svg.setAttribute('height', '400');
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, 400, 400);
    URL.revokeObjectURL(url);
    return window.jsQR(context.getImageData(0, 0, 400, 400).data, 400, 400)?.data ?? null;
  });
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
  const link = await scanQr(page);
  expect(link).toBe(`${baseURL}/settings/team#join=${code}`);

  const other = await browser.newContext({ baseURL, viewport: { width: 320, height: 700 } });
  const phone = await other.newPage();
  try {
    // The teammate's camera opened the link: the code is filled in, and gone from the address.
    await teamSettings(phone, '/');
    await phone.goto(link);
    let joining = phone.getByRole('main');
    await expect(joining.getByLabel('Join code', { exact: true })).toHaveValue(code);
    await expect(joining.getByText("The join code from your teammate's link is filled in")).toBeVisible();
    await expect(phone).toHaveURL(`${baseURL}/settings/team`);
    await expectNoAccessibilityViolations(phone, 'Settings, Team, before joining');
    await joining.getByLabel("Your user name on the team's server").fill(BEN.name);
    await joining.getByLabel("Your password on the team's server").fill('not-his-password');
    await joining.getByRole('button', { name: 'Join the team' }).click();
    await expect(phone.getByRole('main').getByRole('alert')).toContainText('does not know that user name and password');
    await phone.getByRole('button', { name: 'Leave the team…' }).click();
    await phone.getByRole('button', { name: 'Leave, keep them here' }).click();
    await expect(phone.getByRole('main').getByRole('status')).toContainText('You left Eastside council');

    joining = phone.getByRole('main');
    await join(joining, code, OLGA);
    await expect(phone.getByRole('main').getByRole('alert')).toContainText('not a member of the team');
    await phone.getByRole('button', { name: 'Leave the team…' }).click();
    await phone.getByRole('button', { name: 'Leave and remove them' }).click();

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

test('a person shared on one phone reaches the other by itself, and is forgotten on both; their sensitive notes stay; the server holds no typed word', async ({ page, browser, baseURL }) => {
  const code = await startTeam(page, server.base, 'Westside council', 'westside', ANA);
  const other = await browser.newContext({ baseURL, viewport: { width: 320, height: 700 } });
  const phone = await other.newPage();
  try {
    await joinTeam(phone, code, BEN);
    await expect(syncStatus(phone)).toHaveAccessibleName('Team sync: Up to date with the team\'s server.');

    // Ana adds Rosa, with a note in confidence, and a person she keeps to herself.
    const people = new PeoplePage(page);
    await people.open();
    await people.add('Lidia Private');
    await people.open();
    await people.add('Rosa Marquez');
    const rosa = new PersonPage(page);
    await page.getByRole('textbox', { name: 'Phone' }).fill('555-0142');
    await rosa.notes.fill('Landlord threatened her: SECRET-NOTE-7');
    await page.getByRole('button', { name: 'Notes is sensitive' }).click();
    const share = page.getByRole('checkbox', { name: 'Share with Westside council' });
    await expect(share).not.toBeChecked();
    await share.check();
    await expect(rosa.status).toHaveText('Saved on this device');
    await expect(syncStatus(page)).toHaveText('Up to date');
    await expectNoAccessibilityViolations(page, "a shared person's page");

    // Ben's People shows her without anyone pressing "Sync now".
    await phone.goto('/people');
    await expect(phone.getByRole('link', { name: /Rosa Marquez/ })).toBeVisible({ timeout: 10_000 });
    await expect(phone.getByRole('link', { name: /Lidia Private/ })).toHaveCount(0);
    await phone.getByRole('link', { name: /Rosa Marquez/ }).click();
    await expect(phone.getByRole('textbox', { name: 'Phone' })).toHaveValue('555-0142');
    await expect(phone.getByRole('checkbox', { name: 'Share with Westside council' })).toBeChecked();
    expect(await phone.evaluate(() => document.body.innerText)).not.toContain('SECRET-NOTE-7');
    // The mark travels: Ben's copy of the note is masked too, empty, and says where it is.
    await phone.getByRole('button', { name: 'Notes: sensitive, tap to show' }).click();
    const bensNotes = phone.getByRole('textbox', { name: 'Notes' });
    await expect(bensNotes).toHaveValue('');
    await expect(bensNotes).toHaveAccessibleDescription(/^Stays on the phone it is typed on: teammates see this field empty/);

    // Ben changes her phone number: it shows on Ana's open page, her note untouched.
    await phone.getByRole('textbox', { name: 'Phone' }).fill('555-0199');
    await expect(phone.locator('.save-state')).toHaveText('Saved on this device');
    await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue('555-0199', { timeout: 10_000 });
    await page.getByRole('button', { name: 'Notes: sensitive, tap to show' }).click();
    await expect(rosa.notes).toHaveValue('Landlord threatened her: SECRET-NOTE-7');

    // Ana forgets Rosa: the team forgets her too. Lidia, deleted but never shared, is not sent.
    await page.getByRole('button', { name: 'Forget this person…' }).click();
    await expect(page.getByText("from your teammates' phones as soon as this phone is online")).toBeVisible();
    await page.getByRole('button', { name: 'Forget', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await page.getByRole('link', { name: /Lidia Private/ }).click();
    await page.getByRole('button', { name: 'Forget this person…' }).click();
    await expect(page.getByText('erased from this phone for good.')).toBeVisible();
    await page.getByRole('button', { name: 'Forget', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await phone.goto('/people');
    await expect(phone.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await expect(phone.getByRole('link', { name: /Rosa Marquez/ })).toHaveCount(0, { timeout: 10_000 });
    await expect(syncStatus(page)).toHaveText('Up to date');
    await expect(syncStatus(phone)).toHaveText('Up to date');

    const stored = (await call(server.base, 'GET', '/westside/_all_docs?include_docs=true', { user: ADMIN })).json;
    // The key check, Rosa, and her deletion's one revision: Lidia was never sent.
    expect(stored.rows.map((row) => row.id)).toHaveLength(2);
    for (const word of ['Rosa', 'Marquez', '555-0142', '555-0199', 'SECRET-NOTE-7', 'Lidia', 'Landlord']) {
      expect(JSON.stringify(stored), `the server holds "${word}"`).not.toContain(word);
    }
  } finally {
    await other.close();
  }
});
