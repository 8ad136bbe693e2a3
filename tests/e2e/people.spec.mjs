// People through the real UI: add, edit with autosave, search, filter, refer, delete.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { PeoplePage, PersonPage } from './pages.mjs';

const HOSTILE_NAME = 'Dolores <script>window.pwned = 1</script> Núñez 🌱';

test('add a person, fill in their details, and find them after a reload', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.open();
  await people.add(HOSTILE_NAME);

  const person = new PersonPage(page);
  await expect(person.heading).toHaveText(HOSTILE_NAME);
  await person.field('Phone').fill('+1 555 0100');
  // Typed key by key: the comma must survive while the second entry is typed.
  await person.field('Organizations (comma separated)').pressSequentially('Local 12, Tenants United');
  await expect(person.field('Organizations (comma separated)')).toHaveValue('Local 12, Tenants United');
  await person.field('Tags (comma separated)').fill('transit, nurse');
  await person.notes.fill('Night-shift nurse.\nAngry about route 12 cuts; childcare is hard.');
  await expect(person.status).toHaveText('Saved on this device');
  await page.reload();
  await expect(person.heading).toHaveText(HOSTILE_NAME);
  await expect(person.field('Tags (comma separated)')).toHaveValue('transit, nurse');
  await expect(person.notes).toHaveValue('Night-shift nurse.\nAngry about route 12 cuts; childcare is hard.');
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();
  await expect(page).toHaveTitle(`${HOSTILE_NAME} · One-on-one`);

  await people.open();
  await expect(people.card(HOSTILE_NAME)).toContainText('Local 12, Tenants United');
  await expectNoAccessibilityViolations(page, 'the people list');
  await people.card(HOSTILE_NAME).click();
  // The page is judged once it is there, not while its screen is still arriving.
  await expect(person.heading).toHaveText(HOSTILE_NAME);
  await expectNoAccessibilityViolations(page, 'a person page');
});

test('the list searches as you type, accents and case aside, and filters by tag', async ({ page }) => {
  const people = new PeoplePage(page);
  const person = new PersonPage(page);
  for (const [name, tags] of [
    ['Dolores Núñez', 'transit'],
    ['Ben Okafor', 'childcare, transit'],
    ['Chen Wei', 'housing'],
  ]) {
    await people.open();
    await people.add(name);
    await person.field('Tags (comma separated)').fill(tags);
    await expect(person.status).toHaveText('Saved on this device');
  }
  await people.open();
  await expect(people.cards).toHaveCount(3);
  await people.search.fill('nunez');
  await expect(people.cards).toHaveText([/Dolores Núñez/]);
  await people.search.fill('CHILD');
  await expect(people.cards).toHaveText([/Ben Okafor/]);
  await people.search.fill('');
  await people.tag.selectOption('transit');
  await expect(people.cards).toHaveCount(2);
  await people.search.fill('wei');
  await expect(page.getByText('No one matches')).toBeVisible();
});

test('a referral links to the person who referred them', async ({ page }) => {
  const people = new PeoplePage(page);
  const person = new PersonPage(page);
  await people.open();
  await people.add('Ana Referrer');
  await people.open();
  await people.add('Ben Referred');
  await person.field('Referred by').fill('ana ref');
  await page.getByRole('list', { name: 'People matching' }).getByRole('button', { name: 'Ana Referrer' }).click();
  await expect(person.status).toHaveText('Saved on this device');
  await page.reload();
  await expect(person.field('Referred by')).toHaveValue('Ana Referrer');
  await expect(page.getByText('Referred by Ana Referrer.')).toBeVisible();

  // From one person to another: the page shows the person followed to, both ways.
  const story = page.getByRole('region', { name: 'At a glance' });
  await story.getByRole('link', { name: 'Ana Referrer', exact: true }).click();
  await expect(person.heading).toHaveText('Ana Referrer');
  await expect(person.field('Name')).toHaveValue('Ana Referrer');
  await story.getByRole('list', { name: 'People they referred' }).getByRole('link', { name: 'Ben Referred' }).click();
  await expect(person.heading).toHaveText('Ben Referred');
  await page.goBack();
  await expect(person.heading).toHaveText('Ana Referrer');

  // No one is offered as their own referrer; the referrer can be taken away again.
  await page.goForward();
  await expect(person.heading).toHaveText('Ben Referred');
  await person.field('Referred by').fill('ben');
  await expect(page.getByRole('list', { name: 'People matching' })).toHaveCount(0);
  await page.getByRole('button', { name: 'No referrer' }).click();
  await expect(person.status).toHaveText('Saved on this device');
  await expect(page.getByText('No one yet. Type a few letters of their name.')).toBeVisible();
  await expect(story.getByRole('link', { name: /Ana Referrer/ })).toHaveCount(0);
});

test('adding needs a name; deleting needs a second tap and can be kept', async ({ page }) => {
  const people = new PeoplePage(page);
  const person = new PersonPage(page);
  await people.open();
  await page.getByRole('link', { name: 'Add person' }).click();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Type a name (a first name is enough).');

  await page.getByRole('textbox', { name: 'Name' }).fill('Temporary Tess');
  await expect(page.getByRole('alert')).toBeEmpty();
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByRole('button', { name: 'Forget this person…' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(person.heading).toHaveText('Temporary Tess');
  await page.getByRole('button', { name: 'Forget this person…' }).click();
  await page.getByRole('button', { name: 'Forget', exact: true }).click();
  await expect(page).toHaveURL('/people');
  await expect(page.getByText('No people yet')).toBeVisible();
});

test('a link to a person who is not here says so', async ({ page }) => {
  await page.goto('/people/no-such-id');
  await expect(page.getByRole('heading', { name: 'Person not found', level: 1 })).toBeVisible();
  await expectNoAccessibilityViolations(page, 'person not found');
});

test('a person page calls, texts and emails them from their details, at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Ana Ortiz');
  const person = new PersonPage(page);
  const main = page.getByRole('main');
  // Nothing to call or write to yet: no buttons that would lead nowhere.
  for (const name of ['Call', 'Text', 'Email']) {
    await expect(main.getByRole('link', { name, exact: true })).toHaveCount(0);
  }
  await person.field('Phone').fill('+1 (555) 010-0100 ext. 12');
  await expect(main.getByRole('link', { name: 'Call', exact: true })).toHaveAttribute('href', 'tel:+15550100100;ext=12');
  await expect(main.getByRole('link', { name: 'Text', exact: true })).toHaveAttribute('href', 'sms:+15550100100?&body=');
  await expect(main.getByRole('link', { name: 'Email', exact: true })).toHaveCount(0);
  await person.field('Email').fill('ana@example.org');
  await expect(main.getByRole('link', { name: 'Email', exact: true })).toHaveAttribute('href', 'mailto:ana@example.org?subject=&body=');
  // Planning the next one-on-one stays the first thing on the page.
  const plan = main.getByRole('link', { name: 'Plan a one-on-one' });
  const call = main.getByRole('link', { name: 'Call', exact: true });
  expect((await plan.boundingBox()).y).toBeLessThanOrEqual((await call.boundingBox()).y);
  await expect(plan).toHaveClass(/\bbutton\b/);
  await expect(call).toHaveClass(/\bsecondary\b/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
  await expectNoAccessibilityViolations(page, 'a person page with contact actions');
});
