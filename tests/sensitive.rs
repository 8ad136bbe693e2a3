//! Sensitive fields: what is marked stays out of calendar files, request messages and Today's
//! snapshot; two devices marking different fields keep both marks, and a mark taken off stays
//! off; records from before marks existed read as unmarked.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::calendar::{calendar_file, meeting_event, step_event, ExportOptions};
use one_on_one::domain::clock::Clock;
use one_on_one::domain::kinds;
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::merge::{canonical, merge, stamp_edit, MEETING, PERSON};
use one_on_one::domain::next_step::{NextStep, Owner, StepKind};
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::{CalendarDetail, Profile};
use one_on_one::domain::record::Meta;
use one_on_one::domain::request::render;
use one_on_one::domain::sensitive::{self, marking, PURPOSE_UNSAID};
use one_on_one::domain::today_snapshot::TodaySnapshot;
use serde_json::{json, Value};

const NOW: i64 = 1_795_000_000_000;

fn options() -> ExportOptions {
    ExportOptions {
        now_ms: NOW,
        alarm_minutes: 30,
        detail: CalendarDetail::Full,
    }
}

fn meeting(marked: &[&str]) -> Meeting {
    let mut meeting = Meeting::new("m1", "p1", &Profile::new(NOW), NOW);
    meeting.purpose = "Her asylum hearing and the union drive".into();
    meeting.starts_at = Some(NOW + 86_400_000);
    meeting.sensitive = marked.iter().map(|m| m.to_string()).collect();
    meeting
}

fn step(marked: bool) -> NextStep {
    NextStep {
        meta: Meta::new("s1", NOW),
        person_id: "p1".into(),
        meeting_id: None,
        text: "Find her an immigration lawyer".into(),
        owner: Owner::Me,
        kind: StepKind::Task,
        due_at: Some(NOW + 3_600_000),
        done_at: None,
        outcome: None,
        sensitive: marking(&[], sensitive::STEP_TEXT, marked),
        organizer: None,
    }
}

#[test]
fn a_sensitive_purpose_and_step_stay_out_of_the_calendar_file() {
    let plain = calendar_file(vec![
        meeting_event(&meeting(&[]), "Ana Núñez", &options()).unwrap(),
        step_event(&step(false), "Ana Núñez", &options()).unwrap(),
    ]);
    assert!(plain.contains("asylum"), "unmarked, the purpose is written");
    assert!(plain.contains("immigration"));
    let marked = calendar_file(vec![
        meeting_event(&meeting(&[sensitive::PURPOSE]), "Ana Núñez", &options()).unwrap(),
        step_event(&step(true), "Ana Núñez", &options()).unwrap(),
    ]);
    assert!(!marked.contains("asylum"), "{marked}");
    assert!(!marked.contains("immigration"), "{marked}");
    assert!(marked.contains("SUMMARY:Follow up with Ana"), "{marked}");
    assert!(marked.contains("One-on-one with Ana Núñez"));
}

#[test]
fn a_request_never_says_a_sensitive_purpose() {
    let profile = Profile::new(NOW);
    let script = "Could we talk about {purpose}?";
    let said = render(script, &meeting(&[]).script_values(&profile, "Ana")).text;
    assert_eq!(
        said, "Could we talk about her asylum hearing and the union drive?",
        "mid-sentence, in lower case"
    );
    let unsaid = render(
        script,
        &meeting(&[sensitive::PURPOSE]).script_values(&profile, "Ana"),
    );
    assert_eq!(
        unsaid.text,
        format!("Could we talk about {PURPOSE_UNSAID}?")
    );
    assert!(
        unsaid.missing.is_empty(),
        "a hidden purpose is not a missing one"
    );
}

#[test]
fn todays_snapshot_keeps_no_sensitive_step_text() {
    let snapshot = TodaySnapshot::new(
        NOW + 86_400_000,
        (
            &[
                step(true),
                NextStep {
                    meta: Meta::new("s2", NOW),
                    ..step(false)
                },
            ],
            2,
        ),
        (&[], 0),
        |_| Some("Ana".to_owned()),
        10,
    );
    let kept = serde_json::to_string(&snapshot).unwrap();
    assert_eq!(
        kept.matches("immigration").count(),
        1,
        "only the unmarked one: {kept}"
    );
}

