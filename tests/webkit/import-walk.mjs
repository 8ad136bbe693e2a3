// WebKit walk of bringing people in on the release build: a spreadsheet saved by Excel on
// Windows (Windows-1252, semicolons, a blank row, a formula) and an iPhone's contacts file
// come in; the same sheet again adds nobody; "Add from contacts" is absent, since Safari
// offers no Contact Picker.
// Usage: node tests/webkit/import-walk.mjs <app url> [driver port]
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session } from './webdriver.mjs';

const app = process.argv[2] ?? 'http://127.0.0.1:4173';
const step = (what) => console.log(`  ${what}`);
const folder = mkdtempSync(join(tmpdir(), 'webkit-import-'));
const driver = await startDriver(Number(process.argv[3] ?? 4444));

/** Waits until the page says `pattern`; returns its text. */
async function says(session, pattern, ms = 30_000) {
  return session.until(pattern.source, async () => {
    const text = await session.text();
    return pattern.test(text) && text;
  }, ms);
}

// "José Müller", "Zoë “Z” Ortiz" in Windows-1252 (é FC ë 93 94), a blank row, a formula.
const sheet = Buffer.concat([
  Buffer.from('First Name;Last Name;E-mail Address;Notes\r\n'),
  Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x3b, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]),
  Buffer.from(';jose@example.org;\r\n;;;\r\n'),
  Buffer.from([0x5a, 0x6f, 0xeb, 0x20, 0x93, 0x5a, 0x94]),
  Buffer.from(';Ortiz;zoe@example.org;"=HYPERLINK(""http://example.com"")"\r\n'),
]);
writeFileSync(join(folder, 'sign-up.csv'), sheet);
copyFileSync(new URL('../fixtures/import/iphone.vcf', import.meta.url), join(folder, 'Contacts.vcf'));

const session = await Session.open(driver.base);
try {
  await session.go(`${app}/people`);
  await (await session.find('link', 'Bring people in from contacts or a spreadsheet', 60_000)).click();
  await session.find('heading', 'Bring people in', 30_000);
  if ((await session.all('button', 'Add from contacts')).length) throw new Error('Add from contacts shows without the Contact Picker');
  step('the import screen, with no "Add from contacts" in WebKit');
  await session.pickFile(join(folder, 'sign-up.csv'));
  const preview = await says(session, /What will happen/);
  if (!/2 new people/.test(preview) || !/1 blank row left out/.test(preview)) throw new Error(`preview says: ${preview}`);
  await (await session.find('button', 'Add 2 people and update 0')).click();
  await says(session, /Added 2 people and updated 0\./);
  step('a Windows-1252 sheet: 2 new people, a blank row left out');
  await (await session.find('button', 'Bring in another file')).click();
  await session.pickFile(join(folder, 'Contacts.vcf'));
  await says(session, /What will happen/);
  await (await session.find('button', 'Add 2 people and update 0')).click();
  await says(session, /Added 2 people and updated 0\./);
  step("an iPhone's contacts file: 2 new people");
  await (await session.find('button', 'Bring in another file')).click();
  await session.pickFile(join(folder, 'sign-up.csv'));
  await says(session, /Everyone in it is here already, with nothing new/);
  step('the same sheet again: nobody to bring in');
  await (await session.find('link', 'People')).click();
  for (const name of [/José Müller/, /Zoë “Z” Ortiz/, /Thị Mai Nguyễn/, /Seán O'Brien/]) {
    await session.find('link', name, 30_000);
  }
  await (await session.find('link', /Zoë “Z” Ortiz/)).click();
  const notes = await (await session.find('textbox', 'Notes', 30_000)).value();
  if (notes !== '=HYPERLINK("http://example.com")') throw new Error(`the formula came in as "${notes}"`);
  step('everyone listed; the formula kept as text');
  console.log('WebKit import walk: ok');
} finally {
  await session.close();
  driver.stop();
  rmSync(folder, { recursive: true, force: true });
}
