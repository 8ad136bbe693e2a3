//! What a team shares, out of the store and into it: a record as it goes to the team's server
//! (without what the store derives, nor the fields marked sensitive), or its tombstone once
//! deleted; and what came from the
//! server taken in through the one merge: a record checked as its kind and merged with what is
//! stored (a record deleted here stays deleted), a deletion kept and the record removed.

use indexed_db_futures::prelude::*;
use serde_json::Value;
use wasm_bindgen::JsValue;

use super::broadcast::Change;
use super::database::{known_store, write_scope, Landed, Source, Store};
use super::derived;
use super::error::StoreError;
use super::indexed::for_backup;
use super::journal;
use super::sealed_form::open_one;
use super::snapshot;
use super::tombstones;
use crate::domain::kinds;
use crate::domain::team_doc::Shared;
use crate::domain::team_form::team_form;

impl Store {
    /// Record `id` of `store` as the team is to see it: the record, its tombstone if it was
    /// deleted, or `None` when this phone has neither.
    pub async fn shared_form(&self, store: &str, id: &str) -> Result<Option<Shared>, StoreError> {
        let store = known_store(store)?;
        let tx = self
            .db()?
            .transaction(write_scope(store).as_slice())
            .build()?;
        if let Some(tombstone) = tombstones::get(&tx, store, id).await? {
            return Ok(Some(Shared::Deleted { tombstone }));
        }
        let stored: Option<JsValue> = tx.object_store(store)?.get(id).await?;
        Ok(open_one(store, stored)?
            .and_then(|record| serde_wasm_bindgen::from_value::<Value>(record).ok())
            .map(|record| Shared::Record {
                store: store.to_owned(),
                record: team_form(store, for_backup(store, record)),
            }))
    }

    /// Takes in what came from the team's server; returns whether anything here changed. A
    /// record that does not read as its kind is refused with the field named.
    pub async fn take_shared(&self, shared: Shared) -> Result<bool, StoreError> {
        match shared {
            Shared::Record { store, record } => {
                let store = known_store(&store)?;
                let kind = kinds::of(store)
                    .ok_or_else(|| StoreError::Failed(format!("no kind of record {store}")))?;
                (kind.check)(&record).map_err(|why| {
                    StoreError::Refused(format!(
                        "A record from the team's server was refused: {why}."
                    ))
                })?;
                let id = record["meta"]["id"].as_str().unwrap_or_default().to_owned();
                let landed = self.put_merged(store, record, None, Source::Team).await?;
                let changed = matches!(landed, Landed::Stored { changed: true, .. });
                if changed {
                    self.announce(&Change::One { store, id });
                }
                Ok(changed)
            }
            Shared::Deleted { tombstone } => {
                let store = known_store(&tombstone.kind)?;
                let tx = self.writing(&write_scope(store))?;
                let kept = tombstones::get(&tx, store, &tombstone.id).await?;
                let objects = tx.object_store(store)?;
                let stored: Option<JsValue> = objects.get(tombstone.id.as_str()).await?;
                let stored: Option<Value> =
                    open_one(store, stored)?.and_then(|s| serde_wasm_bindgen::from_value(s).ok());
                let merged = match kept.clone() {
                    Some(mine) => mine.merge(tombstone.clone()),
                    None => tombstone.clone(),
                };
                let changed = stored.is_some() || kept.as_ref() != Some(&merged);
                if stored.is_some() {
                    objects.delete(tombstone.id.as_str()).await?;
                    derived::rewrite_in(&tx, store, &tombstone.id, stored.as_ref(), None)?;
                }
                tombstones::put(&tx, &merged)?;
                tx.commit().await?;
                if stored.is_some() {
                    journal::forget(store, &tombstone.id);
                    snapshot::after_write(store, &tombstone.id, None);
                    self.announce(&Change::One {
                        store,
                        id: tombstone.id,
                    });
                }
                Ok(changed)
            }
            Shared::Check { .. } => Ok(false),
        }
    }
}
