//! Native property test of what a team sees (`domain::team_form`): two phones edit one shared
//! person at random, notes marked sensitive, and swap their team versions in any order, any
//! number of times. Each phone always keeps its own notes (never a teammate's, never lost), no
//! version sent to the team holds a word of them, and every other field ends the same on both.
#![cfg(not(target_arch = "wasm32"))]

use one_on_one::domain::clock::Clock;
use one_on_one::domain::kinds;
use one_on_one::domain::merge::{canonical, merge, stamp_edit, PERSON};
use one_on_one::domain::person::Person;
use one_on_one::domain::sensitive;
use one_on_one::domain::team_form::team_form;
use proptest::prelude::*;
use serde_json::Value;

const T0: i64 = 1_764_000_000_000;

#[derive(Clone, Debug)]
enum Step {
    /// Phone `0` or `1` types `text` into a field.
    Type(usize, Field, String),
    /// Phone `from`'s team version reaches phone `to`.
    Sync(usize),
}

#[derive(Clone, Copy, Debug)]
enum Field {
    Phone,
    Email,
    Notes,
}

fn step() -> impl Strategy<Value = Step> {
    let field = prop_oneof![Just(Field::Phone), Just(Field::Email), Just(Field::Notes)];
    prop_oneof![
        (0..2usize, field, "[a-zA-Z0-9 éűİ山-]{0,12}")
            .prop_map(|(phone, field, text)| Step::Type(phone, field, text)),
        (0..2usize).prop_map(Step::Sync),
    ]
}

fn person(record: &Value) -> Person {
    kinds::decode(record).unwrap()
}

fn shared_ana() -> Value {
    let mut ana = Person::new("p1", "Ana", T0);
    ana.sensitive = vec![sensitive::NOTES.to_owned()];
    canonical(&serde_json::to_value(ana).unwrap(), PERSON).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn each_phone_keeps_its_own_sensitive_notes_and_the_rest_converges(
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let mut phones = [shared_ana(), shared_ana()];
        let mut clocks = [Clock::new("phone-a"), Clock::new("phone-b")];
        // What each phone last typed into its notes: only it may ever hold it.
        let mut own_notes = [String::new(), String::new()];
        let mut now = T0;
        for step in steps {
            now += 1_000;
            match step {
                Step::Type(at, field, text) => {
                    let mut edited = person(&phones[at]);
                    // Unique per phone and field, so a leak is seen even when the same words were typed.
                    let text = format!("{text}#{at}{field:?}");
                    match field {
                        Field::Phone => edited.phone = text,
                        Field::Email => edited.email = text,
                        Field::Notes => {
                            own_notes[at] = text.clone();
                            edited.notes = text;
                        }
                    }
                    let after = serde_json::to_value(edited).unwrap();
                    phones[at] = stamp_edit(&phones[at], &after, PERSON, &mut clocks[at], now).unwrap();
                }
                Step::Sync(from) => {
                    let sent = team_form("people", phones[from].clone());
                    if !own_notes[from].is_empty() {
                        prop_assert!(!sent.to_string().contains(&own_notes[from]), "notes left phone {}", from);
                    }
                    let to = 1 - from;
                    phones[to] = merge(&phones[to], &sent, PERSON).unwrap();
                }
            }
            for at in 0..2 {
                prop_assert_eq!(&person(&phones[at]).notes, &own_notes[at]);
            }
        }
        // Both ways once more: everything but the notes is the same on both phones.
        let to_b = team_form("people", phones[0].clone());
        phones[1] = merge(&phones[1], &to_b, PERSON).unwrap();
        let to_a = team_form("people", phones[1].clone());
        phones[0] = merge(&phones[0], &to_a, PERSON).unwrap();
        prop_assert_eq!(team_form("people", phones[0].clone()), team_form("people", phones[1].clone()));
    }
}
