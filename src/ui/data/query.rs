//! One primitive for "read this, and read it again when its records change", here or in another
//! tab: a query reads its answer once the store is open, again whenever a signal it read moves
//! or a change it follows arrives, and only the newest read's answer ever lands.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::store::{Change, Store, StoreError, Subscription};
use crate::ui::data::store_context::Db;

/// What a patch does to the answer.
pub type Fold<R> = Box<dyn FnOnce(&mut R)>;

/// A read of one changed record, folded into the answer once it is in.
pub type PatchRead<R> = Pin<Box<dyn Future<Output = Result<Fold<R>, StoreError>>>>;

/// What a change means to a query.
pub enum OnChange<R> {
    /// Nothing it shows changed.
    Ignore,
    /// Read the whole answer again.
    Reload,
    /// Read only record `id`, which changed, and fold it in (a list patched by one record).
    Patch { id: String, read: PatchRead<R> },
}

/// `None` while the first answer loads; then the newest answer of `load`, read again whenever
/// a record of one of `stores` changes. `load` is called in an effect, so the signals it reads
/// before its future starts are followed too.
pub fn use_query<R, L, F>(stores: &'static [&'static str], load: L) -> RwSignal<Option<R>>
where
    R: Send + Sync + 'static,
    L: Fn(Store) -> F + 'static,
    F: Future<Output = Result<R, StoreError>> + 'static,
{
    use_query_with(load, move |_, change| {
        if stores.contains(&change.store()) {
            OnChange::Reload
        } else {
            OnChange::Ignore
        }
    })
}

/// [`use_query`] for a list in the order of `id_of` (id order), where a change to one record
/// reads that record alone (`load_one`: `None` once it no longer belongs) and patches it in;
/// a change to many reads the whole list again.
pub fn use_list<R, L, F, O, G>(
    store: &'static str,
    load: L,
    load_one: O,
    id_of: fn(&R) -> &str,
) -> RwSignal<Option<Vec<R>>>
where
    R: Send + Sync + 'static,
    L: Fn(Store) -> F + 'static,
    F: Future<Output = Result<Vec<R>, StoreError>> + 'static,
    O: Fn(Store, String) -> G + 'static,
    G: Future<Output = Result<Option<R>, StoreError>> + 'static,
{
    use_query_with(load, move |opened, change| match change {
        Change::One { store: changed, id } if *changed == store => {
            let (found, id) = (load_one(opened.clone(), id.clone()), id.clone());
            let patched = id.clone();
            OnChange::Patch {
                id,
                read: Box::pin(async move {
                    let found = found.await?;
                    let apply: Fold<Vec<R>> =
                        Box::new(move |list| patch_by(list, &patched, found, id_of));
                    Ok(apply)
                }),
            }
        }
        Change::All { store: changed } if *changed == store => OnChange::Reload,
        _ => OnChange::Ignore,
    })
}

/// The primitive itself: `load` reads the whole answer, `on_change` says what each change
/// means. A change that arrives while a whole read is under way reads again, rather than
/// patching an answer about to be replaced.
pub fn use_query_with<R, L, F, C>(load: L, on_change: C) -> RwSignal<Option<R>>
where
    R: Send + Sync + 'static,
    L: Fn(Store) -> F + 'static,
    F: Future<Output = Result<R, StoreError>> + 'static,
    C: Fn(&Store, &Change) -> OnChange<R> + 'static,
{
    let db = Db::get();
    let answer = RwSignal::new(None::<R>);
    let tickets = StoredValue::new_local(Tickets::default());
    let subscription = StoredValue::new_local(None::<Subscription>);
    let (load, on_change) = (Rc::new(load), Rc::new(on_change));
    let read_all = move |reading: F| {
        let Some(ticket) = tickets.try_update_value(Tickets::start_read) else {
            return;
        };
        spawn_local(async move {
            let read = reading.await;
            // The screen may have closed meanwhile, or a newer read begun.
            let newest = tickets
                .try_update_value(|t| t.read_landed(ticket))
                .unwrap_or(false);
            if !newest || answer.is_disposed() {
                return;
            }
            match read {
                Ok(found) => answer.set(Some(found)),
                Err(error) => db.report(Err(error)),
            }
        });
    };
    Effect::new(move || {
        let Some(store) = db.store() else { return };
        read_all(load(store.clone()));
        let (load, on_change) = (load.clone(), on_change.clone());
        let feed = store.changes().clone();
        let followed = feed.subscribe(move |change| match on_change(&store, &change) {
            OnChange::Ignore => {}
            OnChange::Reload => read_all(untrack(|| load(store.clone()))),
            OnChange::Patch { id, read } => {
                let ticket = tickets.try_update_value(|t| t.start_patch(&id)).flatten();
                let Some(ticket) = ticket else {
                    read_all(untrack(|| load(store.clone())));
                    return;
                };
                spawn_local(async move {
                    let patched = read.await;
                    let newest = tickets
                        .try_update_value(|t| t.patch_landed(&id, ticket))
                        .unwrap_or(false);
                    if !newest || answer.is_disposed() {
                        return;
                    }
                    match patched {
                        Ok(apply) => answer.update(|answer| {
                            if let Some(answer) = answer {
                                apply(answer);
                            }
                        }),
                        Err(error) => db.report(Err(error)),
                    }
                });
            }
        });
        subscription.set_value(Some(followed));
    });
    answer
}

/// Which reads may still land: the newest whole read, and for each record the newest patch
/// begun since that read landed.
#[derive(Default)]
struct Tickets {
    read: u64,
    reading: bool,
    patch: u64,
    patches: HashMap<String, u64>,
}

/// A patch's ticket: the whole read it follows, and its own number.
type PatchTicket = (u64, u64);

impl Tickets {
    fn start_read(&mut self) -> u64 {
        self.read += 1;
        self.reading = true;
        self.patches.clear();
        self.read
    }

    /// True when `ticket` is the newest read: its answer lands.
    fn read_landed(&mut self, ticket: u64) -> bool {
        let newest = ticket == self.read;
        if newest {
            self.reading = false;
        }
        newest
    }

    /// A ticket for a patch of record `id`; `None` while a whole read is under way.
    fn start_patch(&mut self, id: &str) -> Option<PatchTicket> {
        if self.reading {
            return None;
        }
        self.patch += 1;
        self.patches.insert(id.to_owned(), self.patch);
        Some((self.read, self.patch))
    }

    /// True when no whole read began since the patch, and no newer patch of the same record.
    fn patch_landed(&mut self, id: &str, (read, patch): PatchTicket) -> bool {
        read == self.read && !self.reading && self.patches.get(id) == Some(&patch)
    }
}

/// Puts `found` in place of the item `id` of `list` (kept in the order of `id_of`), or
/// removes it.
pub fn patch_by<R>(list: &mut Vec<R>, id: &str, found: Option<R>, id_of: fn(&R) -> &str) {
    let at = list.binary_search_by(|r| id_of(r).cmp(id));
    match (at, found) {
        (Ok(at), Some(record)) => list[at] = record,
        (Ok(at), None) => {
            list.remove(at);
        }
        (Err(at), Some(record)) => list.insert(at, record),
        (Err(_), None) => {}
    }
}
