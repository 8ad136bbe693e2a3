//! Benchmark (ignored by `cargo test`; run by `make bench`): the relationship map's graph,
//! layout and flags over the benchmark's dataset (`BENCH_DATASET`), natively.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/dataset.rs"]
mod support;

use std::time::Instant;

use support::{dataset, records};

use one_on_one::domain::map::flags::{named_not_met, unreached_groups};
use one_on_one::domain::map::graph::{Graph, MapPerson};
use one_on_one::domain::map::layout::{layout, LayoutRun};
use one_on_one::domain::meeting::Meeting;
use one_on_one::domain::next_step::NextStep;
use one_on_one::domain::person::{Person, Stage};
use one_on_one::domain::story::stages;

#[test]
#[ignore = "a benchmark: run with make bench"]
fn the_map_of_the_benchmark_dataset() {
    let Some(backup) = dataset("map") else {
        return;
    };
    let people: Vec<Person> = records(&backup, "people");
    let meetings: Vec<Meeting> = records(&backup, "meetings");
    let steps: Vec<NextStep> = records(&backup, "next_steps");
    let stage = stages(&people, &meetings, &steps);
    let map_people: Vec<MapPerson> = people
        .iter()
        .map(|p| {
            MapPerson::of(
                p,
                stage.get(&p.meta.id).copied().unwrap_or(Stage::NotYetMet),
            )
        })
        .collect();
    let started = Instant::now();
    let graph = Graph::of(map_people);
    let built = started.elapsed();
    let started = Instant::now();
    let drawn = layout(&graph);
    let laid_out = started.elapsed();
    // The longest single step a screen would take between frames.
    let mut run = LayoutRun::new(&graph);
    let mut longest = std::time::Duration::ZERO;
    let mut steps_taken = 0;
    loop {
        let started = Instant::now();
        let done = run.advance(&graph);
        longest = longest.max(started.elapsed());
        steps_taken += 1;
        if done {
            break;
        }
    }
    let started = Instant::now();
    let named = named_not_met(&graph, 2).len();
    let groups = unreached_groups(&graph, 2).len();
    let flagged = started.elapsed();
    let clusters = graph.clusters();
    println!(
        "BENCH map {} people, {} ties, {} clusters (largest {}): graph {built:?}, layout {laid_out:?} \
         ({steps_taken} steps, longest {longest:?}), flags {flagged:?} ({named} named, {groups} groups), {:.0} x {:.0}",
        graph.people.len(),
        graph.edges.len(),
        clusters.len(),
        clusters.first().map_or(0, Vec::len),
        drawn.width,
        drawn.height
    );
}
