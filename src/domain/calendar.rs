//! Calendar export (RFC 5545, through the `icalendar` crate): planned meetings and open next
//! steps as events, each with an alarm (phones' calendars ignore VTODO), stable UIDs so
//! exporting again updates instead of duplicating, and a choice of how much detail leaves the
//! app (calendars often sync to a cloud).

use chrono::{DateTime, Duration, Utc};
use icalendar::{Alarm, Calendar, Component, Event, EventLike, Trigger};

use super::meeting::Meeting;
use super::next_step::{NextStep, Owner, StepKind};
use super::profile::CalendarDetail;
use super::sensitive::{self, is_marked, shareable};

/// How long a step's event lasts in the calendar.
const STEP_MINUTES: i64 = 15;
/// SEQUENCE counts seconds from here, so it grows with every edit and fits 32 bits for decades.
const SEQUENCE_EPOCH_MS: i64 = 1_704_067_200_000; // 2024-01-01T00:00:00Z
const UID_DOMAIN: &str = "one-on-one.app";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExportOptions {
    /// DTSTAMP of every event.
    pub now_ms: i64,
    /// Minutes before a step that its alarm rings.
    pub alarm_minutes: u32,
    pub detail: CalendarDetail,
}

fn utc(ms: i64) -> Option<DateTime<Utc>> {
    DateTime::<Utc>::from_timestamp_millis(ms)
}

/// The same record always gets the same UID, so a calendar updates its event on re-import.
pub fn uid(kind: &str, id: &str) -> String {
    format!("{kind}-{id}@{UID_DOMAIN}")
}

/// A SEQUENCE that grows with every change of the record.
pub fn sequence(updated_at_ms: i64) -> u32 {
    u32::try_from(((updated_at_ms - SEQUENCE_EPOCH_MS) / 1000).max(0)).unwrap_or(u32::MAX)
}

fn first_name(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

fn base_event(kind: &str, id: &str, updated_at: i64, options: &ExportOptions) -> Option<Event> {
    let mut event = Event::new();
    event
        .uid(&uid(kind, id))
        .sequence(sequence(updated_at))
        .timestamp(utc(options.now_ms)?);
    Some(event)
}

/// An alarm `options.alarm_minutes` before the event of record `id` starts, saying `title`.
fn alarm_before(kind: &str, id: &str, title: &str, options: &ExportOptions) -> Option<Alarm> {
    let before = Duration::minutes(i64::from(options.alarm_minutes));
    Some(
        Alarm::display(title, Trigger::before_start(before))
            // Fixed, so the same export gives the same file.
            .uid(&uid(kind, id))
            .timestamp(utc(options.now_ms)?)
            .done(),
    )
}

/// A planned one-on-one with a start, as an event from its start to its planned end, with an
/// alarm before it (the lead time chosen in Settings, as a step's).
pub fn meeting_event(
    meeting: &Meeting,
    person_name: &str,
    options: &ExportOptions,
) -> Option<Event> {
    let (start, end) = (utc(meeting.starts_at?)?, utc(meeting.ends_at()?)?);
    let mut event = base_event(
        "meeting",
        &meeting.meta.id,
        meeting.meta.updated_at,
        options,
    )?;
    let title = format!("One-on-one with {person_name}");
    event
        .summary(&title)
        .starts(start)
        .ends(end)
        .alarm(alarm_before(
            "meeting-alarm",
            &meeting.meta.id,
            &title,
            options,
        )?);
    if options.detail == CalendarDetail::Full {
        let place = meeting.venue.detail().trim();
        if !place.is_empty() {
            event.location(place);
        }
        let purpose = shareable(
            &meeting.sensitive,
            sensitive::PURPOSE,
            meeting.purpose.trim(),
        );
        if let Some(purpose) = purpose.filter(|p| !p.is_empty()) {
            event.description(&format!("Purpose: {purpose}"));
        }
    }
    Some(event.done())
}

/// The calendar title of a step (a sensitive text is left out, as in titles-only mode).
pub fn step_title(step: &NextStep, person_name: &str, detail: CalendarDetail) -> String {
    let name = first_name(person_name);
    let detail = if is_marked(&step.sensitive, sensitive::STEP_TEXT) {
        CalendarDetail::TitlesOnly
    } else {
        detail
    };
    match (step.kind, detail, step.owner) {
        (StepKind::CheckIn, _, _) => format!("Check in with {name}"),
        (StepKind::Task, CalendarDetail::TitlesOnly, _) => format!("Follow up with {name}"),
        (StepKind::Task, CalendarDetail::Full, Owner::Me) => step.text.trim().to_owned(),
        (StepKind::Task, CalendarDetail::Full, Owner::Them) => {
            format!("{name}: {}", step.text.trim())
        }
    }
}

/// An open step with a due time, as a short event with an alarm before it.
pub fn step_event(step: &NextStep, person_name: &str, options: &ExportOptions) -> Option<Event> {
    if !step.is_open() {
        return None;
    }
    let start = utc(step.due_at?)?;
    let title = step_title(step, person_name, options.detail);
    let mut event = base_event("step", &step.meta.id, step.meta.updated_at, options)?;
    event
        .summary(&title)
        .starts(start)
        .ends(start + Duration::minutes(STEP_MINUTES))
        .alarm(alarm_before("alarm", &step.meta.id, &title, options)?);
    if options.detail == CalendarDetail::Full && step.kind == StepKind::Task {
        let who = match step.owner {
            Owner::Me => "You".to_owned(),
            Owner::Them => person_name.to_owned(),
        };
        match shareable(&step.sensitive, sensitive::STEP_TEXT, step.text.trim()) {
            Some(text) => event.description(&format!("{text}\nWho: {who}")),
            None => event.description(&format!("Who: {who}")),
        };
    }
    Some(event.done())
}

/// One calendar file holding `events`, with CRLF line ends and folded lines.
pub fn calendar_file(events: Vec<Event>) -> String {
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//One-on-one//Meeting companion//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .name("One-on-one");
    for event in events {
        calendar.push(event);
    }
    calendar.done().to_string()
}

/// Something that can go into the calendar, with the name of the person it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CalendarItem {
    Meeting(Box<Meeting>, String),
    Step(Box<NextStep>, String),
}

/// The calendar file for `items` and how many events it holds; `None` when none of them can
/// be an event (no date yet, or already done).
pub fn export(items: &[CalendarItem], options: &ExportOptions) -> Option<(String, usize)> {
    let events: Vec<Event> = items
        .iter()
        .filter_map(|item| match item {
            CalendarItem::Meeting(meeting, name) => meeting_event(meeting, name, options),
            CalendarItem::Step(step, name) => step_event(step, name, options),
        })
        .collect();
    let count = events.len();
    (count > 0).then(|| (calendar_file(events), count))
}

/// "one-on-one-ana-nunez-2026-11-22.ics": what the file is about, and when it was made.
pub fn file_name(about: &str, day: &str) -> String {
    let slug = super::text::slug(about);
    if slug.is_empty() {
        format!("one-on-one-{day}.ics")
    } else {
        format!("one-on-one-{slug}-{day}.ics")
    }
}
