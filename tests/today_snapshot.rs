//! The snapshot of Today that paints the next start at once: small, and only for its own day.

use one_on_one::domain::meeting::{Meeting, MeetingStatus};
use one_on_one::domain::next_step::NextStep;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::today_snapshot::TodaySnapshot;

fn step(n: usize) -> NextStep {
    NextStep {
        meta: Meta::new(format!("s{n}"), 1),
        person_id: format!("p{n}"),
        meeting_id: None,
        text: format!("Step {n}"),
        owner: Default::default(),
        kind: Default::default(),
        due_at: Some(n as i64),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    }
}

fn meeting(n: usize) -> Meeting {
    let mut meeting = Meeting::new(format!("m{n}"), format!("q{n}"), &Profile::new(1), 1);
    meeting.purpose = "the rent".repeat(1_000);
    meeting.hoped_outcomes = "a lot".repeat(1_000);
    meeting.live.sparks = "notes ".repeat(10_000);
    meeting.starts_at = Some(100 + n as i64);
    meeting.status = MeetingStatus::Confirmed;
    meeting
}

#[test]
fn it_keeps_the_first_of_each_list_their_totals_and_only_their_names() {
    let steps: Vec<NextStep> = (0..12).map(step).collect();
    let meetings: Vec<Meeting> = (0..12).map(meeting).collect();
    let name_of = |id: &str| Some(format!("Name of {id}"));
    let snapshot = TodaySnapshot::new(500, (&steps, 40), (&meetings, 12), name_of, 10);
    assert_eq!(snapshot.due, (steps[..10].to_vec(), 40));
    assert_eq!(snapshot.upcoming.1, 12);
    let ids: Vec<&str> = snapshot
        .upcoming
        .0
        .iter()
        .map(|m| m.meta.id.as_str())
        .collect();
    assert_eq!(
        ids,
        ["m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"]
    );
    assert_eq!(snapshot.names.len(), 20);
    assert_eq!(snapshot.names["q3"], "Name of q3");
    assert!(
        !snapshot.names.contains_key("p10"),
        "only the names of what is shown"
    );
}

#[test]
fn its_meetings_keep_what_their_cards_show_and_drop_the_notes() {
    let original = meeting(1);
    let snapshot = TodaySnapshot::new(
        500,
        (&[], 0),
        (std::slice::from_ref(&original), 1),
        |_| None,
        10,
    );
    let card = &snapshot.upcoming.0[0];
    assert_eq!(
        (
            &card.meta,
            &card.person_id,
            card.starts_at,
            card.planned_minutes,
            &card.venue,
            card.status
        ),
        (
            &original.meta,
            &original.person_id,
            original.starts_at,
            original.planned_minutes,
            &original.venue,
            original.status
        )
    );
    let text = serde_json::to_string(&snapshot).unwrap();
    assert!(text.len() < 2_000, "{} bytes", text.len());
    assert_eq!(
        serde_json::from_str::<TodaySnapshot>(&text).unwrap(),
        snapshot
    );
}

#[test]
fn it_is_shown_only_on_the_day_it_was_taken() {
    let snapshot = TodaySnapshot::new(500, (&[], 0), (&[], 0), |_| None, 10);
    assert!(snapshot.is_for(500));
    assert!(!snapshot.is_for(500 + 86_400_000));
}

/// A snapshot showing steps s0..s{steps} of `due_total` and meetings m0..m{meetings} of
/// `upcoming_total`, with the names of their people; its day ends at 1,000.
fn showing(
    steps: usize,
    due_total: usize,
    meetings: usize,
    upcoming_total: usize,
) -> TodaySnapshot {
    let steps: Vec<NextStep> = (0..steps).map(step).collect();
    let meetings: Vec<Meeting> = (0..meetings).map(meeting).collect();
    TodaySnapshot::new(
        1_000,
        (&steps, due_total),
        (&meetings, upcoming_total),
        |id| Some(format!("Name of {id}")),
        10,
    )
}

fn json<T: serde::Serialize>(record: &T) -> serde_json::Value {
    serde_json::to_value(record).unwrap()
}

