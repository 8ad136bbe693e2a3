//! Rows the store derives from records and keeps beside them, written in the same transaction
//! as the record they come from: a small card per person, and the facts that set a person's
//! stage and last contact (one-on-ones held, commitments of theirs still open) stored as keys
//! alone. So the People list reads ten thousand cards and keys, never every meeting with its
//! notes. Neither is backed up or exported: both come from the records, and the upgrade that
//! added them built them from what was stored.

use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::transaction::Transaction;
use serde::Deserialize;
use serde_json::Value;
use wasm_bindgen::JsValue;
use web_sys::IdbObjectStore;

use super::error::StoreError;
use super::sealed_form::Form;
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::people_list::{Fact, MeetingGist, PersonCard, PersonGist, StepGist};
use crate::domain::person::Person;
use crate::domain::record::Record;

pub(super) use super::names::{CARDS, FACTS};

/// The derived store that records of `store` feed, if any.
pub(super) fn derived_store(store: &str) -> Option<&'static str> {
    match store {
        Person::STORE => Some(CARDS),
        Meeting::STORE | NextStep::STORE => Some(FACTS),
        _ => None,
    }
}

/// The object stores a write to `store` spans: the record's, and what it feeds.
pub(super) fn scope(store: &'static str) -> Vec<&'static str> {
    std::iter::once(store).chain(derived_store(store)).collect()
}

/// What one record derives.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Derived {
    Card(PersonCard),
    Fact(Fact),
    /// Nothing: a setting or guide, a meeting not held, a step that is no commitment of theirs,
    /// a deleted record, or one that does not read as its kind.
    Nothing,
}

/// What `record` (stored in `store`, or `None` when there is none) derives, read off the few
/// fields that matter (a meeting's notes are never converted).
pub(super) fn of(store: &str, record: Option<&Value>) -> Derived {
    let Some(record) = record else {
        return Derived::Nothing;
    };
    match store {
        Person::STORE => card(PersonGist::deserialize(record).ok()),
        Meeting::STORE => fact(MeetingGist::deserialize(record).ok().and_then(|m| m.fact())),
        NextStep::STORE => fact(StepGist::deserialize(record).ok().and_then(|s| s.fact())),
        _ => Derived::Nothing,
    }
}

/// [`of`] for an object as IndexedDB holds it (in the upgrade that builds the derived stores).
fn of_stored(store: &str, stored: JsValue) -> Derived {
    match store {
        Person::STORE => card(serde_wasm_bindgen::from_value::<PersonGist>(stored).ok()),
        Meeting::STORE => fact(
            serde_wasm_bindgen::from_value::<MeetingGist>(stored)
                .ok()
                .and_then(|m| m.fact()),
        ),
        NextStep::STORE => fact(
            serde_wasm_bindgen::from_value::<StepGist>(stored)
                .ok()
                .and_then(|s| s.fact()),
        ),
        _ => Derived::Nothing,
    }
}

fn card(gist: Option<PersonGist>) -> Derived {
    gist.map_or(Derived::Nothing, |gist| Derived::Card(gist.card()))
}

fn fact(fact: Option<Fact>) -> Derived {
    fact.map_or(Derived::Nothing, Derived::Fact)
}

/// Brings what record `id` derives from `old` to `new`, on `target`, the derived store of the
/// transaction that writes the record.
pub(super) fn rewrite(
    target: &IdbObjectStore,
    id: &str,
    old: Derived,
    new: Derived,
) -> Result<(), JsValue> {
    if old == new {
        return Ok(());
    }
    match old {
        Derived::Card(_) => {
            target.delete(&id.into())?;
        }
        Derived::Fact(fact) => {
            target.delete(&fact_key(&fact))?;
        }
        Derived::Nothing => {}
    }
    match new {
        Derived::Card(card) => {
            let card = serde_json::to_value(&card).map_err(|e| JsValue::from(e.to_string()))?;
            // As one JSON text: a card is written with every person saved or brought in.
            let stored = Form::now()
                .and_then(|form| form.stored_as_json(CARDS, &card))
                .map_err(|e| JsValue::from(e.to_string()))?;
            target.put(&stored).map(drop)
        }
        Derived::Fact(fact) => target
            .put_with_key(&JsValue::from(0), &fact_key(&fact))
            .map(drop),
        Derived::Nothing => Ok(()),
    }
}

/// Brings what record `id` of `store` derives from `old` (as stored; `None` if new) to `new`
/// (`None` once deleted), in `tx`, the transaction writing it, which spans [`scope`].
pub(super) fn rewrite_in(
    tx: &Transaction<'_>,
    store: &str,
    id: &str,
    old: Option<&Value>,
    new: Option<&Value>,
) -> Result<(), StoreError> {
    let Some(target) = derived_store(store) else {
        return Ok(());
    };
    let target = tx.object_store(target)?;
    Ok(rewrite(
        target.as_sys(),
        id,
        of(store, old),
        of(store, new),
    )?)
}

/// A fact as a key: ["held", person, at, meeting] or ["commits", person, step].
fn fact_key(fact: &Fact) -> JsValue {
    let key = match fact {
        Fact::Held {
            person_id,
            at,
            meeting_id,
        } => js_sys::Array::of4(
            &"held".into(),
            &person_id.into(),
            &(*at as f64).into(),
            &meeting_id.into(),
        ),
        Fact::Commits { person_id, step_id } => {
            js_sys::Array::of3(&"commits".into(), &person_id.into(), &step_id.into())
        }
    };
    key.into()
}

/// A key of the facts store as read in bulk ([`super::bulk_json`]): `["held", person id, time,
/// meeting id]` or `["commits", person id, step id]`.
#[derive(serde::Deserialize)]
#[serde(untagged)]
pub(super) enum FactKey {
    Held(String, String, f64, String),
    Commits(String, String, String),
}

impl FactKey {
    /// The fact the key holds; `None` for a key of another shape.
    pub(super) fn fact(self) -> Option<Fact> {
        match self {
            FactKey::Held(kind, person_id, at, meeting_id) if kind == "held" => Some(Fact::Held {
                person_id,
                at: at as i64,
                meeting_id,
            }),
            FactKey::Commits(kind, person_id, step_id) if kind == "commits" => {
                Some(Fact::Commits { person_id, step_id })
            }
            _ => None,
        }
    }
}

/// What every stored record of `store` (`all`, as the stores hold them) derives, written to
/// `target`: the upgrade that adds the derived stores builds them with this.
pub(super) fn build(target: &IdbObjectStore, store: &str, all: &JsValue) -> Result<(), JsValue> {
    for stored in js_sys::Array::from(all) {
        let id = super::fields::meta(&stored)
            .and_then(|meta| super::fields::text(&meta, "id"))
            .unwrap_or_default();
        rewrite(target, &id, Derived::Nothing, of_stored(store, stored))?;
    }
    Ok(())
}
