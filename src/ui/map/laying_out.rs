//! The map's people read and laid out: the graph at once, the layout a slice at a time between
//! frames (no task long enough to hold up a pan), and again whenever people change.

use std::sync::Arc;

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::map::graph::Graph;
use crate::domain::map::layout::{Layout, LayoutRun};
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::record::Record;
use crate::platform::timing::{now, Timing};
use crate::ui::data::query::use_query;

/// How long one slice of the layout may run, in milliseconds.
const SLICE_MS: f64 = 8.0;

/// The graph once people are read, and its layout once made; `None` until then.
pub struct MapData {
    pub graph: RwSignal<Option<Arc<Graph>>>,
    pub layout: RwSignal<Option<Arc<Layout>>>,
}

pub fn use_map() -> MapData {
    const STORES: &[&str] = &[Person::STORE, Meeting::STORE, NextStep::STORE];
    let people = use_query(STORES, |store| async move { store.map_people().await });
    let graph = RwSignal::new(None::<Arc<Graph>>);
    let layout = RwSignal::new(None::<Arc<Layout>>);
    // Each reading starts a layout of its own; an older one still running stops.
    let generation = StoredValue::new(0_u32);
    Effect::new(move || {
        let Some(people) = people.get() else { return };
        let drawn = Arc::new(Graph::of(people));
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
    MapData { graph, layout }
}
