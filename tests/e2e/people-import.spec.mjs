// Bringing people in (issue 21): a 1,000-row spreadsheet in Windows-1252 with quotes, line
// breaks, blank rows, a formula and refused rows; contacts files as iPhone and Android export
// them; a column's field changed by hand; the phone's contacts where the browser offers them;
// a second import that adds nobody; and a cancel that leaves everyone as they were.
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { readFileSync } from 'node:fs';
import { PeoplePage, PersonPage } from './pages.mjs';

const HIGH_1252 = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };

/** `text` in Windows-1252, as Excel on Windows saves a CSV. */
function windows1252(text) {
  return Buffer.from([...text].map((c) => HIGH_1252[c] ?? c.charCodeAt(0)));
}

const FIRST = ['José', 'Zoë', 'Ana “La Jefa”', 'Seán', 'Björn', 'Renée', 'Maël'];
const LAST = ['Müller', 'Núñez', 'O’Brien', 'García', 'Øster', 'Lefèvre', 'Çelik'];

const nameOf = (i) => `${FIRST[i % FIRST.length]} ${LAST[i % LAST.length]} ${i}`;

/** A 1,000-row sign-up sheet as a spreadsheet app saves it, with what breaks naive readers. */
function signUpSheet() {
  const quote = (cell) => `"${cell.replaceAll('"', '""')}"`;
  const lines = ['First Name;Last Name;E-mail Address;Mobile Phone;Company;Categories;Notes'];
  for (let i = 1; i <= 1000; i += 1) {
    const first = i % 100 === 50 ? '' : FIRST[i % FIRST.length];
    const last = i % 100 === 50 ? '' : `${LAST[i % LAST.length]} ${i}`;
    const repeat = i % 100 === 99;
    const n = repeat ? i - 1 : i;
    const email = i % 3 === 0 && !repeat ? '' : `person${n}@example.org`;
    const phone = i % 7 === 0 ? '' : `+1 (555) ${String(n % 1000).padStart(3, '0')}-${String(n * 7 % 10000).padStart(4, '0')}`;
    const notes = i === 500 ? '=HYPERLINK("http://example.com","click")' : i % 10 === 0 ? 'Met at the vigil;\r\nwants to help' : '';
    const row = repeat
      ? [FIRST[n % FIRST.length], `${LAST[n % LAST.length]} ${n}`, email, '', '', 'second sheet', '']
      : [first, last, email, phone, i % 4 === 0 ? 'Local 12, Inc.' : '', i % 5 === 0 ? 'tenants, parents' : '', notes];
    lines.push(row.map((cell, c) => (c === 6 || cell.includes(';') || cell.includes('"') ? quote(cell) : cell)).join(';'));
    if (i % 50 === 0) lines.push(';;;;;;', '');
  }
  return windows1252(`${lines.join('\r\n')}\r\n`);
}

async function chooseFile(page, name, buffer, mimeType = 'text/csv') {
  await page.getByLabel('Choose a file').setInputFiles({ name, mimeType, buffer });
}

async function openImport(page) {
  await page.goto('/people');
  await page.getByRole('link', { name: 'Bring people in from contacts or a spreadsheet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bring people in' })).toBeVisible();
}

const summary = (page) => page.locator('.import-summary li');