#[test]
fn a_renamed_or_deleted_person_it_names_outdates_it_and_others_do_not() {
    let snapshot = showing(2, 2, 2, 2);
    let mut person = one_on_one::domain::person::Person::new("p1", "Name of p1", 5);
    assert!(!snapshot.is_outdated_by("people", "p1", Some(&json(&person))));
    person.name = "Ana".into();
    assert!(snapshot.is_outdated_by("people", "p1", Some(&json(&person))));
    assert!(snapshot.is_outdated_by("people", "q0", None));
    assert!(!snapshot.is_outdated_by("people", "someone-else", Some(&json(&person))));
    assert!(!snapshot.is_outdated_by("guides", "p1", None));
}

#[test]
fn a_step_it_shows_outdates_it_when_written_or_deleted() {
    let snapshot = showing(10, 40, 0, 0);
    let mut done = step(3);
    done.done_at = Some(900);
    assert!(snapshot.is_outdated_by("next_steps", "s3", Some(&json(&done))));
    assert!(snapshot.is_outdated_by("next_steps", "s3", None));
}

#[test]
fn another_step_outdates_it_only_if_it_would_be_shown() {
    let full = showing(10, 40, 0, 0); // s0..s9 shown, due at 0..9; 30 more due later
    let mut other = step(50);
    other.due_at = Some(20);
    assert!(
        !full.is_outdated_by("next_steps", "s50", Some(&json(&other))),
        "after the last shown"
    );
    other.due_at = Some(5);
    assert!(
        full.is_outdated_by("next_steps", "s50", Some(&json(&other))),
        "among the shown"
    );
    other.done_at = Some(6);
    assert!(
        !full.is_outdated_by("next_steps", "s50", Some(&json(&other))),
        "done"
    );
    assert!(
        !full.is_outdated_by("next_steps", "s50", None),
        "deleted, not shown"
    );

    let all_shown = showing(3, 3, 0, 0);
    let mut later_today = step(50);
    later_today.due_at = Some(999);
    assert!(all_shown.is_outdated_by("next_steps", "s50", Some(&json(&later_today))));
    later_today.due_at = Some(1_000); // due tomorrow
    assert!(!all_shown.is_outdated_by("next_steps", "s50", Some(&json(&later_today))));
    later_today.due_at = None;
    assert!(!all_shown.is_outdated_by("next_steps", "s50", Some(&json(&later_today))));
}

#[test]
fn a_meeting_it_shows_outdates_it_only_when_its_card_changes() {
    let snapshot = showing(0, 0, 3, 3);
    let mut notes = meeting(1);
    notes.live.sparks.push_str("she drives the 14 bus");
    notes.meta.updated_at += 1;
    assert!(
        !snapshot.is_outdated_by("meetings", "m1", Some(&json(&notes))),
        "notes typed"
    );
    let mut moved = meeting(1);
    moved.starts_at = Some(5_000);
    assert!(
        snapshot.is_outdated_by("meetings", "m1", Some(&json(&moved))),
        "rescheduled"
    );
    let mut held = meeting(1);
    held.status = MeetingStatus::Held;
    assert!(
        snapshot.is_outdated_by("meetings", "m1", Some(&json(&held))),
        "held"
    );
    assert!(snapshot.is_outdated_by("meetings", "m1", None), "deleted");
}

#[test]
fn another_meeting_outdates_it_only_if_it_would_be_shown() {
    let full = showing(0, 0, 10, 600); // m0..m9 shown, starting at 100..109
    let mut other = meeting(50); // starts at 150
    assert!(
        !full.is_outdated_by("meetings", "m50", Some(&json(&other))),
        "after the last shown"
    );
    other.starts_at = None;
    assert!(
        !full.is_outdated_by("meetings", "m50", Some(&json(&other))),
        "undated, after the dated"
    );
    other.starts_at = Some(104);
    assert!(
        full.is_outdated_by("meetings", "m50", Some(&json(&other))),
        "among the shown"
    );
    other.status = MeetingStatus::Held;
    assert!(
        !full.is_outdated_by("meetings", "m50", Some(&json(&other))),
        "not upcoming"
    );
    assert!(
        !full.is_outdated_by("meetings", "m50", None),
        "deleted, not shown"
    );

    let all_shown = showing(0, 0, 2, 2);
    let mut undated = meeting(50);
    undated.starts_at = None;
    assert!(all_shown.is_outdated_by("meetings", "m50", Some(&json(&undated))));
}
