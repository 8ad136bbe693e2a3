//! A write-ahead journal in localStorage. Every edit is written there synchronously the moment
//! it is made, and removed once IndexedDB holds it (or something newer). A tab closed right
//! after typing, a crash inside the autosave delay, or a full IndexedDB loses nothing: the
//! journal is replayed into IndexedDB the next time the store opens.
//!
//! An edit is journaled as typed, before its parts are given versions (that happens once per
//! save, not per keystroke), so beside it the journal keeps the version it was made from: the
//! replay versions what changed between the two, as the save would have.

use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

use super::drop_box;
use super::error::StoreError;
use super::sealed_text;
use crate::domain::kinds;
use crate::domain::record::{Meta, Record};

const PREFIX: &str = "one-on-one.journal.";
/// Where the version an edit was made from is kept (outside [`PREFIX`]: not an edit itself).
const BASE_PREFIX: &str = "one-on-one.journal-base.";

fn key(store: &str, id: &str) -> String {
    format!("{PREFIX}{store}/{id}")
}

fn base_key(store: &str, id: &str) -> String {
    format!("{BASE_PREFIX}{store}/{id}")
}

/// A journaled edit: its object store, the record as JSON, and the version it was made from
/// when it has not been given versions yet.
pub struct Entry {
    pub store: String,
    pub record: Value,
    pub base: Option<Value>,
}

/// Keeps `record` until IndexedDB has it. Best effort: if localStorage refuses (full, or
/// private mode), IndexedDB is still written as usual.
pub fn keep<T: Record>(record: &T) {
    keep_at(&key(T::STORE, &record.meta().id), record);
}

/// Keeps `base`, the version the edits journaled next are made from (written before them).
pub fn keep_base<T: Record>(base: &T) {
    keep_at(&base_key(T::STORE, &base.meta().id), base);
}

/// Keeps `value` at `key`; in the drop box if this tab may not write it (the lock was turned
/// on in another tab a moment ago, and this tab holds no key).
fn keep_at(key: &str, value: &impl serde::Serialize) {
    if let Err(StoreError::Locked) = sealed_text::write(key, value) {
        let _ = drop_box::post(key, value);
    }
}

/// Moves what tabs without the key dropped into the journal: an edit unless a later edit of
/// the same record is journaled, a base unless one is (the older base claims more as changed
/// by the edit, so nothing typed loses to an older version). Best effort: what is not moved
/// stays in the drop box.
fn take_dropped() {
    let updated_at = |v: &Value| v["meta"]["updated_at"].as_i64();
    let _ = drop_box::collect(|key, dropped, kept| match kept {
        None => true,
        Some(kept) => key.starts_with(PREFIX) && updated_at(dropped) >= updated_at(kept),
    });
}

/// Forgets the journaled edit of a record once IndexedDB holds the version `sent` (merged
/// with what was there); an edit journaled after it (typed meanwhile) is kept.
pub fn settle(store: &str, sent: &Meta) {
    let key = key(store, &sent.id);
    let journaled: Option<Value> = sealed_text::read(&key);
    let journaled_at = journaled
        .as_ref()
        .and_then(|v| v["meta"]["updated_at"].as_i64());
    if journaled_at.is_none_or(|at| at <= sent.updated_at) {
        LocalStorage::delete(&key);
        LocalStorage::delete(base_key(store, &sent.id));
    }
}

/// Forgets the journaled edit of record `id` of `store`, if any: the record was deleted.
pub fn forget(store: &str, id: &str) {
    for key in [key(store, id), base_key(store, id)] {
        LocalStorage::delete(&key);
        drop_box::forget(&key);
    }
}

/// Forgets a journaled entry that cannot be replayed (of no known kind, or not readable as one).
pub fn forget_entry(store: &str, record: &Value) {
    if let Some(id) = record["meta"]["id"].as_str() {
        forget(store, id);
    }
}

/// Every journaled edit. An entry that cannot be one (unreadable, hand-edited, cut short, of a
/// store the app does not have, or holding another record than its key names) is forgotten
/// here: there is nothing to recover from it. So is a base left without its edit, and a base
/// that does not hold the same record (the edit is then replayed as it is).
pub fn entries() -> Vec<Entry> {
    take_dropped();
    let found: Vec<Entry> = sealed_text::keys_starting(PREFIX)
        .into_iter()
        .filter_map(|k| {
            let entry = k[PREFIX.len()..]
                .split_once('/')
                .filter(|(store, _)| kinds::of(store).is_some())
                .and_then(|(store, id)| {
                    let record = sealed_text::read::<Value>(&k)?;
                    let base = sealed_text::read::<Value>(&base_key(store, id))
                        .filter(|base| base["meta"]["id"].as_str() == Some(id));
                    (record["meta"]["id"].as_str() == Some(id)).then(|| Entry {
                        store: store.to_owned(),
                        record,
                        base,
                    })
                });
            // One sealed under a key this tab does not hold is not ours to judge.
            if entry.is_none() && !sealed_text::needs_key(&k) {
                LocalStorage::delete(&k);
            }
            entry
        })
        .collect();
    for k in sealed_text::keys_starting(BASE_PREFIX) {
        let edit = format!("{PREFIX}{}", &k[BASE_PREFIX.len()..]);
        if LocalStorage::raw().get_item(&edit).ok().flatten().is_none() {
            LocalStorage::delete(&k);
        }
    }
    found
}

/// Writes every journaled edit again in the form the lock asks for now (turning it on or off).
pub(super) fn rewrite_all() -> Result<(), StoreError> {
    take_dropped();
    for key in sealed_text::keys_starting(PREFIX)
        .into_iter()
        .chain(sealed_text::keys_starting(BASE_PREFIX))
    {
        sealed_text::rewrite(&key)?;
    }
    Ok(())
}

/// Forgets every journaled edit (after "delete all data").
pub fn clear() {
    for key in sealed_text::keys_starting(PREFIX)
        .into_iter()
        .chain(sealed_text::keys_starting(BASE_PREFIX))
    {
        LocalStorage::delete(key);
    }
    drop_box::clear();
}
