//! The tombstones of deleted records, in their own object store keyed "kind/id": read in the
//! same transaction as every write, so nothing deleted is written again from anywhere.

use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde_json::Value;
use wasm_bindgen::JsValue;

use super::error::StoreError;
use crate::domain::tombstone::{Horizon, Tombstone};

/// The object store of tombstones (database version 7), with out-of-line keys.
pub(super) const TOMBSTONES: &str = "tombstones";

fn key(kind: &str, id: &str) -> String {
    format!("{kind}/{id}")
}

/// Asks whether record `id` of `kind` was deleted; the answer is awaited later, so a write can
/// ask for the stored record in the same breath (one wait for both, not two in a row).
pub(super) fn is_deleted(
    tx: &Transaction<'_>,
    kind: &str,
    id: &str,
) -> Result<impl std::future::Future<Output = Result<bool, StoreError>>, StoreError> {
    let request = tx
        .object_store(TOMBSTONES)?
        .get::<JsValue, _, _>(key(kind, id).as_str())
        .primitive()?;
    Ok(async move { Ok(request.await?.is_some()) })
}

/// Keeps `tombstone`, in place of one already kept for the record (both mean deleted).
pub(super) fn put(tx: &Transaction<'_>, tombstone: &Tombstone) -> Result<(), StoreError> {
    let store = tx.object_store(TOMBSTONES)?;
    let value = serde_wasm_bindgen::to_value(tombstone).map_err(JsValue::from)?;
    store
        .as_sys()
        .put_with_key(&value, &key(&tombstone.kind, &tombstone.id).into())?;
    Ok(())
}

/// The tombstone of record `id` of `kind`, if it was deleted (one that does not read is none).
pub(super) async fn get(
    tx: &Transaction<'_>,
    kind: &str,
    id: &str,
) -> Result<Option<Tombstone>, StoreError> {
    let found: Option<JsValue> = tx
        .object_store(TOMBSTONES)?
        .get(key(kind, id).as_str())
        .primitive()?
        .await?;
    Ok(found.and_then(|value| serde_wasm_bindgen::from_value(value).ok()))
}

/// Every tombstone kept; one that does not read is left out.
pub(super) async fn all(tx: &Transaction<'_>) -> Result<Vec<Tombstone>, StoreError> {
    let found: Vec<Value> = tx
        .object_store(TOMBSTONES)?
        .get_all()
        .serde()?
        .await?
        .filter_map(Result::ok)
        .collect();
    Ok(found
        .into_iter()
        .filter_map(|v| serde_json::from_value(v).ok())
        .collect())
}

/// The key of the horizon (`domain::tombstone::Horizon`), kept among the tombstones; no
/// kind of record starts with '~'.
const HORIZON: &str = "~horizon";

/// What is still remembered of deletions.
pub(super) async fn horizon(tx: &Transaction<'_>) -> Result<Horizon, StoreError> {
    let found: Option<Value> = tx.object_store(TOMBSTONES)?.get(HORIZON).serde()?.await?;
    Ok(found
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default())
}

/// Forgets the tombstones older than the retention period at `now_ms`, and moves the horizon
/// past them; returns how many were forgotten.
pub(super) async fn purge_expired(tx: &Transaction<'_>, now_ms: i64) -> Result<usize, StoreError> {
    let expired: Vec<Tombstone> = all(tx)
        .await?
        .into_iter()
        .filter(|t| t.expired(now_ms))
        .collect();
    if expired.is_empty() {
        return Ok(0);
    }
    let store = tx.object_store(TOMBSTONES)?;
    for tombstone in &expired {
        store
            .delete(key(&tombstone.kind, &tombstone.id).as_str())
            .await?;
    }
    let moved = horizon(tx).await?.after_purging(&expired);
    let value = serde_wasm_bindgen::to_value(&moved).map_err(JsValue::from)?;
    store.as_sys().put_with_key(&value, &HORIZON.into())?;
    Ok(expired.len())
}