test('a 1,000-row sheet in Windows-1252 comes in with every row accounted for, and a second time adds nobody', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await openImport(page);
  const sheet = signUpSheet();
  await chooseFile(page, 'sign-up.csv', sheet);
  await expect(page.getByText('sign-up.csv: 1,000 rows')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'E-mail Address' })).toHaveValue('Email');
  await expect(page.getByRole('combobox', { name: 'Company' })).toHaveValue('Organization');
  await expect(page.getByRole('combobox', { name: 'Categories' })).toHaveValue('Tags');
  await expect(summary(page)).toHaveText([
    '980 new people',
    '0 people already here, 0 of them with something new',
    '10 rows repeating an earlier row (merged into it)',
    '10 rows refused',
    '39 blank rows left out',
  ]);
  const refused = page.getByRole('group').or(page.locator('details')).filter({ hasText: 'Refused (10)' });
  // Numbered as a spreadsheet shows them: the blank rows count, a cell's line breaks do not.
  await expect(refused.getByRole('listitem').nth(0)).toHaveText('Row 51: refused: no name');
  await expect(refused.getByRole('listitem').nth(1)).toHaveText('Row 155: refused: no name');
  await expectNoAccessibilityViolations(page, 'the preview of a sheet');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  await page.getByRole('button', { name: 'Add 980 people and update 0' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added 980 people and updated 0.', { timeout: 20_000 });

  const people = new PeoplePage(page);
  await people.open();
  await people.search.fill('Ana La Jefa 457');
  expect(nameOf(457)).toBe('Ana “La Jefa” O’Brien 457');
  await expect(people.card(nameOf(457))).toHaveCount(1);
  // Row 399 repeats row 398's person: its tags merged into the one person.
  await people.search.fill(nameOf(398));
  await people.card(nameOf(398)).click();
  const person = new PersonPage(page);
  await expect(person.field('Email')).toHaveValue('person398@example.org');
  await expect(person.field('Tags (comma separated)')).toHaveValue('second sheet');
  await people.open();
  await people.search.fill(nameOf(500));
  await people.card(nameOf(500)).click();
  await expect(person.notes).toHaveValue('=HYPERLINK("http://example.com","click")');

  await openImport(page);
  await chooseFile(page, 'sign-up.csv', sheet);
  await expect(summary(page).first()).toHaveText('0 new people');
  await expect(summary(page).nth(1)).toHaveText('990 people already here, 0 of them with something new');
  await expect(page.getByRole('status')).toHaveText('Everyone in it is here already, with nothing new: there is nothing to bring in.');
  await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(0);
});

