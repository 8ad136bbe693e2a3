//! The reads screens make, each a query kept fresh as records change here or in another tab:
//! every record of a kind, one record, a person's meetings and steps, the open steps,
//! everyone's name card, the people linked to a person, a few people's names, the profile.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::profile::{Profile, PROFILE_ID};
use crate::domain::record::Record;
use crate::store::{team_membership, Store, StoreError};
use crate::ui::data::query::{use_list, use_query, use_query_with, OnChange};

/// `None` while loading; then every record of the kind, in id order, patched record by record.
pub fn use_all<T: Record + Send + Sync>() -> RwSignal<Option<Vec<T>>> {
    use_records(|store| async move { store.all::<T>().await }, |_| true)
}

/// The records `load` reads, in id order, which `belongs` recognises: a changed record is
/// added, patched or dropped without reading the rest again.
pub fn use_records<T, L, F>(load: L, belongs: fn(&T) -> bool) -> RwSignal<Option<Vec<T>>>
where
    T: Record + Send + Sync,
    L: Fn(Store) -> F + 'static,
    F: std::future::Future<Output = Result<Vec<T>, StoreError>> + 'static,
{
    use_list(
        T::STORE,
        load,
        move |store, id| async move { Ok(store.get::<T>(&id).await?.filter(belongs)) },
        |record: &T| record.meta().id.as_str(),
    )
}

/// The open next steps for this phone's organizer (none given to a teammate), in id order
/// (not the thousands done over the years).
pub fn use_open_steps() -> RwSignal<Option<Vec<NextStep>>> {
    use_records(
        |store: Store| async move { store.open_steps().await },
        |step: &NextStep| step.is_open() && step.is_for(team_membership::my_name().as_deref()),
    )
}

/// The meetings with person `person_id`, in id order.
pub fn use_meetings_of(person_id: String) -> RwSignal<Option<Vec<Meeting>>> {
    use_of_person(
        person_id,
        |store, id| async move { store.meetings_of(&id).await },
        |m| &m.person_id,
    )
}

/// The next steps agreed with person `person_id`, in id order.
pub fn use_steps_of(person_id: String) -> RwSignal<Option<Vec<NextStep>>> {
    use_of_person(
        person_id,
        |store, id| async move { store.steps_of(&id).await },
        |s| &s.person_id,
    )
}

/// The records of one person that `load` reads, kept to that person as they change.
fn use_of_person<T, L, F>(
    person_id: String,
    load: L,
    person_of: fn(&T) -> &str,
) -> RwSignal<Option<Vec<T>>>
where
    T: Record + Send + Sync,
    L: Fn(Store, String) -> F + 'static,
    F: std::future::Future<Output = Result<Vec<T>, StoreError>> + 'static,
{
    let wanted = person_id.clone();
    use_list(
        T::STORE,
        move |store| load(store, person_id.clone()),
        move |store, id| {
            let wanted = wanted.clone();
            async move {
                Ok(store
                    .get::<T>(&id)
                    .await?
                    .filter(|r| person_of(r) == wanted))
            }
        },
        |record: &T| record.meta().id.as_str(),
    )
}

/// Everyone as a name card (id, name, when added, who referred them), in id order, without
/// the rest of each record: for pickers, lists of names and the links between people.
pub fn use_name_cards() -> RwSignal<Option<Vec<Person>>> {
    use_list(
        Person::STORE,
        |store| async move { store.name_cards().await },
        |store, id| async move { store.name_card(&id).await },
        |card: &Person| card.meta.id.as_str(),
    )
}

/// The people linked to person `id`: whoever referred them (`referrer`) and everyone they
/// referred.
pub fn use_links_of(id: String, referrer: Memo<Option<String>>) -> RwSignal<Option<Vec<Person>>> {
    use_query(&[Person::STORE], move |store| {
        let (id, referrer) = (id.clone(), referrer.get());
        async move {
            let mut linked = store.referrals_of(&id).await?;
            if let Some(referrer) = referrer {
                linked.extend(store.get::<Person>(&referrer).await?);
            }
            Ok(linked)
        }
    })
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

/// The record whose id `id` gives (none for `None`), read again when the id or the record
/// changes.
pub fn use_record<T: Record + Send + Sync + PartialEq>(
    id: Signal<Option<String>>,
) -> Signal<Lookup<T>> {
    let read = use_query_with(
        move |store| {
            let wanted = id.get();
            async move {
                match wanted {
                    Some(wanted) => store.get::<T>(&wanted).await,
                    None => Ok(None),
                }
            }
        },
        move |_, change| {
            let touched =
                id.with_untracked(|id| id.as_ref().is_some_and(|id| change.touches(T::STORE, id)));
            if touched {
                OnChange::Reload
            } else {
                OnChange::Ignore
            }
        },
    );
    Signal::derive(move || match read.get() {
        None => Lookup::Loading,
        Some(None) => Lookup::Missing,
        Some(Some(found)) => Lookup::Found(found),
    })
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
/// when the ids or a person change: the newest answer that covers the ids asked for then,
/// kept while a newer one loads; `None` until the first.
pub fn use_names_of(ids: Memo<Vec<String>>) -> Memo<Option<HashMap<String, String>>> {
    let read = use_query(&[Person::STORE], move |store| {
        let ids = ids.get();
        async move { store.names_of(&ids).await }
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