fn value<T: serde::Serialize>(record: &T) -> Value {
    serde_json::to_value(record).unwrap()
}

#[test]
fn two_devices_marking_different_fields_keep_both_and_an_unmarked_field_stays_unmarked() {
    let start = canonical(&value(&meeting(&[])), MEETING).unwrap();
    let (mut one, mut two) = (Clock::new("one"), Clock::new("two"));
    let mark = |before: &Value, clock: &mut Clock, now, field: &str, on| {
        let mut changed: Meeting = kinds::decode(before).unwrap();
        changed.sensitive = marking(&changed.sensitive, field, on);
        stamp_edit(before, &value(&changed), MEETING, clock, now).unwrap()
    };
    let a = mark(&start, &mut one, NOW + 1, sensitive::PURPOSE, true);
    let b = mark(&start, &mut two, NOW + 2, sensitive::HOPED_OUTCOMES, true);
    let both: Meeting = kinds::decode(&merge(&a, &b, MEETING).unwrap()).unwrap();
    let mut marks = both.sensitive.clone();
    marks.sort();
    assert_eq!(marks, [sensitive::HOPED_OUTCOMES, sensitive::PURPOSE]);
    // One device takes the purpose's mark off; merged with the other's older copy, it stays off.
    let merged = merge(&a, &b, MEETING).unwrap();
    let unmarked = mark(&merged, &mut one, NOW + 10, sensitive::PURPOSE, false);
    let again: Meeting = kinds::decode(&merge(&unmarked, &b, MEETING).unwrap()).unwrap();
    assert_eq!(again.sensitive, [sensitive::HOPED_OUTCOMES]);
}

#[test]
fn records_from_before_marks_read_unmarked() {
    let old = json!({
        "meta": {"id": "p1", "created_at": 1, "updated_at": 1, "schema": 1},
        "name": "Ana"
    });
    let person: Person = kinds::decode(&old).unwrap();
    assert!(person.sensitive.is_empty());
    let mut marked = person.clone();
    marked.sensitive = marking(&[], sensitive::NOTES, true);
    let back: Person = kinds::decode(&canonical(&value(&marked), PERSON).unwrap()).unwrap();
    assert_eq!(back.sensitive, [sensitive::NOTES]);
}

#[test]
fn search_finds_a_sensitive_field_but_never_shows_its_words() {
    use one_on_one::domain::search::{Entry, Snippet, MASKED, MASKED_STEP};
    let mut person = Person::new("p1", "Ana", NOW);
    person.notes = "Worried about her immigration papers".into();
    person.sensitive = marking(&[], sensitive::NOTES, true);
    let snippet = Snippet::of(&Entry::of_person(&person), &["immigration".to_owned()]).unwrap();
    assert_eq!(
        (snippet.label, snippet.text()),
        ("Notes", MASKED.to_owned())
    );
    let entry = Entry::of_step(&step(true), None);
    assert_eq!(entry.title, MASKED_STEP);
    let snippet = Snippet::of(&entry, &["lawyer".to_owned()]).unwrap();
    assert!(!snippet.text().contains("lawyer"));
    assert_eq!(Entry::of_meeting(&meeting(&[sensitive::PURPOSE])).title, "");
    // Unmarked, the words show as before.
    let shown = Snippet::of(&Entry::of_step(&step(false), None), &["lawyer".to_owned()]).unwrap();
    assert!(shown.text().contains("lawyer"));
}

/// A held meeting whose live capture and debrief hold words said in confidence.
fn debriefed_meeting() -> Meeting {
    use one_on_one::domain::debrief::Ask;
    let mut meeting = meeting(&[]);
    meeting.live.sparks = "Her deportation case".into();
    meeting.debrief = Some(meeting.debrief_or_draft());
    let debrief = meeting.debrief_mut();
    debrief.story = "Fled the junta in 2019".into();
    debrief.remember = "Her son's custody hearing".into();
    debrief.asks.push(Ask {
        id: "a1".into(),
        text: "Testify at the tribunal".into(),
        answer: None,
        outcome: None,
    });
    meeting
}

