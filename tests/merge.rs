//! Native tests of the one merge: two places editing one record keep both edits, words and
//! items added anywhere are kept, a clock set wrong cannot win forever, and (by property tests
//! over random edits on several replicas) the result is the same in any order, any number of
//! times, and never loses the latest edit of any part.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::clock::{Clock, Stamp};
use one_on_one::domain::debrief::{Answer, Ask, Debrief};
use one_on_one::domain::kinds;
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::merge::{canonical, merge, stamp_edit, RecordShape, MEETING, PERSON};
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::self_check::Question;
use proptest::prelude::*;
use serde_json::{json, Value};

const T0: i64 = 1_764_000_000_000;

fn value<T: serde::Serialize>(record: &T) -> Value {
    serde_json::to_value(record).unwrap()
}

fn person(v: &Value) -> Person {
    kinds::decode(v).unwrap()
}

/// `before` edited by `apply` on `clock` at `now`.
fn edit(before: &Value, clock: &mut Clock, now: i64, apply: impl FnOnce(&mut Person)) -> Value {
    let mut changed = person(before);
    apply(&mut changed);
    stamp_edit(before, &value(&changed), PERSON, clock, now).unwrap()
}

fn ana() -> Value {
    let mut ana = Person::new("p1", "Ana", T0);
    ana.phone = "555 0100".into();
    ana.tags = vec!["transit".into(), "housing".into()];
    canonical(&value(&ana), PERSON).unwrap()
}

#[test]
fn two_tabs_editing_different_fields_keep_both() {
    let (mut one, mut two) = (Clock::new("one"), Clock::new("two"));
    let base = ana();
    let phone = edit(&base, &mut one, T0 + 1_000, |p| p.phone = "555 0199".into());
    // Tab two types a note slowly, from the version before the phone changed, and saves last.
    let note = edit(&base, &mut two, T0 + 9_000, |p| {
        p.notes = "Cares about buses".into()
    });
    for merged in [
        merge(&phone, &note, PERSON).unwrap(),
        merge(&note, &phone, PERSON).unwrap(),
    ] {
        let merged = person(&merged);
        assert_eq!(merged.phone, "555 0199");
        assert_eq!(merged.notes, "Cares about buses");
        assert_eq!(merged.name, "Ana");
    }
}

#[test]
fn an_edit_marked_as_it_was_typed_keeps_that_time_and_the_merge_is_the_edit() {
    let mut clock = Clock::new("tab");
    let base = ana();
    // Typed keystroke by keystroke (each marks the record), versioned once when written.
    let mut typed = person(&base);
    typed.notes = "Cares about buses".into();
    typed.meta.touch(T0 + 5_000);
    let written = stamp_edit(&base, &value(&typed), PERSON, &mut clock, T0 + 5_300).unwrap();
    assert_eq!(
        person(&written).meta.updated_at,
        T0 + 5_000,
        "the time it was typed"
    );
    assert!(person(&written).meta.versions.contains_key("notes"));
    // What the store holds is the version it was made from: the merge is the edit itself.
    assert_eq!(merge(&base, &written, PERSON).unwrap(), written);
    assert_eq!(merge(&written, &base, PERSON).unwrap(), written);
}

#[test]
fn the_same_field_edited_twice_keeps_the_later_edit() {
    let (mut one, mut two) = (Clock::new("one"), Clock::new("two"));
    let base = ana();
    let early = edit(&base, &mut one, T0 + 1_000, |p| p.notes = "early".into());
    let late = edit(&base, &mut two, T0 + 2_000, |p| p.notes = "late".into());
    assert_eq!(person(&merge(&early, &late, PERSON).unwrap()).notes, "late");
    assert_eq!(person(&merge(&late, &early, PERSON).unwrap()).notes, "late");
}

#[test]
fn words_added_in_two_places_are_both_kept_and_a_removal_stays_removed() {
    let (mut one, mut two) = (Clock::new("one"), Clock::new("two"));
    let base = ana();
    let a = edit(&base, &mut one, T0 + 1_000, |p| {
        p.tags.push("schools".into());
        p.tags.retain(|t| t != "housing");
    });
    let b = edit(&base, &mut two, T0 + 2_000, |p| p.tags.push("parks".into()));
    let merged = person(&merge(&a, &b, PERSON).unwrap());
    assert_eq!(merged.tags, ["transit", "schools", "parks"]);
    assert_eq!(person(&merge(&b, &a, PERSON).unwrap()).tags, merged.tags);
}

