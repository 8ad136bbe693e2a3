//! The database layout and its versioned upgrade path.
//!
//! IndexedDB versions change the structure (object stores, indexes). Each record also carries
//! its own `meta.schema`, and document-level changes are made by pure migrations in `domain/`
//! when a record is read, the same way an old backup is read.

use indexed_db_futures::database::Database;
use indexed_db_futures::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::derived::{self, CARDS, FACTS};
use super::fields;
use super::indexed::{for_backup, for_storage, open_key, OPEN_FIELD};
use super::names::{LOCK_STORE, OUTBOX};
use super::tombstones::TOMBSTONES;
use crate::domain::kinds;
use crate::domain::merge::canonical;

pub const DB_NAME: &str = "one-on-one";
pub const DB_VERSION: u32 = 10;

/// Meetings and next steps by the person they concern (version 1).
pub(super) const BY_PERSON: &str = "by_person";

/// Every object store, each keyed by `meta.id`, with the indexes the screens query.
const LAYOUT_V1: [(&str, &[(&str, &str)]); 5] = [
    ("people", &[("by_updated", "meta.updated_at")]),
    (
        "meetings",
        &[
            ("by_updated", "meta.updated_at"),
            (BY_PERSON, "person_id"),
            ("by_start", "starts_at"),
        ],
    ),
    (
        "next_steps",
        &[
            ("by_updated", "meta.updated_at"),
            (BY_PERSON, "person_id"),
            ("by_due", "due_at"),
        ],
    ),
    ("guides", &[("by_updated", "meta.updated_at")]),
    ("settings", &[]),
];

pub const STORE_NAMES: [&str; 5] = [
    LAYOUT_V1[0].0,
    LAYOUT_V1[1].0,
    LAYOUT_V1[2].0,
    LAYOUT_V1[3].0,
    LAYOUT_V1[4].0,
];

/// Version 2: meetings found by status, so Today reads the few upcoming meetings rather than
/// every meeting ever held.
pub(super) const MEETINGS_BY_STATUS: (&str, &str) = ("by_status", "status");

/// Version 3: meetings in order of start within each status, so Today reads only the few
/// upcoming meetings it shows, soonest first.
pub(super) const MEETINGS_BY_STATUS_START: (&str, [&str; 2]) =
    ("by_status_start", ["status", "starts_at"]);

/// Version 4: next steps marked open (`domain::indexed`), found as open and, among those, in
/// order of due time, so Today and the follow-ups read the open steps, not every step ever agreed.
pub(super) const STEPS_BY_OPEN: &str = "by_open";
pub(super) const STEPS_BY_OPEN_DUE: &str = "by_open_due";

/// Version 5: people by who referred them, so a person's page reads their referrals rather
/// than everyone's name card.
pub(super) const PEOPLE_BY_REFERRER: (&str, &str) = ("by_referrer", "referred_by");

/// The stores the store derives from the records (`derived.rs`), never backed up.
pub const DERIVED_STORES: [&str; 2] = [CARDS, FACTS];

/// Version 6: the People list's derived stores (`derived.rs`): a card per person, and the facts
/// that set each stage and last contact as keys, built here from what is stored.
const DERIVED_LAYOUT: [(&str, Option<&str>); 2] = [(CARDS, Some("id")), (FACTS, None)];

/// Brings a database at `old_version` up to `new_version` (`DB_VERSION`, or an older one to
/// build a database as an older release laid it out, for upgrade tests), one step at a time.
pub(super) fn upgrade(
    old_version: u32,
    new_version: u32,
    db: &Database,
) -> indexed_db_futures::Result<()> {
    let step = |n: u32| old_version < n && n <= new_version;
    if step(1) {
        for (store_name, indexes) in LAYOUT_V1 {
            let store = db
                .create_object_store(store_name)
                .with_key_path("meta.id".into())
                .build()?;
            for (index_name, key_path) in indexes {
                store
                    .create_index(*index_name, (*key_path).into())
                    .build()?;
            }
        }
    }
    if step(2) {
        let (index_name, key_path) = MEETINGS_BY_STATUS;
        store_being_upgraded("meetings")?.create_index_with_str(index_name, key_path)?;
    }
    if step(3) {
        let (index_name, [first, second]) = MEETINGS_BY_STATUS_START;
        let key_path = js_sys::Array::of2(&first.into(), &second.into());
        store_being_upgraded("meetings")?.create_index_with_str_sequence(index_name, &key_path)?;
    }
    if step(4) {
        let steps = store_being_upgraded("next_steps")?;
        steps.create_index_with_str(STEPS_BY_OPEN, OPEN_FIELD)?;
        let key_path = js_sys::Array::of2(&OPEN_FIELD.into(), &"due_at".into());
        steps.create_index_with_str_sequence(STEPS_BY_OPEN_DUE, &key_path)?;
        mark_open_steps(&steps)?;
    }
    if step(5) {
        let (index_name, key_path) = PEOPLE_BY_REFERRER;
        store_being_upgraded("people")?.create_index_with_str(index_name, key_path)?;
    }
    if step(6) {
        for (name, key_path) in DERIVED_LAYOUT {
            let store = db.create_object_store(name);
            match key_path {
                Some(key_path) => store.with_key_path(key_path.into()).build()?,
                None => store.build()?,
            };
        }
        for source in ["people", "meetings", "next_steps"] {
            derive_from(source)?;
        }
    }
    if step(7) {
        db.create_object_store(TOMBSTONES).build()?;
        if old_version >= 1 {
            for kind in &kinds::KINDS {
                give_versions(kind)?;
            }
        }
    }
    if step(8) {
        db.create_object_store(LOCK_STORE).build()?;
    }
    if step(9) {
        db.create_object_store(OUTBOX).build()?;
    }
    if step(10) && old_version >= 6 {
        // The cards keep who referred each person and whom they are linked to, for the map:
        // built again from the people stored. A person the lock sealed reads as nothing here
        // and keeps the card they had, which says it holds no ties (`PersonCard::has_ties`).
        derive_from("people")?;
    }
    Ok(())
}

