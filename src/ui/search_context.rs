//! The app-wide search index: built from the store in small slices once the first screen is up,
//! then kept up to date record by record from the store's change feed (here and other tabs).

use std::collections::HashSet;

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::store_context::Db;
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::record::Record;
use crate::domain::search::{Entry, Kind, SearchIndex};
use crate::platform::timing::Timing;
use crate::store::{Change, Store, StoreError, Subscription};

/// How long after the store opens the index starts building, unless search is opened sooner.
const START_AFTER_MS: u32 = 1_500;
/// Records indexed between two yields to the browser, so typing and painting go on.
const SLICE: usize = 200;

/// Where the index stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    Waiting,
    Building { done: usize, total: usize },
    Ready,
}

/// Handle on the shared index; `Copy`, so closures capture it freely.
#[derive(Clone, Copy)]
pub struct Search {
    index: StoredValue<SearchIndex, LocalStorage>,
    /// Moves on after every change to the index, so results are computed again.
    pub version: RwSignal<u64>,
    pub readiness: RwSignal<Readiness>,
    /// Records deleted while the index was being built, which the build must not bring back.
    deleted: StoredValue<HashSet<(Kind, String)>, LocalStorage>,
    start: RwSignal<bool>,
}

impl Search {
    pub fn get() -> Search {
        expect_context::<Search>()
    }

    /// Reads the index.
    pub fn with<R>(&self, read: impl FnOnce(&SearchIndex) -> R) -> R {
        self.index.with_value(read)
    }

    /// Starts building now (the search screen is open) rather than after the delay.
    pub fn start_now(&self) {
        if !self.start.get_untracked() {
            self.start.set(true);
        }
    }

    fn change(&self, change: impl FnOnce(&mut SearchIndex)) {
        self.index.update_value(change);
        self.version.update(|v| *v += 1);
    }
}

/// Provides the index, and builds it once the store is open.
pub fn provide_search() {
    let search = Search {
        index: StoredValue::new_local(SearchIndex::new()),
        version: RwSignal::new(0),
        readiness: RwSignal::new(Readiness::Waiting),
        deleted: StoredValue::new_local(HashSet::new()),
        start: RwSignal::new(false),
    };
    provide_context(search);
    let db = Db::get();
    let subscription = StoredValue::new_local(None::<Subscription>);
    Effect::new(move || {
        let Some(store) = db.store() else { return };
        let feed = store.changes().clone();
        let subscription_store = store.clone();
        subscription.set_value(Some(feed.subscribe(move |change| {
            let store = subscription_store.clone();
            spawn_local(async move {
                if let Err(error) = apply(search, store, change).await {
                    db.report(Err(error));
                }
            });
        })));
        spawn_local(async move {
            TimeoutFuture::new(START_AFTER_MS).await;
            search.start_now();
        });
    });
    Effect::new(move || {
        if !search.start.get() || search.readiness.get_untracked() != Readiness::Waiting {
            return;
        }
        let Some(store) = db.store() else { return };
        spawn_local(async move {
            if let Err(error) = build(search, store).await {
                db.report(Err(error));
            }
        });
    });
}

/// Loads every record and indexes it a slice at a time.
async fn build(search: Search, store: Store) -> Result<(), StoreError> {
    let timing = Timing::start("search-index");
    search
        .readiness
        .set(Readiness::Building { done: 0, total: 0 });
    let people = store.all::<Person>().await?;
    let meetings = store.all::<Meeting>().await?;
    let steps = store.all::<NextStep>().await?;
    let total = people.len() + meetings.len() + steps.len();
    let entries = people
        .iter()
        .map(Entry::of_person)
        .chain(meetings.iter().map(Entry::of_meeting))
        .chain(steps.iter().map(Entry::of_step));
    let mut done = 0;
    let mut slice = Vec::with_capacity(SLICE);
    for entry in entries {
        slice.push(entry);
        if slice.len() == SLICE {
            done += index_slice(search, &mut slice);
            search.readiness.set(Readiness::Building { done, total });
            TimeoutFuture::new(0).await;
        }
    }
    index_slice(search, &mut slice);
    search.deleted.update_value(HashSet::clear);
    search.readiness.set(Readiness::Ready);
    search.version.update(|v| *v += 1);
    timing.end();
    Ok(())
}

fn index_slice(search: Search, slice: &mut Vec<Entry>) -> usize {
    let count = slice.len();
    search.deleted.with_value(|deleted| {
        search.index.update_value(|index| {
            for entry in slice.drain(..) {
                if !deleted.contains(&(entry.kind, entry.id.clone())) {
                    index.upsert_if_newer(entry);
                }
            }
        });
    });
    count
}

/// Brings the index up to date with one change: one record, or all of a kind ("*").
async fn apply(search: Search, store: Store, change: Change) -> Result<(), StoreError> {
    match change.store.as_str() {
        Person::STORE => {
            refresh::<Person>(search, &store, &change, Kind::Person, Entry::of_person).await
        }
        Meeting::STORE => {
            refresh::<Meeting>(search, &store, &change, Kind::Meeting, Entry::of_meeting).await
        }
        NextStep::STORE => {
            refresh::<NextStep>(search, &store, &change, Kind::FollowUp, Entry::of_step).await
        }
        _ => Ok(()),
    }
}

async fn refresh<T: Record>(
    search: Search,
    store: &Store,
    change: &Change,
    kind: Kind,
    entry_of: fn(&T) -> Entry,
) -> Result<(), StoreError> {
    if change.id == "*" {
        let all = store.all::<T>().await?;
        search.change(|index| index.replace_kind(kind, all.iter().map(entry_of).collect()));
        return Ok(());
    }
    match store.get::<T>(&change.id).await? {
        Some(record) => search.change(|index| index.upsert(entry_of(&record))),
        None => {
            if search.readiness.get_untracked() != Readiness::Ready {
                search.deleted.update_value(|d| {
                    d.insert((kind, change.id.clone()));
                });
            }
            search.change(|index| index.remove(kind, &change.id));
        }
    }
    Ok(())
}
