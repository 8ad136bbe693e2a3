// Team (/settings/team) as a person uses it, shared by the team specs: open it, start a team,
// join one, "Sync now", and the team sync's status in the header.
import { expect } from '@playwright/test';
import { untilWorkerControls } from './pages.mjs';

export const ANA = { name: 'ana', password: 'ana-secret-1' };
export const BEN = { name: 'ben', password: 'ben-secret-1' };
export const OLGA = { name: 'olga', password: 'olga-secret-1' };

/** Team on a phone whose service worker serves it (the policy comes from the worker). */
export async function teamSettings(page, path = '/settings/team') {
  await page.goto(path);
  await untilWorkerControls(page);
  return page.getByRole('main');
}

/** Fills in and sends the join form on `team` (Team's main region). */
export async function join(team, code, { name, password }) {
  await team.getByLabel('Join code', { exact: true }).fill(code);
  await team.getByLabel("Your user name on the team's server").fill(name);
  await team.getByLabel("Your password on the team's server").fill(password);
  await team.getByRole('button', { name: 'Join the team' }).click();
}

/** Starts team `name` with `database` on `base` as `user` on `page`; returns its join code. */
export async function startTeam(page, base, name, database, user) {
  const team = await teamSettings(page);
  await team.getByLabel('Team name').fill(name);
  await team.getByLabel('Server address').fill(base);
  await team.getByLabel('Database').fill(database);
  await team.getByLabel('Your user name on the server').fill(user.name);
  await team.getByLabel('Your password on the server').fill(user.password);
  await team.getByRole('button', { name: 'Start the team' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/Connected to/);
  return page.getByRole('main').getByLabel('Join code for a teammate').inputValue();
}

/** Joins with `code` as `user` on `page`, and waits for the connection check. */
export async function joinTeam(page, code, user) {
  await join(await teamSettings(page), code, user);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/this phone holds the team's key/);
}

/** "Sync now" on Team; returns what it said. */
export async function syncNow(page) {
  await page.goto('/settings/team');
  await page.getByRole('button', { name: 'Sync now' }).click();
  const said = page.getByRole('main').getByRole('status').filter({ hasText: /^Synced with/ });
  await expect(said).toBeVisible({ timeout: 15_000 });
  return said.textContent();
}

/** The team sync's status in the header (a link to Team, named by what it says in full). */
export function syncStatus(page) {
  return page.getByRole('banner').getByRole('link', { name: /^Team sync:/ });
}