#[test]
fn words_typed_together_keep_the_order_they_were_typed_in() {
    let mut one = Clock::new("one");
    let edited = edit(&ana(), &mut one, T0 + 1_000, |p| {
        p.tags = vec![
            "transit".into(),
            "housing".into(),
            "zoning".into(),
            "art".into(),
        ];
    });
    assert_eq!(
        person(&edited).tags,
        ["transit", "housing", "zoning", "art"]
    );
}

#[test]
fn a_tag_removed_and_added_again_is_back() {
    let mut one = Clock::new("one");
    let removed = edit(&ana(), &mut one, T0 + 1_000, |p| {
        p.tags.retain(|t| t != "transit")
    });
    let again = edit(&removed, &mut one, T0 + 2_000, |p| {
        p.tags.push("transit".into())
    });
    assert_eq!(person(&again).tags, ["housing", "transit"]);
    assert_eq!(
        person(&merge(&removed, &again, PERSON).unwrap()).tags,
        ["housing", "transit"]
    );
}

#[test]
fn a_phone_with_its_clock_a_day_ahead_wins_only_until_someone_edits_after_seeing_it() {
    let (mut ahead, mut right) = (Clock::new("ahead"), Clock::new("right"));
    let base = ana();
    let day = 24 * 60 * 60 * 1000;
    let wrong = edit(&base, &mut ahead, T0 + day, |p| {
        p.phone = "wrong clock".into()
    });
    let seen = merge(&base, &wrong, PERSON).unwrap();
    // An hour later by the right clock, still a day before the other phone's: it wins anyway.
    let fixed = edit(&seen, &mut right, T0 + 3_600_000, |p| {
        p.phone = "555 0123".into()
    });
    assert_eq!(
        person(&merge(&wrong, &fixed, PERSON).unwrap()).phone,
        "555 0123"
    );
    assert_eq!(
        person(&merge(&fixed, &wrong, PERSON).unwrap()).phone,
        "555 0123"
    );
}

#[test]
fn records_stored_before_field_versions_keep_the_newest_whole_as_before() {
    let mut old = Person::new("p1", "Ana", T0);
    old.phone = "old".into();
    let mut newer = old.clone();
    newer.phone = "new".into();
    newer.notes = "new notes".into();
    newer.meta.touch(T0 + 5);
    for merged in [
        merge(&value(&old), &value(&newer), PERSON).unwrap(),
        merge(&value(&newer), &value(&old), PERSON).unwrap(),
    ] {
        assert_eq!(
            person(&merged),
            person(&canonical(&value(&newer), PERSON).unwrap())
        );
    }
}

#[test]
fn a_record_merged_with_itself_is_unchanged() {
    let mut one = Clock::new("one");
    let edited = edit(&ana(), &mut one, T0 + 1, |p| p.tags.push("x".into()));
    assert_eq!(merge(&edited, &edited, PERSON).unwrap(), edited);
    assert_eq!(canonical(&edited, PERSON).unwrap(), edited);
}

#[test]
fn a_record_that_was_never_edited_carries_no_versions_but_its_base() {
    let bo = value(&Person::new("p2", "Bo", T0));
    assert_eq!(
        canonical(&bo, PERSON).unwrap(),
        bo,
        "its base is its creation"
    );
    // Words stored without versions keep their order: each is taken as one after the last.
    assert!(ana()["meta"].get("versions").is_none());
    let mut one = Clock::new("one");
    let edited = edit(&ana(), &mut one, T0 + 1_000, |p| {
        p.tags.insert(0, "art".into())
    });
    assert_eq!(person(&edited).tags, ["transit", "housing", "art"]);
    assert_eq!(
        edited["meta"]["versions"],
        json!({ "tags/art": "1764000001000.0000.one" })
    );
}

fn meeting_value() -> Value {
    let mut met = Meeting::new("m1", "p1", &Profile::new(T0), T0);
    met.debrief = Some(Debrief {
        asks: vec![Ask {
            id: String::new(),
            text: "Host a house meeting?".into(),
            answer: None,
            outcome: None,
        }],
        ..Debrief::default()
    });
    canonical(&value(&met), MEETING).unwrap()
}

