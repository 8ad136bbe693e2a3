//! Benchmark (ignored by `cargo test`; run by `make bench`): building the search index over the
//! benchmark's dataset (`BENCH_DATASET`, a backup file written by `examples/bench_dataset.rs`)
//! and answering the browser benchmark's queries, natively.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/dataset.rs"]
mod support;

use std::time::Instant;

use support::{dataset, records};

use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::next_step::NextStep;
use one_on_one::domain::person::Person;
use one_on_one::domain::search::{Entry, Filters, SearchIndex};

/// Each query runs this many times; the median and the slowest are reported.
const RUNS: usize = 21;

const QUERIES: [&str; 10] = [
    "rent",
    "childcare",
    "nurse bus",
    "núñez",
    "w123",
    "local 12",
    "fifty",
    "r",
    "landlord repairs",
    "zzzz",
];

#[test]
#[ignore = "a benchmark: run with make bench"]
fn search_over_the_benchmark_dataset() {
    let Some(backup) = dataset("search") else {
        return;
    };
    let entries: Vec<Entry> = records::<Person>(&backup, "people")
        .iter()
        .map(Entry::of_person)
        .chain(
            records::<Meeting>(&backup, "meetings")
                .iter()
                .map(Entry::of_meeting),
        )
        .chain(
            records::<NextStep>(&backup, "next_steps")
                .iter()
                .map(|step| Entry::of_step(step, None)),
        )
        .collect();
    let count = entries.len();
    let started = Instant::now();
    let mut index = SearchIndex::new();
    for entry in entries {
        index.upsert(entry);
    }
    println!(
        "BENCH index {count} records: {:?}, {} words",
        started.elapsed(),
        index.word_count()
    );
    for query in QUERIES {
        let mut times: Vec<std::time::Duration> = (0..RUNS)
            .map(|_| {
                let started = Instant::now();
                std::hint::black_box(index.search(query, &Filters::default(), 10));
                started.elapsed()
            })
            .collect();
        times.sort();
        let found = index.search(query, &Filters::default(), 10).total();
        println!(
            "BENCH search {query:?}: median {:?}, max {:?} of {RUNS}, {found} found",
            times[RUNS / 2],
            times[RUNS - 1],
        );
    }
}
