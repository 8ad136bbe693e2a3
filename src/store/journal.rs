//! A write-ahead journal in localStorage. Every edit is written there synchronously the moment
//! it is made, and removed once IndexedDB holds it (or something newer). A tab closed right
//! after typing, a crash inside the autosave delay, or a full IndexedDB loses nothing: the
//! journal is replayed into IndexedDB the next time the store opens.

use gloo_storage::{LocalStorage, Storage};
use serde_json::Value;

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

/// Forgets the journaled edit of a record once a version at least as new as `stored` is in
/// IndexedDB; a newer journaled edit (typed meanwhile) is kept.
pub fn settle(store: &str, stored: &Meta) {
    let key = key(store, &stored.id);
    let journaled: Option<Value> = LocalStorage::get(&key).ok();
    let journaled_at = journaled
        .as_ref()
        .and_then(|v| v["meta"]["updated_at"].as_i64());
    if journaled_at.is_none_or(|at| at <= stored.updated_at) {
        LocalStorage::delete(&key);
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

/// Every journaled edit: its object store and the record as JSON.
pub fn entries() -> Vec<(String, Value)> {
    keys()
        .into_iter()
        .filter_map(|k| {
            let store = k[PREFIX.len()..].split_once('/')?.0.to_owned();
            match LocalStorage::get::<Value>(&k) {
                Ok(record) => Some((store, record)),
                Err(_) => {
                    // Unreadable (hand-edited or cut short): nothing to recover from it.
                    LocalStorage::delete(&k);
                    None
                }
            }
        })
        .collect()
}

/// Forgets every journaled edit (after "delete all data").
pub fn clear() {
    for key in keys() {
        LocalStorage::delete(key);
    }
}