fn edit_meeting(
    before: &Value,
    clock: &mut Clock,
    now: i64,
    apply: impl FnOnce(&mut Meeting),
) -> Value {
    let mut changed: Meeting = kinds::decode(before).unwrap();
    apply(&mut changed);
    stamp_edit(before, &value(&changed), MEETING, clock, now).unwrap()
}

fn debrief(v: &Value) -> Debrief {
    kinds::decode::<Meeting>(v).unwrap().debrief.unwrap()
}

#[test]
fn asks_added_on_two_devices_are_both_kept_and_each_answer_lands_on_its_own_ask() {
    let (mut one, mut two) = (Clock::new("one"), Clock::new("two"));
    let base = meeting_value();
    let first_id = debrief(&base).asks[0].id.clone();
    assert_eq!(
        first_id, "#000",
        "an ask stored without an id is keyed by its place"
    );
    let a = edit_meeting(&base, &mut one, T0 + 1_000, |m| {
        let d = m.debrief.as_mut().unwrap();
        d.asks.push(Ask {
            text: "Join the council?".into(),
            ..Ask::default()
        });
        d.sparks = "Buses".into();
    });
    let b = edit_meeting(&base, &mut two, T0 + 2_000, |m| {
        let d = m.debrief.as_mut().unwrap();
        d.asks[0].answer = Some(Answer::Yes);
        d.asks.push(Ask {
            text: "Bring a friend?".into(),
            ..Ask::default()
        });
    });
    let merged = debrief(&merge(&a, &b, MEETING).unwrap());
    assert_eq!(merged, debrief(&merge(&b, &a, MEETING).unwrap()));
    let texts: Vec<_> = merged.asks.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Host a house meeting?",
            "Join the council?",
            "Bring a friend?"
        ]
    );
    assert_eq!(merged.asks[0].answer, Some(Answer::Yes));
    assert_eq!(merged.sparks, "Buses");
    assert!(merged.asks.iter().all(|a| !a.id.is_empty()));
}

#[test]
fn self_check_answers_given_on_two_devices_are_both_kept() {
    let (mut one, mut two) = (Clock::new("one"), Clock::new("two"));
    let base = meeting_value();
    let a = edit_meeting(&base, &mut one, T0 + 1_000, |m| {
        m.debrief_mut()
            .self_check
            .set(Question::Listened, Some(true));
    });
    let b = edit_meeting(&base, &mut two, T0 + 2_000, |m| {
        m.debrief_mut()
            .self_check
            .set(Question::ClearAsk, Some(false));
        m.debrief_mut().engagement = Some(3);
    });
    for merged in [
        merge(&a, &b, MEETING).unwrap(),
        merge(&b, &a, MEETING).unwrap(),
    ] {
        let check = debrief(&merged).self_check;
        assert_eq!(check.answer(Question::Listened), Some(true));
        assert_eq!(check.answer(Question::ClearAsk), Some(false));
        assert_eq!(check.answer(Question::AskedWhy), None);
        assert_eq!(debrief(&merged).engagement, Some(3));
    }
}

#[test]
fn notes_on_two_prompts_of_a_live_meeting_are_both_kept() {
    let (mut one, mut two) = (Clock::new("one"), Clock::new("two"));
    let base = meeting_value();
    let a = edit_meeting(&base, &mut one, T0 + 1_000, |m| {
        m.live.set_note(0, 1, "grew up here".into(), T0 + 1_000)
    });
    let b = edit_meeting(&base, &mut two, T0 + 2_000, |m| {
        m.live.set_note(1, 0, "angry about rent".into(), T0 + 2_000)
    });
    let merged: Meeting = kinds::decode(&merge(&a, &b, MEETING).unwrap()).unwrap();
    let notes: Vec<_> = merged.live.asked.iter().map(|a| a.note.as_str()).collect();
    assert_eq!(notes, ["grew up here", "angry about rent"]);
}