#[test]
fn every_debrief_field_and_the_asks_can_be_marked_and_search_shows_none_of_their_words() {
    use one_on_one::domain::search::{Entry, Snippet, MASKED};
    let words = [
        ("deportation", "Sparks"),
        ("junta", "Their story"),
        ("custody", "To remember"),
        ("tribunal", "Ask"),
    ];
    let shown = Entry::of_meeting(&debriefed_meeting());
    for (word, label) in words {
        let snippet = Snippet::of(&shown, &[word.to_owned()]).expect(word);
        assert!(snippet.text().contains(word), "unmarked, {label} shows");
    }
    let mut marked = debriefed_meeting();
    for field in [
        sensitive::DEBRIEF_SPARKS,
        sensitive::DEBRIEF_STORY,
        sensitive::DEBRIEF_REMEMBER,
        sensitive::ASKS,
    ] {
        marked.mark(field, true);
    }
    let entry = Entry::of_meeting(&marked);
    for (word, label) in words {
        let snippet = Snippet::of(&entry, &[word.to_owned()]).expect("still found");
        assert_eq!(snippet.text(), MASKED, "{label} is masked");
    }
}

#[test]
fn a_draft_debrief_is_as_sensitive_as_the_live_notes_it_comes_from_and_keeps_that_once_edited() {
    let mut meeting = meeting(&[]);
    meeting.live.sparks = "Her deportation case".into();
    meeting.mark(sensitive::LIVE_SPARKS, true);
    meeting.mark(sensitive::LIVE_NOTES, true);
    assert!(meeting.debrief.is_none());
    assert!(
        meeting.is_marked(sensitive::DEBRIEF_SPARKS),
        "the draft's sparks"
    );
    assert!(
        meeting.is_marked(sensitive::DEBRIEF_STORY),
        "the draft's story"
    );
    assert!(!meeting.is_marked(sensitive::DEBRIEF_REMEMBER));
    // The first edit makes the debrief its own, marks included.
    meeting.debrief_mut().remember = "Call after the hearing".into();
    assert!(meeting.is_marked(sensitive::DEBRIEF_SPARKS));
    assert!(meeting.is_marked(sensitive::DEBRIEF_STORY));
    // From then on the debrief's mark is its own: taking it off leaves the live one.
    meeting.mark(sensitive::DEBRIEF_SPARKS, false);
    assert!(!meeting.is_marked(sensitive::DEBRIEF_SPARKS));
    assert!(meeting.is_marked(sensitive::LIVE_SPARKS));
}

#[test]
fn unmarking_a_drafted_field_holds_although_the_live_field_stays_marked() {
    let mut meeting = meeting(&[]);
    meeting.mark(sensitive::LIVE_SPARKS, true);
    meeting.mark(sensitive::DEBRIEF_SPARKS, false);
    assert!(meeting.debrief.is_some(), "taken out of its draft");
    assert!(!meeting.is_marked(sensitive::DEBRIEF_SPARKS));
}

#[test]
fn once_debriefed_search_reads_the_debrief_not_the_live_notes_it_replaced() {
    use one_on_one::domain::search::{Entry, Snippet};
    let mut meeting = meeting(&[]);
    meeting.live.sparks = "Her deportation case".into();
    let live = Entry::of_meeting(&meeting);
    assert!(Snippet::of(&live, &["deportation".to_owned()]).is_some());
    // The organizer rewrites the drafted sparks, leaving out what they were told.
    meeting.debrief_mut().sparks = "Her family".into();
    let debriefed = Entry::of_meeting(&meeting);
    assert!(Snippet::of(&debriefed, &["deportation".to_owned()]).is_none());
    assert!(Snippet::of(&debriefed, &["family".to_owned()]).is_some());
}
