// Any name is found: the People filter and Search find names of many languages typed without
// their accents, with them, or with the accents sent apart from the letters as some keyboards
// send them; a result shows the name as it was written. Seeded through a backup restore.
import { test, expect } from './fixtures.mjs';
import { BackupSection, PeoplePage } from './pages.mjs';

const NOW = Date.parse('2030-05-14T10:00:00Z');
const meta = (id, n) => ({ id, created_at: NOW - n * 60_000, updated_at: NOW - n * 60_000, schema: 1 });
const NAMES = [
  ['anh', 'Nguyễn Thị Ánh'],
  // Stored as a keyboard sent it: each accent after its letter.
  ['tran', 'Tra\u0302\u0300n \u0110u\u031b\u0301c'],
  ['stefan', 'Ștefan Țurcanu'],
  ['lukasz', 'Łukasz Wróbel'],
  ['ilkay', 'İlkay Işık'],
  ['eleni', 'Ελένη Παπαδοπούλου'],
  ['soren', 'Søren Ærø'],
  ['jose', 'José Núñez'],
];

async function seed(page) {
  await page.goto('/settings');
  const section = new BackupSection(page);
  const people = NAMES.map(([id, name], n) => ({ meta: meta(id, n), name }));
  const backup = { format: 'one-on-one-backup', version: 1, exported_at: NOW, app_version: '0.1.0', stores: { people } };
  await section.restore({ name: 'names.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(section.outcome).toContainText('Restored');
}

const FOUND = [
  ['nguyen', 'Nguyễn Thị Ánh'],
  ['Nguye\u0302\u0303n', 'Nguyễn Thị Ánh'],
  ['tran duc', 'Tra\u0302\u0300n \u0110u\u031b\u0301c'],
  ['Trần Đức', 'Tra\u0302\u0300n \u0110u\u031b\u0301c'],
  ['stefan', 'Ștefan Țurcanu'],
  ['Şt', 'Ștefan Țurcanu'],
  ['lukasz', 'Łukasz Wróbel'],
  ['ilkay isik', 'İlkay Işık'],
  ['ελενη', 'Ελένη Παπαδοπούλου'],
  ['soren aero', 'Søren Ærø'],
  ['NUNEZ', 'José Núñez'],
];

test('the People filter finds names of many languages however they are typed', async ({ page }) => {
  await seed(page);
  const list = new PeoplePage(page);
  await list.open();
  await expect(list.cards).toHaveCount(NAMES.length);
  for (const [typed, name] of FOUND) {
    await list.search.fill(typed);
    await expect(list.cards, typed).toHaveCount(1);
    await expect(list.cards.first(), typed).toContainText(name);
  }
});

test('Search finds them too, and shows each name as it was written', async ({ page }) => {
  await seed(page);
  await page.goto('/search');
  const box = page.getByRole('searchbox', { name: 'Search everything' });
  const people = page.getByRole('list', { name: 'People', exact: true }).getByRole('link');
  for (const [typed, name] of FOUND) {
    await box.fill(typed);
    await expect(people, typed).toHaveCount(1);
    await expect(people.first(), typed).toContainText(name);
  }
});