#[test]
fn a_stamp_reads_back_as_written_and_orders_like_its_text() {
    let a = Stamp {
        wall: T0,
        count: 3,
        replica: "ab".into(),
    };
    let b = Stamp {
        wall: T0,
        count: 12,
        replica: "a".into(),
    };
    assert_eq!(a.to_string().parse::<Stamp>().unwrap(), a);
    assert!(a < b && a.to_string() < b.to_string());
    for bad in [
        "",
        "1.2",
        "x.0.a",
        "1.0.a b",
        "-1.0.a",
        "1.0.aaaaaaaaaaaaaaaaaaaaaaa",
    ] {
        assert!(bad.parse::<Stamp>().is_err(), "{bad}");
    }
}

// ---- Property tests: random edits on three replicas, synced at random.

#[derive(Clone, Debug)]
enum Op {
    Field {
        replica: usize,
        field: usize,
        text: u8,
    },
    AddTag {
        replica: usize,
        tag: u8,
    },
    RemoveTag {
        replica: usize,
        tag: u8,
    },
    Sync {
        from: usize,
        to: usize,
    },
}

const FIELDS: [&str; 3] = ["phone", "notes", "how_we_met"];
const REPLICAS: usize = 3;

fn op() -> impl Strategy<Value = Op> {
    let r = 0..REPLICAS;
    prop_oneof![
        (r.clone(), 0..FIELDS.len(), 0u8..6).prop_map(|(replica, field, text)| Op::Field {
            replica,
            field,
            text
        }),
        (r.clone(), 0u8..5).prop_map(|(replica, tag)| Op::AddTag { replica, tag }),
        (r.clone(), 0u8..5).prop_map(|(replica, tag)| Op::RemoveTag { replica, tag }),
        (r.clone(), r).prop_map(|(from, to)| Op::Sync { from, to }),
    ]
}

/// What the latest edit of each part says, by stamp: the oracle the merge must agree with.
#[derive(Default)]
struct Latest {
    fields: std::collections::BTreeMap<&'static str, (Stamp, String)>,
    tags: std::collections::BTreeMap<String, (Stamp, bool)>,
}

impl Latest {
    fn note(&mut self, before: &Value, after: &Value) {
        let versions = &after["meta"]["versions"];
        let stamp_of = |path: &str| -> Option<Stamp> {
            let text = versions.get(path)?.as_str()?;
            text.trim_start_matches('-').parse().ok()
        };
        let (before_p, after_p) = (person(before), person(after));
        for field in FIELDS {
            let read = |p: &Person| value(p)[field].as_str().unwrap().to_owned();
            if read(&before_p) != read(&after_p) {
                let stamp = stamp_of(field).expect("a changed field has a version");
                if self.fields.get(field).is_none_or(|(kept, _)| *kept < stamp) {
                    self.fields.insert(field, (stamp, read(&after_p)));
                }
            }
        }
        for tag in before_p.tags.iter().chain(&after_p.tags) {
            let (was, is) = (before_p.tags.contains(tag), after_p.tags.contains(tag));
            if was != is {
                let stamp = stamp_of(&format!("tags/{tag}")).expect("a changed tag has a version");
                if self.tags.get(tag).is_none_or(|(kept, _)| *kept < stamp) {
                    self.tags.insert(tag.clone(), (stamp, is));
                }
            }
        }
    }
}

fn run(ops: &[Op]) -> (Vec<Value>, Latest) {
    let mut clocks: Vec<Clock> = (0..REPLICAS).map(|i| Clock::new(format!("r{i}"))).collect();
    let mut states = vec![ana(); REPLICAS];
    let mut latest = Latest::default();
    for (step, op) in ops.iter().enumerate() {
        // Wall clocks that disagree: replica 2 runs ten seconds behind.
        let now = |replica: usize| T0 + step as i64 * 7 - if replica == 2 { 10_000 } else { 0 };
        let edit_on = |replica: usize,
                       apply: &dyn Fn(&mut Person),
                       clocks: &mut Vec<Clock>,
                       states: &mut Vec<Value>,
                       latest: &mut Latest| {
            let before = states[replica].clone();
            let after = edit(&before, &mut clocks[replica], now(replica), |p| apply(p));
            latest.note(&before, &after);
            states[replica] = after;
        };
        match *op {
            Op::Field {
                replica,
                field,
                text,
            } => {
                let text = format!("v{text}");
                edit_on(
                    replica,
                    &|p: &mut Person| {
                        let mut v = value(p);
                        v[FIELDS[field]] = json!(text);
                        *p = person(&v);
                    },
                    &mut clocks,
                    &mut states,
                    &mut latest,
                )
            }
            Op::AddTag { replica, tag } => edit_on(
                replica,
                &|p: &mut Person| {
                    let tag = format!("t{tag}");
                    if !p.tags.contains(&tag) {
                        p.tags.push(tag);
                    }
                },
                &mut clocks,
                &mut states,
                &mut latest,
            ),
            Op::RemoveTag { replica, tag } => edit_on(
                replica,
                &|p: &mut Person| p.tags.retain(|t| *t != format!("t{tag}")),
                &mut clocks,
                &mut states,
                &mut latest,
            ),
            Op::Sync { from, to } => {
                states[to] = merge(&states[to], &states[from], PERSON).unwrap();
            }
        }
    }
    (states, latest)
}

