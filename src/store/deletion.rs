//! Deleting: a record (with what depends on it, for a person) leaves a tombstone in the same
//! transaction, and its journaled edits and Today's snapshot are forgotten, so nothing brings it
//! back. Deleting everything forgets the tombstones too: nothing is left to protect.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde_json::Value;
use wasm_bindgen::JsValue;

use super::broadcast::Change;
use super::database::{every_store, write_scope, Store};
use super::derived;
use super::error::StoreError;
use super::journal;
use super::outbox_marks;
use super::schema::STORE_NAMES;
use super::sealed_form::open_one;
use super::snapshot;
use super::stamping;
use super::team_membership;
use super::tombstones::{self, TOMBSTONES};
use crate::domain::record::Record;

impl Store {
    /// Deletes record `id` of kind `T` for good.
    pub async fn delete<T: Record>(&self, id: &str) -> Result<(), StoreError> {
        let tx = self.writing(&write_scope(T::STORE))?;
        delete_in(&tx, T::STORE, id).await?;
        tx.commit().await?;
        journal::forget(T::STORE, id);
        snapshot::after_write(T::STORE, id, None);
        self.announce(&Change::One {
            store: T::STORE,
            id: id.to_owned(),
        });
        Ok(())
    }

    /// Deletes record `id` and, in the same transaction, every record in the `dependents`
    /// (store, index) pairs whose index points at it: a person with their meetings and steps.
    /// Returns how many of each dependent were deleted.
    pub async fn delete_with_dependents<T: Record>(
        &self,
        id: &str,
        dependents: &[(&'static str, &'static str)],
    ) -> Result<Vec<usize>, StoreError> {
        let mut names = write_scope(T::STORE);
        for (store, _) in dependents {
            names.extend(write_scope(store));
        }
        names.sort();
        names.dedup();
        let tx = self.writing(&names)?;
        let mut gone_ids = Vec::new();
        let mut counts = Vec::new();
        for &(store_name, index) in dependents {
            // Read by their keys alone: a sealed meeting need not be opened to be deleted.
            let gone: Vec<JsValue> = tx
                .object_store(store_name)?
                .index(index)?
                .get_all_keys::<JsValue>()
                .with_query::<&str, _>(indexed_db_futures::KeyRange::Only(id))
                .await?
                .collect::<Result<_, _>>()?;
            for key in &gone {
                let key = key.as_string().unwrap_or_default();
                delete_in(&tx, store_name, &key).await?;
                gone_ids.push((store_name, key));
            }
            counts.push(gone.len());
        }
        delete_in(&tx, T::STORE, id).await?;
        tx.commit().await?;
        journal::forget(T::STORE, id);
        for (store_name, key) in &gone_ids {
            journal::forget(store_name, key);
        }
        snapshot::forget();
        self.announce(&Change::One {
            store: T::STORE,
            id: id.to_owned(),
        });
        for (store, _) in dependents {
            self.announce(&Change::All { store });
        }
        Ok(counts)
    }

    /// Forgets deletions older than the retention period (`domain::tombstone::RETENTION_MS`);
    /// run once the store opens. Returns how many were forgotten.
    pub async fn forget_old_deletions(&self, now_ms: i64) -> Result<usize, StoreError> {
        let tx = self.writing(&[TOMBSTONES])?;
        let forgotten = tombstones::purge_expired(&tx, now_ms).await?;
        tx.commit().await?;
        Ok(forgotten)
    }

    /// Removes every record of every kind and every tombstone, in one transaction, and the
    /// journal, the snapshot of Today and the team this phone is in with them (staying in it
    /// would bring the team's records back).
    pub async fn delete_everything(&self) -> Result<(), StoreError> {
        journal::clear();
        snapshot::forget();
        team_membership::forget();
        let every = every_store();
        let tx = self.writing(&every)?;
        for name in every {
            tx.object_store(name)?.clear()?.await?;
        }
        tx.commit().await?;
        for store in STORE_NAMES {
            self.announce(&Change::All { store });
        }
        Ok(())
    }
}

/// Deletes record `id` of `store_name` in `tx` (which spans its derived store, the tombstones
/// and the outbox), and leaves its tombstone, to go to the team if it is the team's.
pub(super) async fn delete_in(
    tx: &Transaction<'_>,
    store_name: &'static str,
    id: &str,
) -> Result<(), StoreError> {
    let stored = remove_in(tx, store_name, id).await?;
    tombstones::put(tx, &stamping::tombstone(store_name, id, stored.as_ref()))?;
    outbox_marks::mark_in(tx, store_name, id)
}

/// Removes record `id` of `store_name` in `tx` (which spans its derived store), and what it
/// derives, leaving no tombstone; returns what was stored.
pub(super) async fn remove_in(
    tx: &Transaction<'_>,
    store_name: &'static str,
    id: &str,
) -> Result<Option<Value>, StoreError> {
    let store = tx.object_store(store_name)?;
    let stored: Option<JsValue> = store.get(id).await?;
    let stored: Option<Value> =
        open_one(store_name, stored)?.and_then(|s| serde_wasm_bindgen::from_value(s).ok());
    store.delete(id).await?;
    derived::rewrite_in(tx, store_name, id, stored.as_ref(), None)?;
    Ok(stored)
}
