// Follow-ups and calendar export through the real UI, on a fixed clock and time zone. Seeded
// through a backup restore (itself a UI path); every exported file is read back with ical.js,
// an iCalendar parser no one here wrote.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { test, expect, expectNoAccessibilityViolations } from './fixtures.mjs';
import { BackupSection } from './pages.mjs';

test.use({ timezoneId: 'America/New_York' });

const NOW = new Date('2030-05-14T10:00:00-04:00');
const meta = (id) => ({ id, created_at: NOW.getTime() - 86_400_000, updated_at: NOW.getTime() - 86_400_000, schema: 1 });
// 09:00 New York time on a day in May (EDT, UTC-4).
const nineAm = (day) => new Date(`2030-05-${String(day).padStart(2, '0')}T09:00:00-04:00`).getTime();

function person(id, name) {
  return { meta: meta(id), name };
}

function step(id, text, owner, due_at, extra = {}) {
  return { meta: meta(id), person_id: 'ana', meeting_id: null, text, owner, kind: 'task', due_at, done_at: null, ...extra };
}

function backup(stores) {
  return JSON.stringify({ format: 'one-on-one-backup', version: 1, exported_at: NOW.getTime(), app_version: '0.1.0', stores });
}

async function seed(page, stores) {
  await page.clock.install({ time: NOW });
  await page.goto('/settings');
  const section = new BackupSection(page);
  await section.restore({ name: 'seed.json', mimeType: 'application/json', buffer: Buffer.from(backup(stores)) });
  await expect(section.outcome).toContainText('Restored');
}