/// Version 7: every stored record in the form the merge keeps (`domain::merge::canonical`):
/// its base version written out from its `updated_at`, the asks of its debrief given ids.
fn give_versions(kind: &'static kinds::Kind) -> Result<(), JsValue> {
    let store = store_being_upgraded(kind.store)?;
    let request = store.get_all()?;
    let on_read = {
        let request = request.clone();
        Closure::once_into_js(move || {
            let Ok(all) = request.result() else { return };
            let to_js = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
            for stored in js_sys::Array::from(&all) {
                let Ok(record) = serde_wasm_bindgen::from_value(stored) else {
                    continue;
                };
                let Some(record) = canonical(&for_backup(kind.store, record), kind.shape) else {
                    continue;
                };
                if let Ok(value) =
                    serde::Serialize::serialize(&for_storage(kind.store, record), &to_js)
                {
                    // A failed write fails the upgrade, and the open with it.
                    let _ = store.put(&value);
                }
            }
        })
    };
    request.set_onsuccess(Some(on_read.unchecked_ref()));
    Ok(())
}

/// Marks the steps stored before version 4 as the app now stores them, inside the upgrade, so
/// the new indexes hold every open step by the time the database opens.
fn mark_open_steps(steps: &web_sys::IdbObjectStore) -> Result<(), JsValue> {
    let request = steps.get_all()?;
    let on_read = {
        let (steps, request) = (steps.clone(), request.clone());
        Closure::once_into_js(move || {
            let Ok(all) = request.result() else { return };
            for step in js_sys::Array::from(&all) {
                if fields::number(&step, "done_at").is_none()
                    && js_sys::Reflect::set(&step, &OPEN_FIELD.into(), &open_key().into()).is_ok()
                {
                    // A failed write fails the upgrade, and the open with it.
                    let _ = steps.put(&step);
                }
            }
        })
    };
    request.set_onsuccess(Some(on_read.unchecked_ref()));
    Ok(())
}

/// Fills the derived store that `source` feeds from every record stored there, inside the
/// upgrade (as [`mark_open_steps`] does), so the People list has it all once the database opens.
fn derive_from(source: &'static str) -> Result<(), JsValue> {
    let Some(target) = derived::derived_store(source) else {
        return Ok(());
    };
    let request = store_being_upgraded(source)?.get_all()?;
    let target = store_being_upgraded(target)?;
    let on_read = {
        let request = request.clone();
        Closure::once_into_js(move || {
            if let Ok(all) = request.result() {
                // A failed write fails the upgrade, and the open with it.
                let _ = derived::build(&target, source, &all);
            }
        })
    };
    request.set_onsuccess(Some(on_read.unchecked_ref()));
    Ok(())
}

/// An existing object store, reached through the running upgrade's own transaction (the only
/// way to add an index to it). indexed_db_futures 0.6 hands the upgrade callback the database
/// alone; the transaction belongs to the open request, which is the target of the
/// `upgradeneeded` event being dispatched right now (`window.event`, in every browser).
fn store_being_upgraded(name: &str) -> Result<web_sys::IdbObjectStore, JsValue> {
    let event: web_sys::Event = js_sys::Reflect::get(&js_sys::global(), &"event".into())?
        .dyn_into()
        .map_err(|_| JsValue::from_str("no upgrade event is being dispatched"))?;
    let request: web_sys::IdbOpenDbRequest = event
        .target()
        .ok_or_else(|| JsValue::from_str("the upgrade event has no target"))?
        .dyn_into()?;
    let transaction = request
        .transaction()
        .ok_or_else(|| JsValue::from_str("the open request holds no upgrade"))?;
    transaction.object_store(name)
}