test('contacts files as an iPhone and an Android phone export them come in whole', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'Contacts.vcf', readFileSync(new URL('../fixtures/import/iphone.vcf', import.meta.url)), 'text/vcard');
  await expect(page.getByText('Contacts.vcf: 2 contacts')).toBeVisible();
  await page.getByRole('button', { name: 'Add 2 people and update 0' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added 2 people and updated 0.');
  await page.getByRole('button', { name: 'Bring in another file' }).click();
  await chooseFile(page, '00001.vcf', readFileSync(new URL('../fixtures/import/android-2.1.vcf', import.meta.url)), 'text/x-vcard');
  await page.getByRole('button', { name: 'Add 2 people and update 0' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added 2 people and updated 0.');

  const people = new PeoplePage(page);
  await people.open();
  for (const name of ['Thị Mai Nguyễn', 'Seán O\'Brien', 'María Álvarez', 'Jörg Müller']) {
    await expect(people.card(name)).toHaveCount(1);
  }
  await people.card('Thị Mai Nguyễn').click();
  const person = new PersonPage(page);
  await expect(person.field('Phone')).toHaveValue('+1 (555) 010-2233');
  await expect(person.field('Email')).toHaveValue('mai.nguyen@example.org');
  await expect(person.notes).toHaveValue('Met at the rent strike meeting, wants to help with childcare.\nAsk about her building.');
});

test('a column the app could not guess is set by hand, and the preview follows', async ({ page }) => {
  await openImport(page);
  const sheet = 'Who,Reach at,Where from\nAna Núñez,555 010 1000,church\nBen Ortiz,555 010 2000,union\n';
  await chooseFile(page, 'house-meeting.csv', Buffer.from(sheet));
  await expect(summary(page).first()).toHaveText('0 new people');
  await expect(page.getByRole('status')).toHaveText('There is nobody to bring in.');
  const noName = page.getByRole('alert').filter({ hasText: 'No column is set to hold the name' });
  await expect(noName).toBeVisible();
  await page.getByRole('combobox', { name: 'Who' }).selectOption('Name');
  await expect(noName).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Reach at' }).selectOption('Phone');
  await expect(summary(page).first()).toHaveText('2 new people');
  await page.getByRole('button', { name: 'Add 2 people and update 0' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added 2 people and updated 0.');
  const people = new PeoplePage(page);
  await people.open();
  await people.card('Ben Ortiz').click();
  await expect(new PersonPage(page).field('Phone')).toHaveValue('555 010 2000');
});

test('Add from contacts shows only where the browser offers the phone\'s contacts, and fills name, phone and email', async ({ page }) => {
  await openImport(page);
  await expect(page.getByRole('button', { name: 'Add from contacts' })).toHaveCount(0);

  // Chrome on Android offers navigator.contacts; desktop Chromium does not, so it is given
  // here as Android's answers it: lists of names, numbers and addresses per picked contact.
  await page.addInitScript(() => {
    window.ContactsManager = function ContactsManager() {};
    Object.defineProperty(navigator, 'contacts', {
      value: {
        select: async (properties, options) => {
          window.askedFor = { properties, options };
          return [
            { name: ['Ana Núñez'], tel: ['+1 555 010 1000', '555 010 1001'], email: ['ana@example.org'] },
            { name: [], tel: ['555 010 3000'], email: [] },
          ];
        },
      },
    });
  });
  await openImport(page);
  await page.getByRole('button', { name: 'Add from contacts' }).click();
  expect(await page.evaluate(() => window.askedFor)).toEqual({ properties: ['name', 'tel', 'email'], options: { multiple: true } });
  await expect(page.getByText('Your contacts: 2 contacts')).toBeVisible();
  await expect(summary(page)).toContainText(['1 new person']);
  await page.getByRole('button', { name: 'Add 1 person and update 0' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toHaveText('Added 1 person and updated 0.');
  const people = new PeoplePage(page);
  await people.open();
  await people.card('Ana Núñez').click();
  const person = new PersonPage(page);
  await expect(person.field('Phone')).toHaveValue('+1 555 010 1000');
  await expect(person.field('Email')).toHaveValue('ana@example.org');
});

test('a file too big to be a sign-up sheet is refused before it is read, and nothing changes', async ({ page }) => {
  await openImport(page);
  await chooseFile(page, 'huge.csv', Buffer.alloc(21_000_000, 'a'));
  await expect(page.getByRole('alert')).toHaveText('huge.csv is 21.0 MB: at most 20.0 MB can be brought in at once. Split it into smaller files.');
  await expect(page.getByRole('button', { name: /^Add / })).toHaveCount(0);
  await chooseFile(page, 'fine.csv', Buffer.from('Name\nAna\n'));
  await expect(page.getByRole('alert')).toHaveText('');
  await expect(summary(page).first()).toHaveText('1 new person');
});

test('cancelling a big import leaves everyone as they were', async ({ page }) => {
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Zed Already Here');
  const lines = ['Name,Email'];
  for (let i = 1; i <= 10000; i += 1) lines.push(`Person ${i},p${i}@example.org`);
  lines.push('Zed Already Here,zed@example.org');
  await openImport(page);
  await chooseFile(page, 'big.csv', Buffer.from(lines.join('\n')));
  await expect(summary(page).first()).toHaveText('10,000 new people', { timeout: 20_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.getByRole('button', { name: 'Add 10,000 people and update 1' }).click();
  await expect(page.getByRole('progressbar', { name: 'Bringing people in' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cancelled' })).toHaveText('Cancelled: nobody was added or changed.', { timeout: 20_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await people.open();
  await people.search.fill('Person 1');
  await expect(people.cards).toHaveCount(0);
  await people.search.fill('Zed');
  await people.card('Zed Already Here').click();
  await expect(new PersonPage(page).field('Email')).toHaveValue('');
});