/** Clicks a calendar button and returns the parsed events of the file it saves. */
async function exportEvents(page, button) {
  const download = page.waitForEvent('download');
  await button.click();
  const file = await download;
  const text = readFileSync(await file.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { name: file.suggestedFilename(), text, events: calendar.getAllSubcomponents('vevent') };
}

const SEED = {
  people: [person('ana', 'Ana Núñez'), person('ben', 'Ben Okafor')],
  next_steps: [
    step('s-overdue', 'Send the flyer', 'me', nineAm(10)),
    step('s-today', 'Invite five neighbours', 'them', nineAm(14)),
    step('s-week', 'Book the room', 'me', nineAm(17)),
    step('s-later', 'Draft the letter', 'them', new Date('2030-06-30T09:00:00-04:00').getTime()),
    step('s-check-in', 'Check in with Ana', 'me', new Date('2030-05-20T17:00:00-04:00').getTime(), { kind: 'check_in' }),
    step('s-ben', 'Call the tenants union', 'them', nineAm(16), { person_id: 'ben' }),
    step('s-done', 'Already done', 'me', nineAm(1), { done_at: nineAm(2) }),
  ],
};

test('follow-ups are grouped by day, filtered, done with undo and rescheduled', async ({ page }) => {
  await seed(page, SEED);
  await page.goto('/follow-ups');
  const group = (name) => page.getByRole('list', { name, exact: true }).locator('.card-title');
  await expect(group('Overdue')).toHaveText(['Send the flyer']);
  await expect(group('Today')).toHaveText(['Invite five neighbours']);
  await expect(group('This week')).toHaveText(['Call the tenants union', 'Book the room', 'Check in with Ana']);
  await expect(group('Later')).toHaveText(['Draft the letter']);
  await expect(page.getByText('Already done', { exact: true })).toHaveCount(0);
  await expectNoAccessibilityViolations(page, 'follow-ups');

  await page.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Them' });
  await expect(page.locator('.follow-up .card-title')).toHaveText(['Invite five neighbours', 'Call the tenants union', 'Draft the letter']);
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Ben Okafor' });
  await expect(page.locator('.follow-up .card-title')).toHaveText(['Call the tenants union']);
  await page.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Anyone' });
  await page.getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Everyone' });

  // Hers to do: it ends as kept, broken or dropped rather than done.
  await page.getByRole('button', { name: 'Kept: Invite five neighbours' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kept: Invite five neighbours' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Today', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(group('Today')).toHaveText(['Invite five neighbours']);

  await page.getByLabel('Due date for Draft the letter').fill('2030-05-15');
  await expect(group('This week')).toHaveText(['Draft the letter', 'Call the tenants union', 'Book the room', 'Check in with Ana']);
  await page.reload();
  await expect(group('This week').first()).toHaveText('Draft the letter');

  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Due follow-ups' }).locator('.card-title')).toHaveText([
    'Send the flyer',
    'Invite five neighbours',
  ]);
});

test('the calendar file holds events at the right times, with alarms and stable UIDs', async ({ page }) => {
  await seed(page, SEED);
  await page.goto('/follow-ups');
  const all = page.getByRole('button', { name: 'Add all to calendar' });
  const first = await exportEvents(page, all);
  expect(first.name).toBe('one-on-one-follow-ups-2030-05-14.ics');
  await expect(page.getByText(/Saved 6 events in one-on-one-follow-ups-2030-05-14\.ics/)).toBeVisible();
  expect(first.text).toMatch(/\r\n/);
  expect(first.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  expect(first.events).toHaveLength(6);
  const bySummary = Object.fromEntries(first.events.map((e) => [e.getFirstPropertyValue('summary'), e]));
  const today = bySummary['Ana: Invite five neighbours'];
  expect(today.getFirstPropertyValue('dtstart').toJSDate().toISOString()).toBe('2030-05-14T13:00:00.000Z');
  expect(today.getFirstPropertyValue('dtend').toJSDate().toISOString()).toBe('2030-05-14T13:15:00.000Z');
  expect(today.getFirstPropertyValue('description')).toBe('Invite five neighbours\nWho: Ana Núñez');
  const alarm = today.getFirstSubcomponent('valarm');
  expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
  expect(alarm.getFirstPropertyValue('trigger').toSeconds()).toBe(-3600);
  expect(bySummary['Check in with Ana'].getFirstPropertyValue('dtstart').toJSDate().toISOString()).toBe('2030-05-20T21:00:00.000Z');
  expect(bySummary['Send the flyer']).toBeDefined();

  // Exporting again gives the same UIDs: the calendar updates instead of duplicating.
  const again = await exportEvents(page, all);
  const uids = (file) => file.events.map((e) => e.getFirstPropertyValue('uid')).sort();
  expect(uids(again)).toEqual(uids(first));

  // Titles only: nothing but "Follow up with Ana" leaves the phone.
  await page.goto('/settings');
  await page.getByRole('radio', { name: /Titles only/ }).check();
  await page.getByRole('combobox', { name: 'Reminder before a follow-up or a one-on-one' }).selectOption({ label: '1 day before' });
  await expect(page.getByRole('region', { name: 'Calendar' }).getByRole('status')).toHaveText('Saved on this device');
  await page.goto('/follow-ups');
  const private_ = await exportEvents(page, page.getByRole('button', { name: 'Add all to calendar' }));
  const summaries = private_.events.map((e) => e.getFirstPropertyValue('summary')).sort();
  expect(summaries).toEqual(['Check in with Ana', 'Follow up with Ana', 'Follow up with Ana', 'Follow up with Ana', 'Follow up with Ana', 'Follow up with Ben']);
  expect(private_.text).not.toContain('DESCRIPTION:Invite');
  expect(private_.events[0].getFirstSubcomponent('valarm').getFirstPropertyValue('trigger').toSeconds()).toBe(-86400);

  // One item alone.
  const one = await exportEvents(page, page.getByRole('button', { name: 'Add to calendar: Book the room' }));
  expect(one.events).toHaveLength(1);
});

test("one person's meetings and open follow-ups go to the calendar together", async ({ page }) => {
  const meeting = {
    meta: meta('m-ana'),
    person_id: 'ana',
    purpose: 'the rent increases',
    planned_minutes: 45,
    starts_at: new Date('2030-05-15T18:30:00-04:00').getTime(),
    venue: { kind: 'in_person', detail: 'Café Rojo' },
    status: 'confirmed',
  };
  await seed(page, { ...SEED, meetings: [meeting] });
  await page.goto('/people/ana');
  const file = await exportEvents(page, page.getByRole('button', { name: 'Add their meetings and follow-ups to calendar' }));
  expect(file.name).toBe('one-on-one-ana-nunez-2030-05-14.ics');
  const summaries = file.events.map((e) => e.getFirstPropertyValue('summary')).sort();
  expect(summaries).toEqual([
    'Ana: Draft the letter',
    'Ana: Invite five neighbours',
    'Book the room',
    'Check in with Ana',
    'One-on-one with Ana Núñez',
    'Send the flyer',
  ]);
  const event = file.events.find((e) => e.getFirstPropertyValue('summary') === 'One-on-one with Ana Núñez');
  expect(event.getFirstPropertyValue('dtstart').toJSDate().toISOString()).toBe('2030-05-15T22:30:00.000Z');
  expect(event.getFirstPropertyValue('dtend').toJSDate().toISOString()).toBe('2030-05-15T23:15:00.000Z');
  expect(event.getFirstPropertyValue('location')).toBe('Café Rojo');
  // A one-on-one reminds too, the lead time chosen in Settings (an hour unless changed) before.
  const reminder = event.getFirstSubcomponent('valarm');
  expect(reminder.getFirstPropertyValue('action')).toBe('DISPLAY');
  expect(reminder.getFirstPropertyValue('trigger').toSeconds()).toBe(-3600);
  expect(reminder.getFirstPropertyValue('description')).toBe('One-on-one with Ana Núñez');
});

test('any text survives the trip to the calendar: newlines, commas, emoji, very long lines', async ({ page }) => {
  // A seeded generator, so a failure can be replayed.
  let state = 20301114;
  const random = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pieces = ['a', 'Z', ' ', ',', ';', ':', '\\', '\n', '"', "'", 'é', 'ñ', '漢', '🌱', '👩🏽‍🌾', '<b>', '&', '\t', '='];
  const texts = Array.from({ length: 40 }, (_, i) => {
    const length = i % 10 === 0 ? 300 + Math.floor(random() * 200) : 1 + Math.floor(random() * 60);
    let text = '';
    while (text.length < length) text += pieces[Math.floor(random() * pieces.length)];
    return `#${i} ${text}`.replace(/\s+$/u, '') + '.';
  });
  await seed(page, {
    people: [person('ana', 'Ana')],
    next_steps: texts.map((text, i) => step(`p${i}`, text, 'me', nineAm(20))),
  });
  await page.goto('/follow-ups');
  const file = await exportEvents(page, page.getByRole('button', { name: 'Add all to calendar' }));
  expect(file.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  const summaries = file.events.map((e) => e.getFirstPropertyValue('summary'));
  expect(summaries.sort()).toEqual(texts.map((t) => t.trim()).sort());
});
