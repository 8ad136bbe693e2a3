//! An oracle for search: over random people, meetings and follow-ups, written, rewritten and
//! removed in random order, the index answers exactly what a plain scan of every record
//! answers (every query word starts a word of the record, or of its person's name, tags,
//! organizations or skills), with and without a tag filter.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::next_step::NextStep;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::record::Meta;
use one_on_one::domain::search::{query_words, words, Entry, Filters, Kind, SearchIndex, Weight};
use one_on_one::domain::text::fold;
use proptest::prelude::*;

const WORDS: [&str; 14] = [
    "Ana", "Ánh", "Núñez", "bus", "busy", "route", "Rojo", "café", "nurse", "union", "tenant",
    "tenants", "12", "42",
];

fn text(picks: &[usize]) -> String {
    picks
        .iter()
        .map(|&i| WORDS[i % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Clone, Debug)]
enum Op {
    Person {
        id: usize,
        name: Vec<usize>,
        tag: Option<usize>,
        notes: Vec<usize>,
    },
    Meeting {
        id: usize,
        person: usize,
        purpose: Vec<usize>,
    },
    Step {
        id: usize,
        person: usize,
        text: Vec<usize>,
    },
    Remove {
        kind: usize,
        id: usize,
    },
}

fn picks() -> impl Strategy<Value = Vec<usize>> {
    prop::collection::vec(0..WORDS.len(), 0..3)
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (
            0..6usize,
            picks(),
            prop::option::of(0..WORDS.len()),
            picks()
        )
            .prop_map(|(id, name, tag, notes)| Op::Person {
                id,
                name,
                tag,
                notes
            }),
        (0..8usize, 0..7usize, picks()).prop_map(|(id, person, purpose)| Op::Meeting {
            id,
            person,
            purpose
        }),
        (0..8usize, 0..7usize, picks()).prop_map(|(id, person, text)| Op::Step {
            id,
            person,
            text
        }),
        (0..3usize, 0..8usize).prop_map(|(kind, id)| Op::Remove { kind, id }),
    ]
}

/// The records as they stand after the ops, and the index kept up to date along the way.
#[derive(Default)]
struct World {
    entries: BTreeMap<(Kind, String), Entry>,
    index: SearchIndex,
}

impl World {
    fn apply(&mut self, step: i64, op: &Op) {
        let entry = match op {
            Op::Person {
                id,
                name,
                tag,
                notes,
            } => {
                let mut person = Person::new(format!("p{id}"), text(name), step);
                person.tags = tag.iter().map(|&t| WORDS[t].to_owned()).collect();
                person.notes = text(notes);
                Entry::of_person(&person)
            }
            Op::Meeting {
                id,
                person,
                purpose,
            } => {
                let mut meeting = Meeting::new(
                    format!("m{id}"),
                    format!("p{person}"),
                    &Profile::new(0),
                    step,
                );
                meeting.purpose = text(purpose);
                Entry::of_meeting(&meeting)
            }
            Op::Step {
                id,
                person,
                text: words,
            } => Entry::of_step(
                &NextStep {
                    meta: Meta::new(format!("s{id}"), step),
                    person_id: format!("p{person}"),
                    meeting_id: None,
                    text: text(words),
                    owner: Default::default(),
                    kind: Default::default(),
                    due_at: None,
                    done_at: None,
                    outcome: None,
                    sensitive: Vec::new(),
                    organizer: None,
                },
                None,
            ),
            Op::Remove { kind, id } => {
                let (kind, prefix) = [
                    (Kind::Person, "p"),
                    (Kind::Meeting, "m"),
                    (Kind::FollowUp, "s"),
                ][*kind];
                let id = format!("{prefix}{id}");
                self.index.remove(kind, &id);
                self.entries.remove(&(kind, id));
                return;
            }
        };
        self.entries
            .insert((entry.kind, entry.id.clone()), entry.clone());
        self.index.upsert(entry);
    }

    /// What a plain scan of every record finds.
    fn scan(&self, query: &str, tag: Option<&str>) -> BTreeSet<(Kind, String)> {
        let wanted = query_words(query);
        let words_of = |entry: &Entry, telling_only: bool| -> Vec<String> {
            entry
                .fields
                .iter()
                .filter(|f| !telling_only || f.weight >= Weight::Label)
                .flat_map(|f| words(&f.text).map(|(_, w)| w).collect::<Vec<_>>())
                .collect()
        };
        let person = |id: &str| self.entries.get(&(Kind::Person, id.to_owned()));
        self.entries
            .values()
            .filter(|entry| {
                let own = words_of(entry, false);
                let theirs = match entry.kind {
                    Kind::Person => Vec::new(),
                    _ => person(&entry.person_id).map_or(Vec::new(), |p| words_of(p, true)),
                };
                wanted.iter().all(|w| {
                    own.iter()
                        .chain(&theirs)
                        .any(|word| word.starts_with(w.as_str()))
                })
            })
            .filter(|entry| {
                tag.is_none_or(|tag| {
                    person(&entry.person_id)
                        .is_some_and(|p| p.tags.iter().any(|t| fold(t) == fold(tag.trim())))
                })
            })
            .map(|entry| (entry.kind, entry.id.clone()))
            .collect()
    }

    /// What the index finds.
    fn search(&self, query: &str, tag: Option<&str>) -> BTreeSet<(Kind, String)> {
        let filters = Filters {
            tag: tag.map(str::to_owned),
            ..Filters::default()
        };
        let results = self.index.search(query, &filters, 1_000);
        for group in &results.groups {
            assert_eq!(
                group.hits.len(),
                group.total,
                "every hit is returned under the limit"
            );
        }
        results
            .groups
            .iter()
            .flat_map(|g| g.hits.iter().map(|h| (h.kind, h.id.clone())))
            .collect()
    }
}

fn query() -> impl Strategy<Value = (Vec<(usize, usize)>, bool)> {
    (
        prop::collection::vec((0..WORDS.len(), 1..6usize), 1..3),
        any::<bool>(),
    )
}

/// Query words: a start of each pool word picked, in upper case half the time.
fn query_text(parts: &[(usize, usize)], upper: bool) -> String {
    let words: Vec<String> = parts
        .iter()
        .map(|&(word, len)| WORDS[word].chars().take(len).collect::<String>())
        .map(|w| if upper { w.to_uppercase() } else { w })
        .collect();
    words.join(" ")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_index_finds_exactly_what_a_scan_of_every_record_finds(
        ops in prop::collection::vec(op(), 1..40),
        queries in prop::collection::vec(query(), 1..6),
        tag in prop::option::of(0..WORDS.len()),
    ) {
        let mut world = World::default();
        for (step, op) in ops.iter().enumerate() {
            world.apply(step as i64, op);
        }
        for (parts, upper) in &queries {
            let query = query_text(parts, *upper);
            prop_assert_eq!(world.search(&query, None), world.scan(&query, None), "{}", query);
            let tag = tag.map(|t| WORDS[t]);
            prop_assert_eq!(world.search(&query, tag), world.scan(&query, tag), "{} in {:?}", query, tag);
        }
    }
}
