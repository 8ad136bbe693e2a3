//! Records loaded from the store and refreshed whenever they change, here or in another tab:
//! every record of a kind, or one record by id.

use std::collections::HashMap;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::indexed::open_key;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::profile::{Profile, PROFILE_ID};
use crate::domain::record::Record;
use crate::store::{fields, Store, StoreError, Subscription};
use crate::ui::data::reloaded::use_reloaded;
use crate::ui::data::store_context::Db;
use wasm_bindgen::JsValue;

/// `None` while loading; then every record of the kind, in id order. A change to one record
/// reads that record alone and patches the list; only a change to many ("*") reads them all.
pub fn use_all<T: Record + Send + Sync>() -> RwSignal<Option<Vec<T>>> {
    use_some(|store| async move { store.all::<T>().await }, |_| true)
}

/// Like [`use_all`], for the records `load` reads (an index query) and `belongs` recognises,
/// so a changed record can be added, patched or dropped without reading the rest again.
pub fn use_some<T, L, F, B>(load: L, belongs: B) -> RwSignal<Option<Vec<T>>>
where
    T: Record + Send + Sync,
    L: Fn(Store) -> F + Clone + 'static,
    B: Fn(&T) -> bool + Clone + 'static,
    F: std::future::Future<Output = Result<Vec<T>, StoreError>> + 'static,
{
    let db = Db::get();
    let records = RwSignal::new(None::<Vec<T>>);
    let changes = StoredValue::new_local(None::<Subscription>);
    Effect::new(move || {
        let Some(store) = db.store() else { return };
        let feed = store.changes().clone();
        let reload = {
            let (store, load) = (store.clone(), load.clone());
            move || {
                let loaded = load(store.clone());
                spawn_local(async move {
                    let loaded = loaded.await;
                    // The screen may have closed meanwhile.
                    if records.is_disposed() {
                        return;
                    }
                    match loaded {
                        Ok(all) => records.set(Some(all)),
                        Err(error) => db.report(Err(error)),
                    }
                });
            }
        };
        reload();
        let belongs = belongs.clone();
        let subscription = feed.subscribe(move |change| {
            if change.store != T::STORE {
                return;
            }
            if change.id == "*" {
                reload();
                return;
            }
            let (store, belongs) = (store.clone(), belongs.clone());
            spawn_local(async move {
                let loaded = store.get::<T>(&change.id).await;
                if records.is_disposed() {
                    return;
                }
                match loaded {
                    Ok(found) => records.update(|list| {
                        if let Some(list) = list {
                            patch(list, &change.id, found.filter(|r| belongs(r)));
                        }
                    }),
                    Err(error) => db.report(Err(error)),
                }
            });
        });
        changes.set_value(Some(subscription));
    });
    records
}

/// What `pick` takes from each stored object of `store_name` (a field or two, without
/// converting whole records), read again whenever a record there changes; with `id_of`, a
/// change to one record re-reads that record alone.
pub fn use_picked<R: Send + Sync + 'static>(
    store_name: &'static str,
    pick: fn(&JsValue) -> Option<R>,
    id_of: Option<fn(&R) -> &str>,
) -> RwSignal<Option<Vec<R>>> {
    let db = Db::get();
    let picked = RwSignal::new(None);
    let changes = StoredValue::new_local(None::<Subscription>);
    Effect::new(move || {
        let Some(store) = db.store() else { return };
        let reload = {
            let store = store.clone();
            move || {
                let store = store.clone();
                spawn_local(async move {
                    let loaded = store.pick_all(store_name, pick).await;
                    if picked.is_disposed() {
                        return;
                    }
                    match loaded {
                        Ok(loaded) => picked.set(Some(loaded)),
                        Err(error) => db.report(Err(error)),
                    }
                });
            }
        };
        reload();
        let feed = store.changes().clone();
        changes.set_value(Some(feed.subscribe(move |change| {
            if change.store != store_name {
                return;
            }
            let Some(id_of) = id_of.filter(|_| change.id != "*") else {
                reload();
                return;
            };
            let store = store.clone();
            spawn_local(async move {
                let loaded = store.pick_one(store_name, &change.id, pick).await;
                if picked.is_disposed() {
                    return;
                }
                match loaded {
                    Ok(found) => picked.update(|list| {
                        if let Some(list) = list {
                            patch_by(list, &change.id, found, id_of);
                        }
                    }),
                    Err(error) => db.report(Err(error)),
                }
            });
        })));
    });
    picked
}

/// Everyone as a name card: id, name, when they were added and who referred them, without the
/// rest of each record, for pickers, lists of names and the links between people.
pub fn use_name_cards() -> RwSignal<Option<Vec<Person>>> {
    let cards = use_picked(
        Person::STORE,
        |stored| {
            let meta = fields::meta(stored)?;
            let id = fields::text(&meta, "id")?;
            let created_at = fields::number(&meta, "created_at").unwrap_or_default() as i64;
            let name = fields::text(stored, "name").unwrap_or_default();
            let mut card = Person::new(id, name, created_at);
            card.referred_by = fields::text(stored, "referred_by");
            Some(card)
        },
        Some(|card: &Person| card.meta.id.as_str()),
    );
    cards
}

