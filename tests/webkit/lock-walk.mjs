// WebKit walk of the lock on the release build: add a person with a note, turn the lock on
// (a second window on that person locks too), reload onto the lock screen, find none of the note in storage, unlock, see the note; then the
// quick exit's blank page and, opened again, the lock screen.
// Usage: node tests/webkit/lock-walk.mjs <app url> [driver port]
import { startDriver, Session } from './webdriver.mjs';

const app = process.argv[2] ?? 'http://127.0.0.1:4173';
const driver = await startDriver(Number(process.argv[3] ?? 4444));
const session = await Session.open(driver.base);
const step = (what) => console.log(`  ${what}`);
try {
  await session.go(`${app}/people`);
  // The first start compiles the whole wasm module: WebKit under Xvfb takes its time.
  await (await session.find('link', 'Add person', 60_000)).click();
  await (await session.find('textbox', 'Name')).fill('Quillon Tamsin');
  await (await session.find('button', 'Add')).click();
  step('person added');
  const notes = await session.find('textbox', 'Notes');
  await notes.fill('Worried about deportation');
  await session.until('saved', async () => (await session.text()).includes('Saved on this device'));
  // A second window on the same person: it must lock when the first turns the lock on.
  const first = await session.window();
  const second = await session.newWindow();
  await session.switchTo(second);
  await session.go(`${app}/people`);
  await (await session.find('link', /Quillon Tamsin/, 60_000)).click();
  await session.find('textbox', 'Notes');
  await session.switchTo(first);
  await session.go(`${app}/settings`);
  await (await session.find('textbox', 'New passcode')).fill('482916');
  await (await session.find('textbox', 'The new passcode again')).fill('482916');
  await (await session.find('button', 'Turn on the lock')).click();
  await session.until('lock on', async () => (await session.text()).includes('The lock is on'), 60_000);
  step('lock on');
  await session.switchTo(second);
  await session.find('heading', 'One-on-one is locked', 60_000);
  if ((await session.all('textbox', 'Notes')).length) throw new Error('the second window still shows the note');
  step('the second window locked too (the storage event)');
  await session.switchTo(first);
  await session.reload();
  await session.find('heading', 'One-on-one is locked', 60_000);
  const stored = await session.runAsync(`
    const done = arguments[arguments.length - 1];
    const open = indexedDB.open('one-on-one');
    open.onsuccess = () => {
      const db = open.result, out = [];
      const tx = db.transaction([...db.objectStoreNames], 'readonly');
      for (const name of db.objectStoreNames) tx.objectStore(name).getAll().onsuccess = (e) => out.push(JSON.stringify(e.target.result));
      tx.oncomplete = () => done(out.join('') + JSON.stringify({ ...localStorage }));
    };
    open.onerror = () => done('error');`);
  if (stored.includes('deportation') || stored.includes('Quillon')) throw new Error('readable in storage');
  step(`lock screen; storage holds ${stored.length} characters, none of the note`);
  await (await session.find('textbox', 'Passcode')).fill('482916');
  await (await session.find('button', 'Unlock')).click();
  await session.until('unlocked', async () => (await session.text()).includes('Lock now'), 30_000);
  await (await session.find('link', 'People')).click();
  await (await session.find('link', /Quillon Tamsin/)).click();
  const shown = await (await session.find('textbox', 'Notes')).value();
  if (shown !== 'Worried about deportation') throw new Error(`note shows "${shown}"`);
  step('unlocked: the note shows');
  // Quick exit with the lock on: a neutral blank page at once, then the lock screen.
  await (await session.find('button', 'Hide the app (Esc twice)')).click();
  await session.until('hidden', async () => (await session.run('return document.title')) === 'New tab');
  const blank = await session.text();
  if (/Quillon|deportation|One-on-one|People/.test(blank)) throw new Error(`the blank page shows "${blank}"`);
  await session.reload();
  await session.find('heading', 'One-on-one is locked', 60_000);
  step('quick exit: a blank page, then the lock screen');
  console.log('WebKit lock walk: ok');
} finally {
  await session.close();
  driver.stop();
}
