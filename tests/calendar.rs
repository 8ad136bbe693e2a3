//! Calendar export: what lands in the phone's calendar, checked line by line.
#![cfg(not(target_arch = "wasm32"))]

use chrono_tz::America::New_York;
use one_on_one::domain::calendar::{
    calendar_file, meeting_event, sequence, step_event, uid, ExportOptions,
};
use one_on_one::domain::meeting::{Meeting, Venue};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::profile::CalendarDetail;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::when::{from_date_input, from_input};

const NOW: i64 = 1_795_000_000_000;

fn options(detail: CalendarDetail) -> ExportOptions {
    ExportOptions {
        now_ms: NOW,
        alarm_minutes: 30,
        detail,
    }
}

fn step(text: &str, owner: Owner, kind: StepKind, due_at: Option<i64>) -> NextStep {
    NextStep {
        meta: Meta::new("s1", NOW - 5_000),
        person_id: "p1".into(),
        meeting_id: None,
        text: text.into(),
        owner,
        kind,
        due_at,
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

/// The file's logical lines: folds undone, CRLF split.
fn unfolded(file: &str) -> Vec<String> {
    file.replace("\r\n ", "")
        .split("\r\n")
        .map(str::to_owned)
        .collect()
}

fn export(events: Vec<icalendar::Event>) -> String {
    calendar_file(events)
}

#[test]
fn a_step_becomes_an_event_with_an_alarm_a_stable_uid_and_crlf_lines() {
    let due = from_input("2026-12-01T09:00", &New_York).unwrap();
    let file = export(vec![step_event(
        &step("Send the flyer", Owner::Me, StepKind::Task, Some(due)),
        "Ana Núñez",
        &options(CalendarDetail::Full),
    )
    .unwrap()]);
    assert!(file.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(file.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !file.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    let lines = unfolded(&file);
    for expected in [
        "UID:step-s1@one-on-one.app",
        "SUMMARY:Send the flyer",
        "DTSTART:20261201T140000Z",
        "DTEND:20261201T141500Z",
        "DTSTAMP:20261118T110640Z",
        "PRODID:-//One-on-one//Meeting companion//EN",
        "UID:alarm-s1@one-on-one.app",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "TRIGGER;RELATED=START:-PT1800S",
        "DESCRIPTION:Send the flyer\\nWho: You",
        "END:VALARM",
    ] {
        assert!(
            lines.iter().any(|l| l == expected),
            "missing {expected:?} in\n{file}"
        );
    }
    assert_eq!(
        file,
        export(vec![step_event(
            &step("Send the flyer", Owner::Me, StepKind::Task, Some(due)),
            "Ana Núñez",
            &options(CalendarDetail::Full)
        )
        .unwrap()]),
        "the same export gives the same file"
    );
    assert!(!file.contains("VTODO"), "phones' calendars ignore VTODO");
}

#[test]
fn the_same_step_exported_twice_keeps_its_uid_and_an_edit_raises_the_sequence() {
    let due = from_input("2026-12-01T09:00", &New_York);
    let mut item = step("Call", Owner::Me, StepKind::Task, due);
    let first = step_event(&item, "Ana", &options(CalendarDetail::Full)).unwrap();
    let again = step_event(&item, "Ana", &options(CalendarDetail::Full)).unwrap();
    use icalendar::Component;
    assert_eq!(first.get_uid(), again.get_uid());
    assert_eq!(first.get_uid(), Some(uid("step", "s1").as_str()));
    item.meta.touch(NOW + 60_000);
    let edited = step_event(&item, "Ana", &options(CalendarDetail::Full)).unwrap();
    assert!(edited.get_sequence() > first.get_sequence());
    assert_eq!(sequence(0), 0, "times before the epoch do not go negative");
}

#[test]
fn commas_semicolons_backslashes_and_newlines_are_escaped() {
    let due = from_input("2026-12-01T09:00", &New_York);
    let text = "Bring chairs, tables; a \\ backslash\nand a second line";
    let file = export(vec![step_event(
        &step(text, Owner::Them, StepKind::Task, due),
        "Ben",
        &options(CalendarDetail::Full),
    )
    .unwrap()]);
    let lines = unfolded(&file);
    assert!(
        lines
            .iter()
            .any(|l| l
                == "SUMMARY:Ben: Bring chairs\\, tables\\; a \\\\ backslash\\nand a second line"),
        "{file}"
    );
}

#[test]
fn long_lines_fold_at_75_octets_without_splitting_a_character() {
    let due = from_input("2026-12-01T09:00", &New_York);
    let text = "Café con leche ☕ y pan dulce 🥐 para todas las vecinas del edificio número doce, "
        .repeat(4);
    let file = export(vec![step_event(
        &step(&text, Owner::Me, StepKind::Task, due),
        "Ana",
        &options(CalendarDetail::Full),
    )
    .unwrap()]);
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    // Splitting inside a character would have made the file invalid UTF-8 when rejoined.
    let summary = unfolded(&file)
        .into_iter()
        .find(|l| l.starts_with("SUMMARY:"))
        .unwrap();
    assert_eq!(
        summary,
        format!("SUMMARY:{}", text.trim().replace(',', "\\,"))
    );
}

#[test]
fn a_due_date_is_nine_local_time_on_both_sides_of_a_daylight_saving_change() {
    // New York springs forward on 8 March 2026.
    let before = from_date_input("2026-03-06", &New_York).unwrap();
    let after = from_date_input("2026-03-09", &New_York).unwrap();
    let file = export(vec![
        step_event(
            &step("before", Owner::Me, StepKind::Task, Some(before)),
            "Ana",
            &options(CalendarDetail::Full),
        )
        .unwrap(),
        step_event(
            &step("after", Owner::Me, StepKind::Task, Some(after)),
            "Ana",
            &options(CalendarDetail::Full),
        )
        .unwrap(),
    ]);
    let lines = unfolded(&file);
    assert!(
        lines.iter().any(|l| l == "DTSTART:20260306T140000Z"),
        "09:00 EST is 14:00 UTC"
    );
    assert!(
        lines.iter().any(|l| l == "DTSTART:20260309T130000Z"),
        "09:00 EDT is 13:00 UTC"
    );
}

#[test]
fn titles_only_keeps_notes_places_and_purposes_out_of_the_calendar() {
    let due = from_input("2026-12-01T09:00", &New_York);
    let private = step(
        "Ask about her eviction case",
        Owner::Them,
        StepKind::Task,
        due,
    );
    let mut meeting = Meeting::new("m1", "p1", &Profile::new(0), NOW);
    meeting.starts_at = from_input("2026-12-02T18:30", &New_York);
    meeting.purpose = "her eviction".into();
    meeting.venue = Venue::InPerson("Café Rojo".into());
    let titles = options(CalendarDetail::TitlesOnly);
    let file = export(vec![
        step_event(&private, "Ana Núñez", &titles).unwrap(),
        meeting_event(&meeting, "Ana Núñez", &titles).unwrap(),
    ]);
    assert!(file.contains("SUMMARY:Follow up with Ana\r\n"));
    assert!(file.contains("SUMMARY:One-on-one with Ana Núñez\r\n"));
    assert!(
        !file.contains("eviction") && !file.contains("Café") && !file.contains("DESCRIPTION:Ask"),
        "{file}"
    );

    let full = export(vec![meeting_event(
        &meeting,
        "Ana Núñez",
        &options(CalendarDetail::Full),
    )
    .unwrap()]);
    let lines = unfolded(&full);
    assert!(lines.iter().any(|l| l == "DTSTART:20261202T233000Z"));
    assert!(
        lines.iter().any(|l| l == "DTEND:20261203T000000Z"),
        "planned 30 minutes"
    );
    assert!(lines.iter().any(|l| l == "LOCATION:Café Rojo"));
    assert!(lines
        .iter()
        .any(|l| l == "DESCRIPTION:Purpose: her eviction"));
    // A meeting reminds too, the lead time chosen in Settings before it, in either mode.
    for file in [&full, &file] {
        let lines = unfolded(file);
        let meeting_alarm = lines
            .iter()
            .position(|l| l == "UID:meeting-alarm-m1@one-on-one.app")
            .unwrap_or_else(|| panic!("the meeting's alarm: {file}"));
        let begins = lines[..meeting_alarm]
            .iter()
            .rposition(|l| l == "BEGIN:VALARM")
            .unwrap();
        let ends = meeting_alarm
            + lines[meeting_alarm..]
                .iter()
                .position(|l| l == "END:VALARM")
                .unwrap();
        let alarm = &lines[begins..=ends];
        assert!(alarm.contains(&"ACTION:DISPLAY".to_owned()), "{file}");
        assert!(
            alarm.contains(&"TRIGGER;RELATED=START:-PT1800S".to_owned()),
            "{file}"
        );
        assert!(
            alarm.contains(&"DESCRIPTION:One-on-one with Ana Núñez".to_owned()),
            "{file}"
        );
    }
}

#[test]
fn done_steps_and_undated_items_are_left_out() {
    let mut done = step("done", Owner::Me, StepKind::Task, Some(NOW));
    done.done_at = Some(NOW);
    assert!(step_event(&done, "Ana", &options(CalendarDetail::Full)).is_none());
    assert!(step_event(
        &step("someday", Owner::Me, StepKind::Task, None),
        "Ana",
        &options(CalendarDetail::Full)
    )
    .is_none());
    let meeting = Meeting::new("m", "p", &Profile::new(0), NOW);
    assert!(meeting_event(&meeting, "Ana", &options(CalendarDetail::Full)).is_none());
    let check_in = step("", Owner::Me, StepKind::CheckIn, Some(NOW));
    let file = export(vec![step_event(
        &check_in,
        "Ana Núñez",
        &options(CalendarDetail::Full),
    )
    .unwrap()]);
    assert!(file.contains("SUMMARY:Check in with Ana\r\n"));
}

#[test]
fn an_export_counts_its_events_and_names_its_file_readably() {
    use one_on_one::domain::calendar::{export, file_name, CalendarItem};
    let due = from_input("2026-12-01T09:00", &New_York);
    let dated = step("Call", Owner::Me, StepKind::Task, due);
    let undated = step("Someday", Owner::Me, StepKind::Task, None);
    let (file, count) = export(
        &[
            CalendarItem::Step(Box::new(dated), "Ana".into()),
            CalendarItem::Step(Box::new(undated.clone()), "Ana".into()),
        ],
        &options(CalendarDetail::Full),
    )
    .unwrap();
    assert_eq!(count, 1);
    assert_eq!(file.matches("BEGIN:VEVENT").count(), 1);
    assert!(export(
        &[CalendarItem::Step(Box::new(undated), "Ana".into())],
        &options(CalendarDetail::Full)
    )
    .is_none());
    assert_eq!(
        file_name("Ana Núñez", "2026-11-22"),
        "one-on-one-ana-nunez-2026-11-22.ics"
    );
    assert_eq!(
        file_name("follow-ups", "2026-11-22"),
        "one-on-one-follow-ups-2026-11-22.ics"
    );
    assert_eq!(file_name("🌱", "2026-11-22"), "one-on-one-2026-11-22.ics");
}
