// The policy's one other origin: once a team's server is set up (its origin kept where
// Settings, Team keeps it), the service worker serves the app allowed to connect to that
// server and to no other; with none set up, or with something kept there that is not an
// origin, the app reaches nothing but itself. Plain Playwright, not the shared fixtures:
// this test makes the requests to other origins those fixtures forbid.
import { test, expect } from '@playwright/test';
import { createServer } from 'node:http';
import { untilWorkerControls } from './pages.mjs';

/** A server on loopback that any page may read (CORS open): what a team's server looks like. */
async function openServer() {
  const server = createServer((_, response) => {
    response.setHeader('access-control-allow-origin', '*');
    response.end('{"ok":true}');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Whether the page reaches `origin`, or the policy blocks it. */
function reaches(page, origin) {
  return page.evaluate(async (origin) => {
    const blocked = new Promise((done) => {
      document.addEventListener('securitypolicyviolation', (e) => done(e.blockedURI.startsWith(origin) ? 'blocked by the policy' : `blocked: ${e.blockedURI}`), { once: true });
    });
    try {
      await fetch(`${origin}/`);
      return 'reached';
    } catch {
      return Promise.race([blocked, new Promise((done) => setTimeout(() => done('failed otherwise'), 3_000))]);
    }
  }, origin);
}

function keepTeamOrigin(page, origin) {
  return page.evaluate(async (origin) => (await caches.open('team-origin')).put('/team-origin', new Response(origin)), origin);
}

test('the app reaches the team server set up, no other origin, and nothing before one is', async ({ page }) => {
  const team = await openServer();
  const other = await openServer();
  try {
    await page.goto('/');
    await untilWorkerControls(page);
    expect(await reaches(page, team.origin)).toBe('blocked by the policy');

    await keepTeamOrigin(page, team.origin);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    expect(await reaches(page, team.origin)).toBe('reached');
    expect(await reaches(page, other.origin)).toBe('blocked by the policy');

    // Kept words that would widen the policy are not an origin: nothing is added.
    await keepTeamOrigin(page, `${team.origin} *; script-src *`);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
    expect(await reaches(page, team.origin)).toBe('blocked by the policy');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toContain('script-src *');
  } finally {
    team.close();
    other.close();
  }
});
