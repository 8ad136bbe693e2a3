// Spreadsheets (issue 21): people, one-on-ones and follow-ups exported from Settings as CSV,
// read back by Python's csv module as a spreadsheet would: every cell as typed, none run as a
// formula, nothing marked sensitive.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { MeetingPage, PeoplePage, PersonPage } from './pages.mjs';

/** The rows of the CSV file at `path`, as Python's csv module reads them. */
function pythonRows(path) {
  const script = 'import csv, json, sys\nwith open(sys.argv[1], encoding="utf-8-sig", newline="") as f:\n    print(json.dumps(list(csv.reader(f))))';
  return JSON.parse(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }));
}

async function exportTable(page, button) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path), rows: pythonRows(path) };
}

async function addPerson(page, name) {
  const people = new PeoplePage(page);
  await people.open();
  await people.add(name);
  return new PersonPage(page);
}

test('people, one-on-ones and follow-ups export as CSV a spreadsheet reads, formulas as text and sensitive notes left out', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  const ana = await addPerson(page, 'Ana "Nana" Núñez, Jr.');
  await ana.field('Phone').fill('+1 555 0100');
  await ana.notes.fill('Rent went up twice.\nTalk about the union, first.');
  await expect(ana.status).toHaveText('Saved on this device');
  await page.getByRole('link', { name: 'Plan a one-on-one' }).click();
  const meeting = new MeetingPage(page);
  await meeting.purpose.fill('=HYPERLINK("http://evil.example","click")');
  await meeting.when.fill('2030-05-14T18:30');
  await meeting.expectSaved();
  const ofelia = await addPerson(page, 'Ofelia Marsh');
  await ofelia.notes.fill('Afraid of the raids at the plant');
  await page.getByRole('button', { name: 'Notes is sensitive' }).click();
  await expect(ofelia.status).toHaveText('Saved on this device');

  await page.goto('/settings');
  const people = await exportTable(page, 'Export people');
  expect(people.name).toMatch(/^one-on-one-people-\d{4}-\d{2}-\d{2}\.csv$/);
  expect([...people.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  await expect(page.getByRole('status').filter({ hasText: 'Saved one-on-one-people' })).toContainText('(2 rows)');
  const [headers, ...rows] = people.rows;
  expect(headers.slice(0, 3)).toEqual(['Name', 'Phone', 'Email']);
  const cell = (row, header) => row[headers.indexOf(header)];
  expect(rows.map((r) => r[0])).toEqual(['Ana "Nana" Núñez, Jr.', 'Ofelia Marsh']);
  expect(cell(rows[0], 'Phone')).toBe("'+1 555 0100");
  expect(cell(rows[0], 'Notes')).toBe('Rent went up twice.\nTalk about the union, first.');
  expect(cell(rows[1], 'Notes')).toBe('');
  expect(people.bytes.toString('utf8')).not.toContain('raids');

  const meetings = await exportTable(page, 'Export one-on-ones');
  const [meetingHeaders, held] = meetings.rows;
  expect(meetings.rows).toHaveLength(2);
  expect(held[meetingHeaders.indexOf('With')]).toBe('Ana "Nana" Núñez, Jr.');
  expect(held[meetingHeaders.indexOf('When')]).toBe('2030-05-14 18:30');
  expect(held[meetingHeaders.indexOf('Purpose')]).toBe('\'=HYPERLINK("http://evil.example","click")');
  for (const row of [...people.rows, ...meetings.rows]) {
    for (const value of row) expect(value, 'no cell runs as a formula').not.toMatch(/^\s*[=+\-@\t\r]/);
  }

  const steps = await exportTable(page, 'Export follow-ups');
  expect(steps.rows).toEqual([['With', 'Next step', 'Whose', 'Kind', 'Due', 'Done', 'Ended as']]);
  await expectNoAccessibilityViolations(page, 'Settings after the spreadsheet exports');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
