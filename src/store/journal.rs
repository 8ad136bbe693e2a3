//! A write-ahead journal in localStorage. Every edit is written there synchronously the moment
//! it is made, and removed once IndexedDB holds it (or something newer). A tab closed right
//! after typing, a crash inside the autosave delay, or a full IndexedDB loses nothing: the
//! journal is replayed into IndexedDB the next time the store opens.

use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

use crate::domain::kinds;
use crate::domain::record::{Meta, Record};

const PREFIX: &str = "one-on-one.journal.";

fn key(store: &str, id: &str) -> String {
    format!("{PREFIX}{store}/{id}")
}

/// Keeps `record` until IndexedDB has it. Best effort: if localStorage refuses (full, or
/// private mode), IndexedDB is still written as usual.
pub fn keep<T: Record>(record: &T) {
    let _ = LocalStorage::set(key(T::STORE, &record.meta().id), record);
}

/// Forgets the journaled edit of a record once IndexedDB holds the version `sent` (merged
/// with what was there); an edit journaled after it (typed meanwhile) is kept.
pub fn settle(store: &str, sent: &Meta) {
    let key = key(store, &sent.id);
    let journaled: Option<Value> = LocalStorage::get(&key).ok();
    let journaled_at = journaled
        .as_ref()
        .and_then(|v| v["meta"]["updated_at"].as_i64());
    if journaled_at.is_none_or(|at| at <= sent.updated_at) {
        LocalStorage::delete(&key);
    }
}

/// Forgets the journaled edit of record `id` of `store`, if any: the record was deleted.
pub fn forget(store: &str, id: &str) {
    LocalStorage::delete(key(store, id));
}

/// Forgets a journaled entry that cannot be replayed (of no known kind, or not readable as one).
pub fn forget_entry(store: &str, record: &Value) {
    if let Some(id) = record["meta"]["id"].as_str() {
        forget(store, id);
    }
}

/// The localStorage keys of every journaled edit.
fn keys() -> Vec<String> {
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect()
}

/// Every journaled edit: its object store and the record as JSON. An entry that cannot be one
/// (unreadable, hand-edited, cut short, of a store the app does not have, or holding another
/// record than its key names) is forgotten here: there is nothing to recover from it.
pub fn entries() -> Vec<(String, Value)> {
    keys()
        .into_iter()
        .filter_map(|k| {
            let entry = k[PREFIX.len()..]
                .split_once('/')
                .filter(|(store, _)| kinds::of(store).is_some())
                .and_then(|(store, id)| {
                    let record = LocalStorage::get::<Value>(&k).ok()?;
                    (record["meta"]["id"].as_str() == Some(id)).then(|| (store.to_owned(), record))
                });
            if entry.is_none() {
                LocalStorage::delete(&k);
            }
            entry
        })
        .collect()
}

/// Forgets every journaled edit (after "delete all data").
pub fn clear() {
    for key in keys() {
        LocalStorage::delete(key);
    }
}
