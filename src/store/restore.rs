//! Backups: everything exported in one consistent read, and a backup restored through the one
//! merge, in one transaction, so it all lands or nothing does.

use std::collections::{HashMap, HashSet};

use indexed_db_futures::prelude::*;
use serde_json::Value;

use super::broadcast::Change;
use super::database::{every_store, known_store, read_all, Store};
use super::derived;
use super::error::StoreError;
use super::indexed::{for_backup, for_storage};
use super::journal;
use super::outbox_marks;
use super::schema::STORE_NAMES;
use super::sealed_form::Form;
use super::snapshot;
use super::tombstones::{self, TOMBSTONES};
use crate::domain::backup::{plan_import, Backup, ImportPlan};

impl Store {
    /// A backup of every record of every store and every tombstone, read in one transaction
    /// (a consistent snapshot), the records without the fields the store derives.
    pub async fn export(&self, exported_at: i64, app_version: &str) -> Result<Backup, StoreError> {
        let names: Vec<&str> = STORE_NAMES.into_iter().chain([TOMBSTONES]).collect();
        let tx = self.db()?.transaction(names.as_slice()).build()?;
        let mut stores = std::collections::BTreeMap::new();
        for name in STORE_NAMES {
            let records: Vec<Value> = read_all(&tx.object_store(name)?, name).await?;
            let records = records.into_iter().map(|r| for_backup(name, r)).collect();
            stores.insert(name.to_owned(), records);
        }
        let tombstones = tombstones::all(&tx).await?;
        Ok(Backup::new(exported_at, app_version, stores, tombstones))
    }

    /// Restores a checked backup: each record merged with the stored version (`plan_import`),
    /// what either side deleted deleted on both, in one transaction.
    pub async fn restore(&self, backup: &Backup) -> Result<ImportPlan, StoreError> {
        let mut touched: Vec<&'static str> = backup
            .stores
            .keys()
            .map(|name| known_store(name))
            .chain(backup.tombstones.iter().map(|t| known_store(&t.kind)))
            .collect::<Result<_, _>>()?;
        touched.sort();
        touched.dedup();
        let tx = self.writing(&every_store())?;
        let mut stored = HashMap::new();
        for &name in &touched {
            let records: Vec<Value> = read_all(&tx.object_store(name)?, name).await?;
            for record in records {
                if let Some(id) = record["meta"]["id"].as_str() {
                    let key = (name.to_owned(), id.to_owned());
                    stored.insert(key, for_backup(name, record));
                }
            }
        }
        if let Some(why) = tombstones::horizon(&tx).await?.refuses(backup.exported_at) {
            return Err(StoreError::Refused(why));
        }
        let kept = tombstones::all(&tx).await?;
        let deleted_here: HashSet<(String, String)> = kept
            .iter()
            .map(|t| (t.kind.clone(), t.id.clone()))
            .collect();
        let plan = plan_import(backup, &stored, &deleted_here);
        let form = Form::now()?;
        for (name, record) in &plan.writes {
            let name = known_store(name)?;
            let record = for_storage(name, record.clone());
            tx.object_store(name)?
                .put(form.stored(name, &record)?)
                .primitive()?;
            let id = record["meta"]["id"].as_str().unwrap_or_default();
            outbox_marks::mark_in(&tx, name, id)?;
            derived::rewrite_in(
                &tx,
                name,
                id,
                stored.get(&(name.to_owned(), id.to_owned())),
                Some(&record),
            )?;
        }
        for (name, id) in &plan.deletes {
            let name = known_store(name)?;
            tx.object_store(name)?.delete(id.as_str()).await?;
            outbox_marks::mark_in(&tx, name, id)?;
            derived::rewrite_in(
                &tx,
                name,
                id,
                stored.get(&(name.to_owned(), id.clone())),
                None,
            )?;
        }
        let mut kept: HashMap<(String, String), _> = kept
            .into_iter()
            .map(|t| ((t.kind.clone(), t.id.clone()), t))
            .collect();
        for tombstone in &backup.tombstones {
            let key = (tombstone.kind.clone(), tombstone.id.clone());
            let merged = match kept.remove(&key) {
                Some(mine) => mine.merge(tombstone.clone()),
                None => tombstone.clone(),
            };
            tombstones::put(&tx, &merged)?;
        }
        tx.commit().await?;
        snapshot::forget();
        for (name, id) in &plan.deletes {
            journal::forget(name, id);
        }
        for store in touched {
            self.announce(&Change::All { store });
        }
        Ok(plan)
    }
}
