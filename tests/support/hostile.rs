//! Hostile backups, generated: a sound backup of every kind of record, broken in one of many
//! ways (a field of the wrong type, a missing field, nested junk, a malformed version stamp, a
//! forbidden key, a duplicate id, an unknown section or deletion, a cut-off file), often with a
//! newer or older time on top so that a merge by time alone would take it. Shared by the
//! native test of the messages and the browser test that the phone's data stays unchanged.

use one_on_one::domain::backup::Backup;
use one_on_one::domain::commitments::Outcome;
use one_on_one::domain::debrief::{Answer, Ask, Debrief};
use one_on_one::domain::guide::{Guide, Prompt, Section};
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::next_step::{NextStep, Owner};
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use serde_json::{json, Value};

/// A small deterministic random source (xorshift), so a failure names a case that repeats.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A sound backup holding one record of every kind, all of whose ids are also on the phone.
pub fn sound_backup() -> Backup {
    let mut person = Person::new("p1", "Ana Núñez", 1_000);
    person.tags = vec!["transit".into(), "nurse".into()];
    person.engagement = Some(3);
    let mut meeting = Meeting::new("m1", "p1", &Profile::new(1_000), 1_000);
    meeting.purpose = "Get to know her".into();
    meeting.live.set_note(0, 1, "grew up here".into(), 1_500);
    meeting.debrief = Some(Debrief {
        sparks: "buses".into(),
        asks: vec![Ask {
            id: "a1".into(),
            text: "Host a house meeting?".into(),
            answer: Some(Answer::Yes),
            outcome: Some(Outcome::Kept),
        }],
        ..Debrief::default()
    });
    let step = NextStep {
        meta: Meta::new("s1", 1_000),
        person_id: "p1".into(),
        meeting_id: Some("m1".into()),
        text: "Send the flyer".into(),
        owner: Owner::Them,
        kind: Default::default(),
        due_at: Some(2_000),
        done_at: None,
        outcome: None,
        sensitive: Vec::new(),
        organizer: None,
    };
    let guide = Guide {
        meta: Meta::new("g1", 1_000),
        name: "Short guide".into(),
        summary: String::new(),
        sections: vec![Section {
            title: "Story".into(),
            share_percent: Some(50),
            prompts: vec![Prompt {
                text: "What brought you here?".into(),
                hint: String::new(),
            }],
        }],
    };
    Backup::new(
        1_700_000_000_000,
        "test",
        [
            ("people".to_owned(), vec![value(&person)]),
            ("meetings".to_owned(), vec![value(&meeting)]),
            ("next_steps".to_owned(), vec![value(&step)]),
            ("guides".to_owned(), vec![value(&guide)]),
            ("settings".to_owned(), vec![value(&Profile::new(1_000))]),
        ]
        .into(),
        vec![],
    )
}

fn value<T: serde::Serialize>(record: &T) -> Value {
    serde_json::to_value(record).unwrap()
}

/// (store, path inside the record, values that are all wrong there).
const WRONG: &[(&str, &str, &[&str])] = &[
    (
        "people",
        "name",
        &["7", "true", "{\"first\":\"Ana\"}", "[\"Ana\"]", "null"],
    ),
    (
        "people",
        "tags",
        &["\"a,b\"", "7", "{\"0\":\"a\"}", "[1,2]"],
    ),
    ("people", "engagement", &["900", "-1", "\"high\"", "2.5"]),
    (
        "people",
        "preferred_channel",
        &["\"carrier pigeon\"", "3", "[]"],
    ),
    ("people", "referred_by", &["7", "[\"p2\"]"]),
    ("people", "last_contact_at", &["\"yesterday\"", "{}"]),
    ("meetings", "person_id", &["7", "null", "[]"]),
    (
        "meetings",
        "planned_minutes",
        &["\"thirty\"", "-30", "1.5", "null"],
    ),
    ("meetings", "status", &["\"maybe\"", "1"]),
    (
        "meetings",
        "venue",
        &["\"café\"", "{\"kind\":\"moon\",\"detail\":\"x\"}", "7"],
    ),
    (
        "meetings",
        "live.asked",
        &[
            "\"lots\"",
            "[{\"section\":\"one\",\"prompt\":0,\"at_ms\":0}]",
        ],
    ),
    ("meetings", "live.talk", &["\"70/30\"", "[]"]),
    (
        "meetings",
        "debrief.asks",
        &["\"ask\"", "[{\"text\":{\"x\":[1,2]}}]", "[7]"],
    ),
    ("meetings", "debrief.referral_ids", &["\"p2\"", "[1]"]),
    ("next_steps", "text", &["7", "[]"]),
    ("next_steps", "owner", &["\"nobody\"", "0"]),
    ("next_steps", "due_at", &["\"soon\"", "{}"]),
    (
        "guides",
        "sections",
        &["\"story\"", "[{\"title\":7}]", "[{\"prompts\":[{}]}]"],
    ),
    ("settings", "default_length_minutes", &["\"long\"", "-5"]),
    (
        "settings",
        "engagement_labels",
        &["[\"a\"]", "\"a,b,c,d,e\""],
    ),
    (
        "people",
        "meta.versions",
        &["{\"name\":\"soon\"}", "[1]", "{\"name\":7}"],
    ),
    ("people", "meta.base", &["\"yesterday\"", "7"]),
];

