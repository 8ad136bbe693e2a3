// Contacts (issue 21): a person saved to the phone's contacts as a vCard, read back by Python's
// vobject, an independent parser: name, phone, email and organization, and nothing else.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { PeoplePage, PersonPage } from './pages.mjs';

/** The cards of the .vcf file at `path` as vobject reads them. */
function vobjectCards(path) {
  const script = [
    'import json, sys, vobject',
    'cards = []',
    'for card in vobject.readComponents(open(sys.argv[1], encoding="utf-8").read()):',
    '    cards.append({',
    '        "fn": card.fn.value,',
    '        "family": card.n.value.family, "given": card.n.value.given,',
    '        "tel": [t.value for t in card.contents.get("tel", [])],',
    '        "email": [e.value for e in card.contents.get("email", [])],',
    '        "org": [o.value for o in card.contents.get("org", [])],',
    '        "names": sorted(card.contents.keys()),',
    '    })',
    'print(json.dumps(cards))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
}

test('a person saved to contacts is a vCard the contacts app reads, with nothing of the relationship', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const people = new PeoplePage(page);
  await people.open();
  await people.add('Ana María Núñez');
  const person = new PersonPage(page);
  const save = page.getByRole('button', { name: 'Save to contacts' });
  await expect(save, 'no card without a way to reach them').toHaveCount(0);
  await person.field('Phone').fill('+1 (555) 010-0100');
  await person.field('Email').fill('ana@example.org');
  await person.field('Organizations (comma separated)').fill('Tenants union; East, Local 12');
  await person.notes.fill('Afraid of the raids at the plant');
  await expect(person.status).toHaveText('Saved on this device');

  const download = page.waitForEvent('download');
  await save.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('ana-maria-nunez.vcf');
  const path = await file.path();
  expect(readFileSync(path, 'utf8')).not.toContain('raids');
  const [card, ...more] = vobjectCards(path);
  expect(more).toEqual([]);
  expect(card).toEqual({
    fn: 'Ana María Núñez',
    family: 'Núñez',
    given: 'Ana María',
    tel: ['+1 (555) 010-0100'],
    email: ['ana@example.org'],
    org: [['Tenants union; East']],
    names: ['email', 'fn', 'n', 'org', 'tel', 'uid', 'version'],
  });
  await expect(page.getByRole('status').filter({ hasText: 'Saved ana-maria-nunez.vcf' })).toBeVisible();
  await expectNoAccessibilityViolations(page, 'a person page after saving to contacts');
});

test('the people a filter shows are saved to contacts together, every one of them', async ({ page }) => {
  const people = new PeoplePage(page);
  for (const [name, tags] of [['Ana Lopez', 'rent'], ['Ben Okafor', 'rent, transit'], ['Cy Diaz', 'transit']]) {
    await people.open();
    await people.add(name);
    const person = new PersonPage(page);
    await person.field('Tags (comma separated)').fill(tags);
    await person.field('Email').fill(`${name.split(' ')[0].toLowerCase()}@example.org`);
    await expect(person.status).toHaveText('Saved on this device');
  }
  await people.open();
  await expect(page.getByRole('button', { name: 'Save 3 people to contacts' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Tag', exact: true }).selectOption('rent');
  const save = page.getByRole('button', { name: 'Save 2 people to contacts' });
  const download = page.waitForEvent('download');
  await save.click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('contacts.vcf');
  const cards = vobjectCards(await file.path());
  expect(cards.map((c) => [c.fn, c.email]).sort()).toEqual([
    ['Ana Lopez', ['ana@example.org']],
    ['Ben Okafor', ['ben@example.org']],
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Saved 2 people in contacts.vcf' })).toBeVisible();
});
