//! The map's people read and laid out: the graph at once, the layout a slice at a time between
//! frames (no task long enough to hold up a pan), and again whenever people change. Their
//! stages are read apart (the facts are the slower read at ten thousand people) and colour the
//! same graph when they land, without a new layout.

use std::sync::Arc;

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::map::graph::Graph;
use crate::domain::map::layout::{Layout, LayoutRun};
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::people_list::{stages_of, Fact};
use crate::domain::person::{Person, Stage};
use crate::domain::record::Record;
use crate::platform::timing::{now, Timing};
use crate::ui::data::query::use_query;

/// How long one slice of the layout may run, in milliseconds.
const SLICE_MS: f64 = 8.0;

/// The graph once people are read, its layout once made (`None` until then), and whether
/// the graph's stages are known yet.
pub struct MapData {
    pub graph: RwSignal<Option<Arc<Graph>>>,
    pub layout: RwSignal<Option<Arc<Layout>>>,
    pub staged: RwSignal<bool>,
}

/// The stages of `graph`'s people from `facts`.
fn stages(graph: &Graph, facts: &[Fact]) -> Vec<Stage> {
    stages_of(
        graph.people.iter().map(|p| (p.id.as_str(), p.engagement)),
        facts,
    )
}

pub fn use_map() -> MapData {
    let people = use_query(
        &[Person::STORE],
        |store| async move { store.map_people().await },
    );
    let facts = use_query(&[Meeting::STORE, NextStep::STORE], |store| async move {
        store.people_facts().await
    });
    let graph = RwSignal::new(None::<Arc<Graph>>);
    let layout = RwSignal::new(None::<Arc<Layout>>);
    let staged = RwSignal::new(false);
    // The facts landing (or changing) colour the graph drawn.
    Effect::new(move || {
        let Some(facts) = facts.get() else { return };
        let Some(unstaged) = graph.get_untracked() else {
            return;
        };
        let coloured = unstaged.restaged(&stages(&unstaged, &facts));
        graph.set(Some(Arc::new(coloured)));
        staged.set(true);
    });
    // Each reading starts a layout of its own; an older one still running stops.
    let generation = StoredValue::new(0_u32);
    Effect::new(move || {
        let Some(people) = people.get() else { return };
        let mut plain = Graph::of(people);
        let known = facts.with_untracked(|facts| {
            facts.as_ref().map(|facts| {
                plain = plain.restaged(&stages(&plain, facts));
            })
        });
        staged.set(known.is_some());
        let drawn = Arc::new(plain);
        graph.set(Some(drawn.clone()));
        generation.update_value(|n| *n = n.wrapping_add(1));
        let mine = generation.get_value();
        spawn_local(async move {
            let timing = Timing::start("map layout");
            let mut run = LayoutRun::new(&drawn);
            loop {
                let started = now();
                let mut done = false;
                while !done && now() - started < SLICE_MS {
                    for _ in 0..64 {
                        done = run.advance(&drawn);
                        if done {
                            break;
                        }
                    }
                }
                if done {
                    break;
                }
                TimeoutFuture::new(0).await;
                if generation.try_get_value() != Some(mine) {
                    return;
                }
            }
            layout.set(Some(Arc::new(run.finish(&drawn))));
            timing.end();
        });
    });
    MapData {
        graph,
        layout,
        staged,
    }
}