/// Fields without which a record is no record of its kind.
const REQUIRED: &[(&str, &str)] = &[
    ("people", "name"),
    ("people", "meta.id"),
    ("people", "meta.created_at"),
    ("meetings", "person_id"),
    ("meetings", "planned_minutes"),
    ("next_steps", "person_id"),
    // Not "text": a teammate's copy of a step whose text is marked sensitive has none (see
    // domain::team_form); it reads as an empty text.
    ("next_steps", "meta.id"),
    ("guides", "name"),
    ("settings", "meta.updated_at"),
];

fn set_path(record: &mut Value, path: &str, value: Value) {
    let mut names: Vec<&str> = path.split('.').collect();
    let last = names.pop().unwrap();
    let mut at = record;
    for name in names {
        if !at[name].is_object() {
            at[name] = json!({});
        }
        at = &mut at[name];
    }
    at[last] = value;
}

fn remove_path(record: &mut Value, path: &str) {
    let mut names: Vec<&str> = path.split('.').collect();
    let last = names.pop().unwrap();
    let mut at = record;
    for name in names {
        at = &mut at[name];
    }
    at.as_object_mut().unwrap().remove(last);
}

/// Backup number `case`, as the text of a file: sound but for at least one defect.
pub fn hostile_backup(case: u64) -> String {
    let mut rng = Rng::new(case * 7_919 + 13);
    let mut backup = serde_json::to_value(sound_backup()).unwrap();
    // A newer (or much older) time on top, so the broken version would win by time.
    if rng.below(3) > 0 {
        let store = *rng.pick(&["people", "meetings", "next_steps", "guides", "settings"]);
        let at = *rng.pick(&[9_000_000_000_000i64, 0, 1_700_000_000_001]);
        backup["stores"][store][0]["meta"]["updated_at"] = json!(at);
    }
    match rng.below(10) {
        0..=3 => {
            let (store, path, values) = rng.pick(WRONG);
            let wrong: &&str = rng.pick(values);
            let wrong: Value = serde_json::from_str(wrong).unwrap();
            set_path(&mut backup["stores"][*store][0], path, wrong);
        }
        4 => {
            let (store, path) = rng.pick(REQUIRED);
            remove_path(&mut backup["stores"][*store][0], path);
        }
        5 => {
            // Nested junk: too deep to read, or a text field holding a tree.
            let depth = 1 + rng.below(126);
            let deep: Value =
                serde_json::from_str(&format!("{}{}", "[".repeat(depth), "]".repeat(depth)))
                    .unwrap();
            let store = *rng.pick(&["people", "meetings"]);
            let field = if store == "people" {
                "notes"
            } else {
                "purpose"
            };
            backup["stores"][store][0][field] = deep;
        }
        6 => {
            let store = *rng.pick(&["people", "meetings", "settings"]);
            backup["stores"][store][0]["notes"] = json!({"__proto__": {"admin": true}});
        }
        7 => {
            let store = *rng.pick(&["people", "meetings", "next_steps"]);
            let twin = backup["stores"][store][0].clone();
            backup["stores"][store].as_array_mut().unwrap().push(twin);
        }
        8 => match rng.below(3) {
            0 => backup["stores"]["passwords"] = json!([]),
            1 => backup["tombstones"] = json!([{"kind": "secrets", "id": "x", "stamp": "1.0.a"}]),
            _ => backup["tombstones"] = json!([{"kind": "people", "id": "", "stamp": "1.0.a"}]),
        },
        _ => {
            let schema = rng.pick(&[json!(99), json!(0), json!("1")]).clone();
            let store = *rng.pick(&["people", "next_steps"]);
            backup["stores"][store][0]["meta"]["schema"] = schema;
        }
    }
    let text = backup.to_string();
    // One in five is also cut off somewhere inside.
    if rng.below(5) == 0 {
        let cut = 1 + rng.below(text.len() - 2);
        let cut = (0..=cut).rev().find(|&i| text.is_char_boundary(i)).unwrap();
        return text[..cut].to_owned();
    }
    text
}
