// WebKit walk of the lock on the release build: add a person with a note, turn the lock on,
// reload onto the lock screen, find none of the note in storage, unlock, see the note.
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
  await session.go(`${app}/settings`);
  await (await session.find('textbox', 'New passcode')).fill('482916');
  await (await session.find('textbox', 'The new passcode again')).fill('482916');
  await (await session.find('button', 'Turn on the lock')).click();
  await session.until('lock on', async () => (await session.text()).includes('The lock is on'), 60_000);
  step('lock on');
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
  console.log('WebKit lock walk: ok');
} finally {
  await session.close();
  driver.stop();
}
