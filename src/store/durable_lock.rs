//! The lock kept in IndexedDB as well as in localStorage. localStorage is read at start before
//! anything paints, but a browser killed within a second of a write may not have kept it, while
//! an IndexedDB write is kept once it commits; so the lock is written here first, and a start
//! that finds the two differ takes this one (`locking::reconcile`).

use indexed_db_futures::prelude::*;
use wasm_bindgen::JsValue;

use super::database::Store;
use super::error::StoreError;
use crate::domain::lock::Lock;

use super::names::LOCK_STORE;

/// The lock's key in [`LOCK_STORE`].
const KEY: &str = "lock";

impl Store {
    /// The lock as IndexedDB keeps it; `None` when there is none (or it does not read).
    pub async fn durable_lock(&self) -> Result<Option<Lock>, StoreError> {
        let tx = self.db()?.transaction(LOCK_STORE).build()?;
        let found: Option<JsValue> = tx.object_store(LOCK_STORE)?.get(KEY).await?;
        Ok(found
            .and_then(|text| text.as_string())
            .and_then(|text| serde_json::from_str(&text).ok()))
    }

    /// Keeps `lock` in IndexedDB, committed before this returns.
    pub(super) async fn keep_durable_lock(&self, lock: &Lock) -> Result<(), StoreError> {
        let text = serde_json::to_string(lock).map_err(|e| StoreError::Failed(e.to_string()))?;
        let tx = self.writing(&[LOCK_STORE])?;
        tx.object_store(LOCK_STORE)?
            .put(JsValue::from(text))
            .with_key(KEY)
            .primitive()?
            .await?;
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn forget_durable_lock(&self) -> Result<(), StoreError> {
        let tx = self.writing(&[LOCK_STORE])?;
        tx.object_store(LOCK_STORE)?.delete(KEY).await?;
        tx.commit().await?;
        Ok(())
    }
}
