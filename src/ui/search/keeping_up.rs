//! Keeping the search index up to date with the store's change feed. Changes heard together are
//! applied together: a sync taking in a page of 500 records from the team announces each, and
//! reading those back one transaction each (then moving the results on once each) cost more
//! than taking the page in. A burst is read in one transaction per kind, and the index changed
//! once; a kind changed all at once (a restore, people brought in) is read a page at a time.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;
use std::rc::Rc;

use leptos::task::spawn_local;

use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::record::Record;
use crate::domain::search::{Entry, Kind, SearchIndex};
use crate::store::{team_membership, Change, Store, StoreError};
use crate::ui::data::pages::in_pages;
use crate::ui::data::store_context::Db;

/// Records read and indexed between two yields to the browser, so typing and painting go on:
/// when the index is built, and when a kind changed all at once (a restore, an import).
pub const PAGE: u32 = 200;

/// The index kept up to date (the app-wide one, `context::Search`).
pub trait KeptIndex: Copy + 'static {
    /// Notes a record deleted while the index is still being built, so the build leaves it out.
    fn note_deleted(&self, kind: Kind, id: &str);
    /// Changes the index, and tells whatever shows results.
    fn change(&self, change: impl FnOnce(&mut SearchIndex));
}

/// The changes heard and not yet applied, and whether a task is applying them.
#[derive(Clone, Default)]
pub struct Heard {
    waiting: Rc<RefCell<Vec<Change>>>,
    applying: Rc<Cell<bool>>,
}

impl Heard {
    /// Queues `change`; starts applying unless that is under way (it takes this one too).
    pub fn take_in(&self, search: impl KeptIndex, db: Db, store: &Store, change: Change) {
        self.waiting.borrow_mut().push(change);
        if self.applying.replace(true) {
            return;
        }
        let (heard, store) = (self.clone(), store.clone());
        spawn_local(async move {
            loop {
                // Whatever else was announced in the meantime comes with it.
                let burst = std::mem::take(&mut *heard.waiting.borrow_mut());
                if burst.is_empty() {
                    heard.applying.set(false);
                    return;
                }
                if let Err(error) = apply(search, &store, &burst).await {
                    db.report(Err(error));
                }
            }
        });
    }
}

/// Brings the index up to date with `burst`, kind by kind.
async fn apply(search: impl KeptIndex, store: &Store, burst: &[Change]) -> Result<(), StoreError> {
    refresh::<Person>(search, store, burst, Kind::Person, Entry::of_person).await?;
    refresh::<Meeting>(search, store, burst, Kind::Meeting, Entry::of_meeting).await?;
    let me = team_membership::my_name();
    let of_step = |step: &NextStep| Entry::of_step(step, me.as_deref());
    refresh::<NextStep>(search, store, burst, Kind::FollowUp, of_step).await
}

/// The records of kind `T` that `burst` changed, read again and put in the index (or taken out
/// of it); all of the kind when the burst changed all of it (a restore).
async fn refresh<T: Record>(
    search: impl KeptIndex,
    store: &Store,
    burst: &[Change],
    kind: Kind,
    entry_of: impl Fn(&T) -> Entry,
) -> Result<(), StoreError> {
    let mine = burst.iter().filter(|change| change.is_in(T::STORE));
    if burst.contains(&Change::All { store: T::STORE }) {
        // A page at a time with a yield between, so a restore or an import of thousands
        // never holds up the screen in one long task.
        let mut seen = HashSet::new();
        in_pages(store, PAGE, |page: Vec<T>| {
            search.change(|index| {
                for record in &page {
                    seen.insert(record.meta().id.clone());
                    index.upsert(entry_of(record));
                }
            });
        })
        .await?;
        search.change(|index| index.keep_only(kind, &seen));
        return Ok(());
    }
    let mut seen = HashSet::new();
    let ids: Vec<String> = mine
        .filter_map(|change| match change {
            Change::One { id, .. } if seen.insert(id.as_str()) => Some(id.clone()),
            _ => None,
        })
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    let found = store.get_each::<T>(&ids).await?;
    for (id, record) in ids.iter().zip(&found) {
        if record.is_none() {
            search.note_deleted(kind, id);
        }
    }
    search.change(|index| {
        for (id, record) in ids.iter().zip(found) {
            match record {
                Some(record) => index.upsert(entry_of(&record)),
                None => index.remove(kind, id),
            }
        }
    });
    Ok(())
}
