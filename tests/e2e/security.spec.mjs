// The Content-Security-Policy: strict, and never violated across a full flow.
import { test, expect } from './fixtures.mjs';
import { MeetingPage, PeoplePage } from './pages.mjs';

test('a strict policy: no inline or eval scripts, connections only to our origin', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
  expect(policy).toBeDefined();
  const scripts = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scripts).toMatch(/^script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'$/);
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain("'unsafe-eval'");
  expect(policy).toContain("connect-src 'self'");
});

test('a full flow breaks no rule of the policy', async ({ page }) => {
  // Collected on the test's side, so every page load of the flow counts.
  const violations = [];
  await page.exposeFunction('reportViolation', (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Ana <img src=x onerror=alert(1)>');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.purpose.fill('the bus cuts');
  await meeting.when.fill('2030-05-14T18:30');
  await meeting.expectSaved();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Add this meeting to calendar' }).click();
  await download;
  await page.getByRole('link', { name: 'Open the live guide' }).click();
  await page.getByRole('button', { name: 'Start the meeting' }).click();
  await page.getByRole('button', { name: "They're talking" }).click();
  await page.getByRole('button', { name: 'End the meeting…' }).click();
  await page.getByRole('button', { name: 'End', exact: true }).click();
  await page.getByRole('textbox', { name: 'Next step' }).fill('Call back');
  await page.getByRole('button', { name: 'Add next step' }).click();
  for (const path of ['/', '/people', '/follow-ups', '/guides', '/settings']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);
});
