//! The app-wide search index: built from the store in small slices once the first screen is up,
//! then kept up to date from the store's change feed (here and other tabs: keeping_up.rs). The
//! building and the keeping up live in a chunk of their own (`search_index`), fetched when the
//! build starts, so the first screen does not wait for their code.

use std::collections::HashSet;

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::record::Record;
use crate::domain::search::{Entry, Filters, Kind, SearchIndex};
use crate::platform::timing::Timing;
use crate::store::{team_membership, Store, StoreError, Subscription};
use crate::ui::data::pages::in_pages;
use crate::ui::data::store_context::Db;
use crate::ui::search::keeping_up::{Heard, KeptIndex, PAGE};

/// How long after the store opens the index starts building, unless search is opened sooner.
const START_AFTER_MS: u32 = 1_500;

/// Where the index stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    Waiting,
    Building {
        done: usize,
        total: usize,
    },
    Ready,
    /// Its code could not be fetched (offline before it was ever cached, or an old version).
    Unavailable,
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
}

impl KeptIndex for Search {
    fn note_deleted(&self, kind: Kind, id: &str) {
        if self.readiness.get_untracked() != Readiness::Ready {
            self.deleted.update_value(|d| {
                d.insert((kind, id.to_owned()));
            });
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
        if db.store().is_none() {
            return;
        }
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
        search
            .readiness
            .set(Readiness::Building { done: 0, total: 0 });
        spawn_local(async move {
            if search_index::start(search, db, store, subscription)
                .await
                .is_err()
            {
                search.readiness.set(Readiness::Unavailable);
            }
        });
    });
}

mod search_index {
    use super::*;

    /// Listens to the store's changes, then reads everything into the index. Records changed
    /// before this are read by the build; those changed during it are taken in as they come.
    #[wasm_split(search_index, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub(super) fn start(
        search: Search,
        db: Db,
        store: Store,
        subscription: StoredValue<Option<Subscription>, LocalStorage>,
    ) -> Result<(), SplitLoaderError> {
        let (feed, listening) = (store.changes().clone(), store.clone());
        let heard = Heard::default();
        subscription.set_value(Some(feed.subscribe(move |change| {
            heard.take_in(search, db, &listening, change);
        })));
        spawn_local(async move {
            if let Err(error) = build(search, store).await {
                db.report(Err(error));
            }
        });
        Ok(())
    }
}

/// Reads every record a page at a time and indexes each page, yielding to the browser between
/// pages, so neither the reads nor the indexing hold up typing and painting.
async fn build(search: Search, store: Store) -> Result<(), StoreError> {
    let timing = Timing::start("search-index");
    let counts = store.counts().await?;
    let count_of = |name: &str| counts.iter().find(|(n, _)| *n == name).map_or(0, |c| c.1);
    let total = [Person::STORE, Meeting::STORE, NextStep::STORE]
        .into_iter()
        .map(|name| count_of(name) as usize)
        .sum();
    let mut done = 0;
    search.readiness.set(Readiness::Building { done, total });
    done = index_all::<Person>(search, &store, Entry::of_person, done, total).await?;
    done = index_all::<Meeting>(search, &store, Entry::of_meeting, done, total).await?;
    let me = team_membership::my_name();
    let of_step = |step: &NextStep| Entry::of_step(step, me.as_deref());
    index_all::<NextStep>(search, &store, of_step, done, total).await?;
    search.deleted.update_value(HashSet::clear);
    // A broad query nobody sees: the engine runs new wasm code unoptimized until it has been
    // busy for a while, so without this the person's first query is the slowest (measured at
    // 10x: 24 ms for the first, 2 ms for the same size of answer next).
    search.with(|index| index.search("e", &Filters::default(), 1));
    search.readiness.set(Readiness::Ready);
    search.version.update(|v| *v += 1);
    timing.end();
    Ok(())
}

/// Indexes every record of a kind, a page at a time; returns how many are done in all.
async fn index_all<T: Record>(
    search: Search,
    store: &Store,
    entry_of: impl Fn(&T) -> Entry,
    mut done: usize,
    total: usize,
) -> Result<usize, StoreError> {
    in_pages(store, PAGE, |page: Vec<T>| {
        done += page.len();
        search.deleted.with_value(|deleted| {
            search.index.update_value(|index| {
                for entry in page.iter().map(&entry_of) {
                    if !deleted.contains(&(entry.kind, entry.id.clone())) {
                        index.upsert_if_newer(entry);
                    }
                }
            });
        });
        search.readiness.set(Readiness::Building {
            done,
            total: total.max(done),
        });
    })
    .await?;
    Ok(done)
}
