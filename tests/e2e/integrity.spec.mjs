// Nothing lost, ever: two tabs editing one person keep both edits, a backup record of the
// wrong shape is refused with its field named, and a deleted person stays deleted when another
// tab's autosave lands after the delete.
import { test, expect } from './fixtures.mjs';
import { BackupSection, PeoplePage, PersonPage } from './pages.mjs';

/** Adds a person on `page` and returns their page's address. */
async function addPerson(page, name) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add(name);
  return new URL(page.url()).pathname;
}

test('two tabs editing one person keep both edits', async ({ page, context }) => {
  const address = await addPerson(page, 'Ana Two-Tabs');
  const first = new PersonPage(page);
  await first.field('Phone').fill('555 0100');
  await expect(first.status).toHaveText('Saved on this device');

  const other = await context.newPage();
  await other.goto(address);
  const second = new PersonPage(other);
  await expect(second.field('Phone')).toHaveValue('555 0100');
  // Tab two types a note slowly; meanwhile tab one changes the phone and saves it.
  await second.notes.click();
  const typing = second.notes.pressSequentially('Cares about the 42 bus', { delay: 120 });
  await expect(second.status).toHaveText('Saving…');
  await first.field('Phone').fill('555 0199');
  await expect(first.status).toHaveText('Saved on this device');
  await typing;
  await expect(second.status).toHaveText('Saved on this device');
  // Tab one was not rebuilt under the person's fingers by tab two's saves.
  await expect(first.field('Phone')).toBeFocused();
  // Once tab two pauses, it shows tab one's phone too, and the note typed stays as typed.
  await expect(second.field('Phone')).toHaveValue('555 0199');
  await expect(second.notes).toHaveValue('Cares about the 42 bus');

  for (const tab of [page, other]) {
    await tab.reload();
    const person = new PersonPage(tab);
    await expect(person.field('Phone')).toHaveValue('555 0199');
    await expect(person.notes).toHaveValue('Cares about the 42 bus');
  }
});

test('a backup whose person has the wrong shape is refused, and the list still works', async ({ page }) => {
  const address = await addPerson(page, 'Bo Shape');
  const id = address.split('/').pop();
  const backup = new BackupSection(page);
  const file = (name) =>
    JSON.stringify({
      format: 'one-on-one-backup', version: 1, exported_at: 1, app_version: 'x',
      stores: {
        people: [{ meta: { id, created_at: 1, updated_at: 9e12, schema: 1 }, name }],
      },
    });
  for (const [name, message] of [
    [7, 'Record 1 in people: name must be text. Nothing was changed.'],
    [{ first: 'Bo' }, 'Record 1 in people: name must be text. Nothing was changed.'],
  ]) {
    await page.goto('/settings');
    await backup.restore({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file(name)) });
    await expect(page.getByRole('alert')).toHaveText(message);
  }
  const people = new PeoplePage(page);
  await people.open();
  await expect(people.card('Bo Shape')).toBeVisible();
  await page.reload();
  await expect(people.card('Bo Shape')).toBeVisible();
});

test('a person deleted in one tab stays deleted when another tab saves them after', async ({ page, context }) => {
  const address = await addPerson(page, 'Cy Deleted');
  const other = await context.newPage();
  await other.goto(address);
  const second = new PersonPage(other);
  await expect(second.heading).toHaveText('Cy Deleted');
  // Tab two is typing a note when tab one deletes the person.
  await second.notes.click();
  const typing = second.notes.pressSequentially('A note typed while the person is deleted', { delay: 60 });
  await expect(second.status).toHaveText('Saving…');
  await page.getByRole('button', { name: 'Forget this person…' }).click();
  await page.getByRole('button', { name: 'Forget', exact: true }).click();
  await expect(page).toHaveURL('/people');
  await typing;
  // Tab two's last keystrokes are written after the delete: the person does not come back.
  await expect(other.getByRole('heading', { level: 1 })).not.toHaveText('Cy Deleted');
  await page.reload();
  await expect(page.getByText('No people yet')).toBeVisible();
  await other.reload();
  await expect(other.getByRole('heading', { level: 1 })).not.toHaveText('Cy Deleted');
  await expect(page.getByText('No people yet')).toBeVisible();
});

test('a record the app cannot read is set aside: the list works and Settings counts it', async ({ page }) => {
  await addPerson(page, 'Di Readable');
  // A record of the wrong shape already on the phone (an older bug, a hand-edited database).
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('one-on-one');
        open.onsuccess = () => {
          const tx = open.result.transaction('people', 'readwrite');
          tx.objectStore('people').put({
            meta: { id: 'broken', created_at: 1, updated_at: 1, schema: 1 },
            name: { first: 'Ed' },
          });
          tx.oncomplete = () => resolve(open.result.close());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const people = new PeoplePage(page);
  await people.open();
  await expect(people.card('Di Readable')).toBeVisible();
  await page.goto('/settings');
  await expect(page.getByText('1 record could not be read.')).toBeVisible();
});