/// `states` merged one after another in `order`.
fn merge_in(states: &[Value], order: &[usize], shape: RecordShape) -> Value {
    let mut merged = states[order[0]].clone();
    for &i in &order[1..] {
        merged = merge(&merged, &states[i], shape).unwrap();
    }
    merged
}

fn merge_all(states: &[Value], order: &[usize]) -> Value {
    merge_in(states, order, PERSON)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn merging_in_any_order_and_grouping_gives_one_record(
        ops in prop::collection::vec(op(), 1..40),
        order in Just(vec![0usize, 1, 2]).prop_shuffle(),
    ) {
        let (states, _) = run(&ops);
        let left = merge_all(&states, &[0, 1, 2]);
        prop_assert_eq!(&left, &merge_all(&states, &order));
        let right = merge(&states[0], &merge(&states[1], &states[2], PERSON).unwrap(), PERSON).unwrap();
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(&merge(&left, &left, PERSON).unwrap(), &left);
        prop_assert_eq!(&merge(&left, &states[1], PERSON).unwrap(), &left);
    }

    #[test]
    fn merging_everything_keeps_the_latest_edit_of_every_part(
        ops in prop::collection::vec(op(), 1..40),
    ) {
        let (states, latest) = run(&ops);
        let merged = person(&merge_all(&states, &[0, 1, 2]));
        let merged_value = value(&merged);
        for (field, (_, text)) in &latest.fields {
            prop_assert_eq!(merged_value[*field].as_str().unwrap(), text.as_str(), "{}", field);
        }
        for (tag, (_, present)) in &latest.tags {
            prop_assert_eq!(merged.tags.contains(tag), *present, "{}", tag);
        }
        let untouched = person(&ana());
        prop_assert_eq!(&merged.name, &untouched.name);
    }
}

// ---- The same for meetings: groups of fields, asks keyed by id, notes keyed by prompt.

#[derive(Clone, Debug)]
enum MeetingOp {
    Sparks {
        replica: usize,
        text: u8,
    },
    AddAsk {
        replica: usize,
        text: u8,
    },
    Answer {
        replica: usize,
        ask: usize,
        answer: usize,
    },
    RemoveAsk {
        replica: usize,
        ask: usize,
    },
    Note {
        replica: usize,
        prompt: usize,
        text: u8,
    },
    Sync {
        from: usize,
        to: usize,
    },
}

fn meeting_op() -> impl Strategy<Value = MeetingOp> {
    let r = 0..REPLICAS;
    prop_oneof![
        (r.clone(), 0u8..4).prop_map(|(replica, text)| MeetingOp::Sparks { replica, text }),
        (r.clone(), 0u8..4).prop_map(|(replica, text)| MeetingOp::AddAsk { replica, text }),
        (r.clone(), 0..3usize, 0..4usize).prop_map(|(replica, ask, answer)| MeetingOp::Answer {
            replica,
            ask,
            answer
        }),
        (r.clone(), 0..3usize).prop_map(|(replica, ask)| MeetingOp::RemoveAsk { replica, ask }),
        (r.clone(), 0..3usize, 0u8..4).prop_map(|(replica, prompt, text)| MeetingOp::Note {
            replica,
            prompt,
            text
        }),
        (r.clone(), r).prop_map(|(from, to)| MeetingOp::Sync { from, to }),
    ]
}

/// One of the edits a meeting op makes.
type MeetingEdit = Box<dyn Fn(&mut Meeting)>;