/// The people linked to person `id`: whoever referred them (`referrer`) and everyone they
/// referred, read through the `by_referrer` index, not off everyone's name card.
pub fn use_links_of(id: String, referrer: Memo<Option<String>>) -> RwSignal<Option<Vec<Person>>> {
    use_reloaded(Person::STORE, move |store| {
        let (id, referrer) = (id.clone(), referrer.get());
        async move {
            let mut linked: Vec<Person> = store.by_index("by_referrer", id).await?;
            if let Some(referrer) = referrer {
                linked.extend(store.get::<Person>(&referrer).await?);
            }
            Ok(linked)
        }
    })
}

/// The records of one person (meetings, next steps), read through the `by_person` index.
pub fn use_of_person<T: Record + Send + Sync>(
    person_id: String,
    person_of: fn(&T) -> &str,
) -> RwSignal<Option<Vec<T>>> {
    let key = person_id.clone();
    use_some(
        move |store: Store| {
            let key = key.clone();
            async move { store.by_index::<T, _>("by_person", key).await }
        },
        move |record: &T| person_of(record) == person_id,
    )
}

/// The open next steps, in id order, read through the index that holds them alone (not the
/// thousands done over the years).
pub fn use_open_steps() -> RwSignal<Option<Vec<NextStep>>> {
    use_some(
        |store: Store| async move { store.by_index::<NextStep, _>("by_open", open_key()).await },
        NextStep::is_open,
    )
}

/// Puts `found` in place of the record `id` of `list` (kept in id order), or removes it.
fn patch<T: Record>(list: &mut Vec<T>, id: &str, found: Option<T>) {
    patch_by(list, id, found, |r: &T| r.meta().id.as_str());
}

/// [`patch`] for items whose id `id_of` gives.
fn patch_by<R>(list: &mut Vec<R>, id: &str, found: Option<R>, id_of: fn(&R) -> &str) {
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

/// Where a record looked up by id stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Lookup<T> {
    Loading,
    Missing,
    Found(T),
}

impl<T> Lookup<T> {
    pub fn found(&self) -> Option<&T> {
        match self {
            Lookup::Found(record) => Some(record),
            _ => None,
        }
    }
}

/// The record whose id `id` gives (none for `None`), reloaded when the id or the record changes.
pub fn use_record<T: Record + Send + Sync + PartialEq>(
    id: Signal<Option<String>>,
) -> RwSignal<Lookup<T>> {
    let db = Db::get();
    let record = RwSignal::new(Lookup::Loading);
    let changes = StoredValue::new_local(None::<Subscription>);
    Effect::new(move || {
        let Some(store) = db.store() else { return };
        let Some(wanted) = id.get() else {
            record.set(Lookup::Missing);
            return;
        };
        let feed = store.changes().clone();
        let reload = {
            let wanted = wanted.clone();
            move || {
                let store = store.clone();
                let wanted = wanted.clone();
                spawn_local(async move {
                    let loaded = store.get::<T>(&wanted).await;
                    if record.is_disposed() {
                        return;
                    }
                    match loaded {
                        Ok(found) => record.set(found.map_or(Lookup::Missing, Lookup::Found)),
                        Err(error) => db.report(Err(error)),
                    }
                });
            }
        };
        reload();
        let subscription = feed.subscribe(move |change| {
            if change.touches(T::STORE, &wanted) {
                reload();
            }
        });
        changes.set_value(Some(subscription));
    });
    record
}

/// The organizer's profile, or its defaults while none is stored; `None` while loading.
pub fn use_profile() -> Signal<Option<Profile>> {
    let stored = use_record::<Profile>(Signal::stored(Some(PROFILE_ID.to_owned())));
    Signal::derive(move || match stored.get() {
        Lookup::Loading => None,
        Lookup::Missing => Some(Profile::new(0)),
        Lookup::Found(profile) => Some(profile),
    })
}

/// The names of the people `ids` names, by id (an empty name for one not stored), read again
/// when the ids or a person change: the latest answer that covers the ids asked for then, kept
/// while a newer one loads; `None` until the first.
pub fn use_names_of(ids: Memo<Vec<String>>) -> Memo<Option<HashMap<String, String>>> {
    let read = use_reloaded(Person::STORE, move |store| {
        let ids = ids.get();
        async move {
            let names = store
                .pick_each(Person::STORE, &ids, |p| fields::text(p, "name"))
                .await?;
            let names = names.into_iter().map(Option::unwrap_or_default);
            Ok(ids
                .into_iter()
                .zip(names)
                .collect::<HashMap<String, String>>())
        }
    });
    Memo::new(move |kept: Option<&Option<HashMap<String, String>>>| {
        let fresh = read.get();
        let complete = fresh
            .as_ref()
            .is_some_and(|names| ids.with(|ids| ids.iter().all(|id| names.contains_key(id))));
        if complete {
            fresh
        } else {
            kept.cloned().flatten()
        }
    })
}

/// Every person's name by id, for lists that show whom an item concerns.
pub fn names_by_id(people: RwSignal<Option<Vec<Person>>>) -> Memo<HashMap<String, String>> {
    Memo::new(move |_| {
        people.with(|p| {
            p.iter()
                .flatten()
                .map(|p| (p.meta.id.clone(), p.name.clone()))
                .collect()
        })
    })
}
