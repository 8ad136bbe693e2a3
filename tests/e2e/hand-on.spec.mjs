// Handing a person on (issue 21): their story as plain text for a teammate who does not use
// the app, read and edited first, copied; nothing marked sensitive in it, and their phone and
// email only when ticked.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { PeoplePage, PersonPage } from './pages.mjs';

test('a summary to hand on leaves out what is sensitive and adds their phone only when asked', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 320, height: 720 });
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Ofelia Marsh');
  const person = new PersonPage(page);
  await person.field('Phone').fill('+1 555 0177');
  await person.field('Organizations (comma separated)').fill('Tenants union, Local 12');
  await person.notes.fill('Afraid of the raids at the plant');
  await page.getByRole('button', { name: 'Notes is sensitive' }).click();
  await expect(person.status).toHaveText('Saved on this device');

  const open = page.getByRole('button', { name: 'Hand on a summary' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const summary = page.getByRole('textbox', { name: 'Summary' });
  await expect(summary).toHaveValue(/^Ofelia Marsh\nOrganizations: Tenants union; Local 12\n/);
  await expect(summary).toHaveValue(/Where they stand: Not yet met/);
  expect(await summary.inputValue()).not.toMatch(/raids|555/);

  await page.getByRole('checkbox', { name: 'Include their phone and email' }).check();
  await expect(summary).toHaveValue(/^Ofelia Marsh\nPhone: \+1 555 0177\n/);
  await summary.press('End');
  await summary.pressSequentially('\nCall her after 6.');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/Phone: \+1 555 0177/);
  expect(copied.endsWith('\nCall her after 6.')).toBe(true);
  expect(copied).not.toContain('raids');
  await expectNoAccessibilityViolations(page, 'a person page with the summary to hand on open');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