fn run_meeting(ops: &[MeetingOp]) -> Vec<Value> {
    let mut clocks: Vec<Clock> = (0..REPLICAS).map(|i| Clock::new(format!("r{i}"))).collect();
    let mut states = vec![meeting_value(); REPLICAS];
    for (step, op) in ops.iter().enumerate() {
        let now = T0 + step as i64 * 5;
        let (replica, apply): (usize, MeetingEdit) = match *op {
            MeetingOp::Sync { from, to } => {
                states[to] = merge(&states[to], &states[from], MEETING).unwrap();
                continue;
            }
            MeetingOp::Sparks { replica, text } => (
                replica,
                Box::new(move |m| {
                    m.debrief.get_or_insert_with(Debrief::default).sparks = format!("s{text}")
                }),
            ),
            MeetingOp::AddAsk { replica, text } => (
                replica,
                Box::new(move |m| {
                    let d = m.debrief.get_or_insert_with(Debrief::default);
                    d.asks.push(Ask {
                        text: format!("ask {text}"),
                        ..Ask::default()
                    });
                }),
            ),
            MeetingOp::Answer {
                replica,
                ask,
                answer,
            } => (
                replica,
                Box::new(move |m| {
                    if let Some(a) = m.debrief.as_mut().and_then(|d| d.asks.get_mut(ask)) {
                        a.answer = Some(Answer::ALL[answer]);
                    }
                }),
            ),
            MeetingOp::RemoveAsk { replica, ask } => (
                replica,
                Box::new(move |m| {
                    if let Some(d) = m.debrief.as_mut() {
                        if ask < d.asks.len() {
                            d.asks.remove(ask);
                        }
                    }
                }),
            ),
            MeetingOp::Note {
                replica,
                prompt,
                text,
            } => (
                replica,
                Box::new(move |m| m.live.set_note(0, prompt, format!("n{text}"), now)),
            ),
        };
        states[replica] = edit_meeting(&states[replica], &mut clocks[replica], now, |m| apply(m));
    }
    states
}

fn merge_meetings(states: &[Value], order: &[usize]) -> Value {
    merge_in(states, order, MEETING)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn meetings_merge_to_one_record_in_any_order_and_every_ask_added_anywhere_is_kept(
        ops in prop::collection::vec(meeting_op(), 1..30),
        order in Just(vec![0usize, 1, 2]).prop_shuffle(),
    ) {
        let states = run_meeting(&ops);
        let left = merge_meetings(&states, &[0, 1, 2]);
        prop_assert_eq!(&left, &merge_meetings(&states, &order));
        let right = merge(&states[0], &merge(&states[1], &states[2], MEETING).unwrap(), MEETING).unwrap();
        prop_assert_eq!(&left, &right);
        prop_assert_eq!(&merge(&left, &left, MEETING).unwrap(), &left);
        // An ask added on any replica and never removed anywhere is in the merged record.
        let merged = debrief(&left);
        let removed: usize = ops.iter().filter(|op| matches!(op, MeetingOp::RemoveAsk { .. })).count();
        let added: usize = ops.iter().filter(|op| matches!(op, MeetingOp::AddAsk { .. })).count();
        if removed == 0 {
            prop_assert_eq!(merged.asks.len(), 1 + added);
        }
        prop_assert!(kinds::decode::<Meeting>(&left).is_ok());
    }
}

#[test]
fn a_merge_says_which_side_already_held_all_of_it() {
    use one_on_one::domain::merge::merge_reporting;
    let (mut one, mut two) = (Clock::new("one"), Clock::new("two"));
    let base = ana();
    let same = merge_reporting(&base, &base, PERSON).unwrap();
    assert!(same.as_first && same.as_second, "nothing to write");
    let phone = edit(&base, &mut one, T0 + 1, |p| p.phone = "1".into());
    let newer = merge_reporting(&base, &phone, PERSON).unwrap();
    assert!(!newer.as_first && newer.as_second, "the edit is the result");
    let older = merge_reporting(&phone, &base, PERSON).unwrap();
    assert!(
        older.as_first && !older.as_second,
        "what is stored already holds it"
    );
    let notes = edit(&base, &mut two, T0 + 2, |p| p.notes = "n".into());
    let both = merge_reporting(&phone, &notes, PERSON).unwrap();
    assert!(!both.as_first && !both.as_second, "each side brings a part");
}
