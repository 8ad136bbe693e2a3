// WebKit walk of a protected backup on the release build: add a person with a note, export a
// backup protected by a passphrase (the file caught as the page hands it to the browser),
// then in a second, fresh browser: the file with one byte changed is refused and changes
// nothing, a wrong passphrase is refused, the right one restores the person and the note.
// Usage: node tests/webkit/backup-walk.mjs <app url> [driver port]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDriver, Session } from './webdriver.mjs';

const app = process.argv[2] ?? 'http://127.0.0.1:4173';
const PASSPHRASE = 'heron at the river mouth';
const NOTE = 'Organizing the Brackwater night shift';
const step = (what) => console.log(`  ${what}`);
const folder = mkdtempSync(join(tmpdir(), 'webkit-backup-'));
const driver = await startDriver(Number(process.argv[3] ?? 4444));

/** Opens Settings through the bottom navigation and waits for its Backup section. */
async function openSettings(session) {
  await (await session.find('link', 'Settings', 60_000)).click();
  await session.find('button', 'Export backup', 30_000);
}

/** Restores the file at `path` with `passphrase`; returns the page's text once it answered. */
async function restore(session, path, passphrase, answer) {
  await session.pickFile(path);
  await (await session.find('textbox', 'Passphrase of the backup', 30_000)).fill(passphrase);
  await (await session.find('button', 'Open and restore')).click();
  return session.until(answer.source, async () => {
    const text = await session.text();
    return answer.test(text) && text;
  }, 60_000);
}

let exported;
const maker = await Session.open(driver.base);
try {
  await maker.go(`${app}/people`);
  await (await maker.find('link', 'Add person', 60_000)).click();
  await (await maker.find('textbox', 'Name')).fill('Quillon Tamsin');
  await (await maker.find('button', 'Add')).click();
  await (await maker.find('textbox', 'Notes')).fill(NOTE);
  await maker.until('saved', async () => (await maker.text()).includes('Saved on this device'));
  await openSettings(maker);
  // The download itself goes to WebKit's own folder: catch the file as the page makes it.
  await maker.run(`
    const make = URL.createObjectURL;
    window.madeFiles = [];
    URL.createObjectURL = (blob) => { window.madeFiles.push(blob); return make.call(URL, blob); };`);
  await (await maker.find('textbox', 'Passphrase')).fill(PASSPHRASE);
  await (await maker.find('textbox', 'The passphrase again')).fill(PASSPHRASE);
  await (await maker.find('button', 'Export backup')).click();
  await maker.until('exported', async () => /protected by your passphrase/.test(await maker.text()), 60_000);
  const base64 = await maker.runAsync(`
    const done = arguments[arguments.length - 1];
    const reader = new FileReader();
    reader.onload = () => done(reader.result.split(',')[1]);
    reader.readAsDataURL(window.madeFiles.at(-1));`);
  exported = Buffer.from(base64, 'base64');
  if (exported.includes(Buffer.from('Brackwater')) || exported.includes(Buffer.from('Quillon'))) {
    throw new Error('the protected backup holds the words in the clear');
  }
  step(`protected backup exported: ${exported.length} bytes, none of the note readable`);
} finally {
  await maker.close();
}

const fresh = await Session.open(driver.base);
try {
  await fresh.go(`${app}/people`);
  await fresh.find('link', 'Add person', 60_000);
  if ((await fresh.all('link', /Quillon Tamsin/)).length) throw new Error('the second browser is not fresh');
  await openSettings(fresh);
  const changed = Buffer.from(exported);
  changed[changed.length - 40] ^= 0x20;
  writeFileSync(join(folder, 'changed.protected'), changed);
  const refused = await restore(fresh, join(folder, 'changed.protected'), PASSPHRASE, /Nothing was changed/);
  if (!/changed since it was made|damaged|does not open/.test(refused)) throw new Error(`refused as "${refused}"`);
  await (await fresh.find('button', 'Cancel')).click();
  step('one byte changed: refused, nothing changed');
  writeFileSync(join(folder, 'backup.protected'), exported);
  await restore(fresh, join(folder, 'backup.protected'), 'not the passphrase', /That passphrase does not open this backup/);
  await (await fresh.find('button', 'Cancel')).click();
  step('a wrong passphrase: refused');
  await restore(fresh, join(folder, 'backup.protected'), PASSPHRASE, /Restored: 1 added/);
  await (await fresh.find('link', 'People')).click();
  await (await fresh.find('link', /Quillon Tamsin/, 30_000)).click();
  const shown = await (await fresh.find('textbox', 'Notes')).value();
  if (shown !== NOTE) throw new Error(`note shows "${shown}"`);
  step('restored in a fresh browser with the right passphrase: the note shows');
  console.log('WebKit backup walk: ok');
} finally {
  await fresh.close();
  driver.stop();
  rmSync(folder, { recursive: true, force: true });
}
