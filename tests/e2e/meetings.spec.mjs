// Planning a one-on-one through the real UI: the plan, the request from the script, sending
// it on, and all of it still there after a reload.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage, PersonPage, ProfileForm } from './pages.mjs';

const HOSTILE_NAME = 'Dolores <script>window.pwned = 1</script> Núñez 🌱';

async function setProfile(page, { name, organization, campaign }) {
  const form = new ProfileForm(page);
  await form.open();
  await form.name.fill(name);
  await form.organization.fill(organization);
  await form.campaign.fill(campaign);
  await expect(form.status).toHaveText('Saved on this device');
}

async function addPerson(page, name, phone = '') {
  const people = new PeoplePage(page);
  await people.open();
  await people.add(name);
  if (phone) {
    const person = new PersonPage(page);
    await person.field('Phone').fill(phone);
    await expect(person.status).toHaveText('Saved on this device');
  }
}

test('add a person, plan a meeting, copy the request, reload: all of it is still there', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await setProfile(page, { name: 'Sam Rivera', organization: 'Eastside Tenants', campaign: 'Fair rent' });
  await addPerson(page, HOSTILE_NAME, '+1 (555) 010-0100');

  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  await expect(page).toHaveURL(/\/meetings\/new\?person=[0-9a-f-]{36}$/);
  const meeting = new MeetingPage(page);
  await expect(meeting.heading).toHaveText(`One-on-one with ${HOSTILE_NAME}`);
  await expect(meeting.length('30 min')).toBeChecked();
  await expect(meeting.status).toHaveValue('Planned');

  // Typed as a heading, with its own full stop: the request still reads as one sentence.
  await meeting.purpose.fill('The rent increases on Elm Street.');
  await meeting.outcomes.fill('Learn what she cares about; ask her to host a house meeting');
  await meeting.length('45 min').check();
  await meeting.when.fill('2030-05-14T18:30');
  await expect(meeting.venue('In person')).toBeChecked();
  await meeting.place.fill('Café Rojo');
  await meeting.guide.selectOption({ label: 'Campaign one-to-one' });
  await expect(meeting.message).toHaveValue(
    `Hi ${HOSTILE_NAME}, this is Sam Rivera from Eastside Tenants. I'd love to meet for 45 minutes ` +
      'to get to know you better and talk about the rent increases on Elm Street. ' +
      'Would Café Rojo work for you? If plans change, this is the best number to reach me.',
  );
  await meeting.message.press('End');
  await meeting.message.pressSequentially(' Thanks!');
  const sent = await meeting.message.inputValue();
  expect(sent.endsWith('reach me. Thanks!')).toBe(true);

  await meeting.request.getByRole('button', { name: 'Copy' }).click();
  await expect(meeting.request.getByText('Copied. Paste it into any app.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sent);
  const sms = await meeting.request.getByRole('link', { name: 'Send by text' }).getAttribute('href');
  expect(sms).toBe(`sms:+15550100100?&body=${encodeURIComponent(sent).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())}`);
  await meeting.status.selectOption('Confirmed');
  await meeting.expectSaved();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expectNoAccessibilityViolations(page, 'the meeting page');

  await page.reload();
  await expect(meeting.heading).toHaveText(`One-on-one with ${HOSTILE_NAME}`);
  await expect(meeting.status).toHaveValue('Confirmed');
  await expect(meeting.purpose).toHaveValue('The rent increases on Elm Street.');
  await expect(meeting.outcomes).toHaveValue('Learn what she cares about; ask her to host a house meeting');
  await expect(meeting.length('45 min')).toBeChecked();
  await expect(meeting.when).toHaveValue('2030-05-14T18:30');
  await expect(meeting.place).toHaveValue('Café Rojo');
  await expect(meeting.guide.locator('option:checked')).toHaveText('Campaign one-to-one');
  await expect(meeting.message).toHaveValue(sent);
  expect(await page.evaluate(() => window.pwned)).toBeUndefined();

  await page.getByRole('link', { name: HOSTILE_NAME }).click();
  const story = page.getByRole('list', { name: 'One-on-ones' });
  await expect(story.getByRole('link')).toHaveText(['One-on-oneConfirmed · Tue 14 May 2030, 18:30 · Café Rojo']);
  await page.goto('/');
  const upcoming = page.getByRole('list', { name: 'Upcoming meetings' });
  await expect(upcoming.getByRole('link')).toHaveText([`${HOSTILE_NAME}Confirmed · Tue 14 May 2030, 18:30 · Café Rojo`]);
  await expect(page.getByText('No one waiting')).toBeVisible();
  await expectNoAccessibilityViolations(page, 'Today with a meeting');
});

test('an introduction request goes to the person who referred them', async ({ page }) => {
  await addPerson(page, 'Ana Referrer', '555 0111');
  await addPerson(page, 'Ben Referred');
  const person = new PersonPage(page);
  await person.field('Referred by').fill('Ana');
  await page.getByRole('list', { name: 'People matching' }).getByRole('button', { name: 'Ana Referrer' }).click();
  await expect(person.status).toHaveText('Saved on this device');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();

  const meeting = new MeetingPage(page);
  await expect(meeting.request.getByText('Still to fill in: your name (in Settings), organization (in Settings), purpose, place.')).toBeVisible();
  await expect(meeting.request.getByText('You have no phone number or email for Ben yet.')).toBeVisible();
  await meeting.channel.selectOption('Introduction by a referrer');
  const note = page.getByRole('textbox', { name: 'Message to Ana Referrer' });
  await expect(note).toHaveValue(/You mentioned that Ben Referred might want to get involved in \[campaign\]\./);
  const text = page.getByRole('link', { name: 'Send by text' }).first();
  await expect(text).toHaveAttribute('href', /^sms:5550111\?&body=Hi%2C%20this%20is%20%5Byour%20name%5D/);
  await note.fill('Ana, could you introduce me to Ben? 🙏');
  await meeting.expectSaved();
  await page.reload();
  await expect(note).toHaveValue('Ana, could you introduce me to Ben? 🙏');
  await expect(meeting.channel).toHaveValue('Introduction by a referrer');
});

test('settings: scripts, default length and engagement names are used where they apply', async ({ page }) => {
  const form = new ProfileForm(page);
  await form.open();
  await form.length.selectOption({ label: '60 minutes' });
  await page.getByRole('textbox', { name: 'Level 3' }).fill('Hosting');
  const script = page.getByRole('textbox', { name: 'Meeting request' });
  await script.fill('Hey {their_name}! {length} at {place}? {nonsense}');
  await expect(form.status).toHaveText('Saved on this device');
  await expect(page.getByRole('button', { name: "Restore the app's meeting request" })).toBeVisible();

  await addPerson(page, 'Chen Wei');
  await page.getByRole('combobox', { name: 'Engagement' }).selectOption({ label: '3 · Hosting' });
  await expect(new PersonPage(page).status).toHaveText('Saved on this device');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await expect(meeting.length('60 min')).toBeChecked();
  await meeting.venue('Phone').check();
  await expect(meeting.place).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Phone number' }).fill('555 0123');
  await expect(meeting.message).toHaveValue('Hey Chen Wei! 1 hour at a phone call? {nonsense}');
  await meeting.length('Custom').check();
  await page.getByRole('spinbutton', { name: 'Length in minutes' }).fill('75');
  await expect(meeting.message).toHaveValue('Hey Chen Wei! 1 hour 15 minutes at a phone call? {nonsense}');
  await meeting.message.fill('My own words');
  await page.getByRole('button', { name: 'Start again from the script' }).click();
  await expect(meeting.message).toHaveValue('Hey Chen Wei! 1 hour 15 minutes at a phone call? {nonsense}');
  await meeting.expectSaved();

  await form.open();
  await page.getByRole('button', { name: "Restore the app's meeting request" }).click();
  await expect(script).toHaveValue(/^Hi \{their_name\}, this is \{your_name\}/);
});

test('plans that were never typed into leave nothing; wrong links say so; deleting a person takes their meetings', async ({ page }) => {
  await addPerson(page, 'Dee Left');
  const personUrl = page.url();
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  await expect(new MeetingPage(page).purpose).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('list', { name: 'One-on-ones' })).toHaveCount(0);
  await expect(page.getByText('None yet')).toBeVisible();

  await page.goto('/meetings/no-such-meeting');
  await expect(page.getByRole('heading', { name: 'Meeting not found', level: 1 })).toBeVisible();
  await page.goto('/meetings/new?person=no-such-person');
  await expect(page.getByRole('heading', { name: 'Who is this meeting with?', level: 1 })).toBeVisible();

  await page.goto(personUrl);
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  await new MeetingPage(page).purpose.fill('housing');
  await new MeetingPage(page).expectSaved();
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Upcoming meetings' }).getByRole('link')).toHaveCount(1);
  await page.goto(personUrl);
  await page.getByRole('button', { name: 'Forget this person…' }).click();
  await page.getByRole('button', { name: 'Forget', exact: true }).click();
  await expect(page).toHaveURL('/people');
  await page.goto('/');
  await expect(page.getByText('No meetings planned')).toBeVisible();
});
