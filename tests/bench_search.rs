//! Benchmark (ignored by `cargo test`; run by `make bench`): building the search index over
//! 10,000 people and 30,000 meetings with notes, and answering queries, natively.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use one_on_one::domain::live::Asked;
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::person::Person;
use one_on_one::domain::profile::Profile;
use one_on_one::domain::search::{Entry, Filters, SearchIndex};

const WORDS: &[&str] = &[
    "rent",
    "bus",
    "route",
    "childcare",
    "nurse",
    "teacher",
    "union",
    "local",
    "strike",
    "housing",
    "landlord",
    "repairs",
    "church",
    "school",
    "parents",
    "wages",
    "shift",
    "clinic",
    "library",
    "transit",
    "council",
    "hearing",
    "petition",
    "meeting",
    "daughter",
    "son",
    "neighbors",
    "worried",
    "angry",
    "hopeful",
    "organize",
    "committee",
    "vote",
    "leader",
    "story",
    "family",
];

fn text(seed: &mut u64, words: usize) -> String {
    (0..words)
        .map(|_| {
            *seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let n = (*seed >> 33) as usize;
            if n % 7 == 0 {
                format!("w{}", n % 5_000)
            } else {
                WORDS[n % WORDS.len()].to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
#[ignore = "a benchmark: run with make bench"]
fn search_at_ten_thousand_people() {
    let mut seed = 1;
    let profile = Profile::new(0);
    let started = Instant::now();
    let mut entries = Vec::new();
    for p in 0..10_000 {
        let mut person = Person::new(
            format!("p{p}"),
            format!("Person {p} {}", text(&mut seed, 1)),
            p,
        );
        person.notes = text(&mut seed, 25);
        person.tags = vec![text(&mut seed, 1)];
        entries.push(Entry::of_person(&person));
    }
    for m in 0..30_000 {
        let mut meeting = Meeting::new(format!("m{m}"), format!("p{}", m % 10_000), &profile, m);
        meeting.purpose = text(&mut seed, 6);
        meeting.live.sparks = text(&mut seed, 20);
        for prompt in 0..3 {
            meeting.live.asked.push(Asked {
                section: 0,
                prompt,
                at_ms: 0,
                note: text(&mut seed, 25),
            });
        }
        entries.push(Entry::of_meeting(&meeting));
    }
    println!("BENCH generate 40,000 records: {:?}", started.elapsed());
    let started = Instant::now();
    let mut index = SearchIndex::new();
    for entry in entries {
        index.upsert(entry);
    }
    println!(
        "BENCH index 40,000 records: {:?}, {} words",
        started.elapsed(),
        index.word_count()
    );
    for query in [
        "rent",
        "chi",
        "nurse bus",
        "w12",
        "person 77",
        "r",
        "strike local union",
        "zzz",
        "hope",
        "council hearing",
    ] {
        let started = Instant::now();
        let results = index.search(query, &Filters::default(), 20);
        println!(
            "BENCH search {query:?}: {:?}, {} found",
            started.elapsed(),
            results.total()
        );
    }
}
