//! The store: one open IndexedDB connection, and the writes the app makes on it (reads are in
//! `reads.rs`).

use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use gloo_events::EventListener;
use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::TransactionMode;
use serde::de::DeserializeOwned;

use super::broadcast::{Change, ChangeFeed};
use super::derived::{self, Derived};
use super::error::StoreError;
use super::indexed::{for_backup, for_storage};
use super::journal;
use super::schema::{self, DB_NAME, DB_VERSION, DERIVED_STORES, STORE_NAMES};
use super::snapshot;
use crate::domain::backup::{plan_import, Backup, ImportPlan};
use crate::domain::record::{Meta, Record};
use crate::platform::timing::Timing;
use serde_json::Value;

/// What became of a save.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved<T> {
    /// The record is stored as given.
    Written,
    /// Another tab stored a newer version of the same record first; it was kept and is returned.
    KeptNewer(T),
}

/// A cheap-to-clone handle on the open database.
#[derive(Clone)]
pub struct Store {
    inner: Rc<Inner>,
}

struct Inner {
    db: Database,
    closed: Rc<Cell<bool>>,
    feed: ChangeFeed,
    _on_version_change: EventListener,
}

impl Store {
    /// Opens (creating or upgrading) the app's database.
    pub async fn open(
        on_blocked: impl Fn() + 'static,
        on_version_change: impl Fn() + 'static,
    ) -> Result<Store, StoreError> {
        Self::open_named(DB_NAME, on_blocked, on_version_change).await
    }

    /// Opens a database by name: the app uses `DB_NAME`; tests use their own.
    pub async fn open_named(
        name: &str,
        on_blocked: impl Fn() + 'static,
        on_version_change: impl Fn() + 'static,
    ) -> Result<Store, StoreError> {
        let timing = Timing::start("open store");
        let db = Database::open(name)
            .with_version(DB_VERSION)
            .with_on_blocked(move |_| {
                on_blocked();
                Ok(())
            })
            .with_on_upgrade_needed(|event, db| schema::upgrade(event.old_version() as u32, &db))
            .await?;
        timing.end();
        let closed = Rc::new(Cell::new(false));
        let listener = {
            let closed = closed.clone();
            let sys_db = db.as_sys().clone();
            EventListener::new(db.as_sys(), "versionchange", move |_| {
                // Let the newer version's upgrade proceed, then tell the person.
                sys_db.close();
                closed.set(true);
                on_version_change();
            })
        };
        Ok(Store {
            inner: Rc::new(Inner {
                db,
                closed,
                feed: ChangeFeed::new(name),
                _on_version_change: listener,
            }),
        })
    }

    pub(super) fn db(&self) -> Result<&Database, StoreError> {
        if self.inner.closed.get() {
            Err(StoreError::VersionChanged)
        } else {
            Ok(&self.inner.db)
        }
    }

    /// The feed of changes, made in this tab or in another.
    pub fn changes(&self) -> &ChangeFeed {
        &self.inner.feed
    }

    /// Stores a record unless a newer version of it is already stored (newest `updated_at`
    /// wins), and tells other tabs. Read and write happen in one transaction, so two tabs
    /// cannot interleave between the check and the write.
    pub async fn save<T: Record>(&self, record: &T) -> Result<Saved<T>, StoreError> {
        let timing = Timing::start("save");
        let value = serde_json::to_value(record).map_err(|e| StoreError::Failed(e.to_string()))?;
        let outcome = self
            .put_unless_older(T::STORE, record.meta(), value)
            .await?;
        timing.end();
        match outcome {
            None => Ok(Saved::Written),
            Some(stored) => serde_json::from_value(stored)
                .map(Saved::KeptNewer)
                .map_err(|e| StoreError::Failed(e.to_string())),
        }
    }

    /// Writes `record`, with the fields the database indexes, unless the stored version is
    /// newer; returns that newer version if so.
    async fn put_unless_older(
        &self,
        store_name: &'static str,
        meta: &Meta,
        record: Value,
    ) -> Result<Option<Value>, StoreError> {
        let record = for_storage(store_name, record);
        let tx = self
            .db()?
            .transaction(derived::scope(store_name).as_slice())
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        let store = tx.object_store(store_name)?;
        let stored: Option<Value> = store.get(meta.id.as_str()).serde()?.await?;
        let stored_meta = stored
            .as_ref()
            .and_then(|s| serde_json::from_value::<Meta>(s["meta"].clone()).ok());
        if stored_meta.is_some_and(|stored_meta| !meta.supersedes(&stored_meta)) {
            return Ok(stored);
        }
        store.put(&record).serde()?.await?;
        derived::rewrite_in(&tx, store_name, &meta.id, stored.as_ref(), Some(&record))?;
        tx.commit().await?;
        snapshot::after_write(store_name, &meta.id, Some(&record));
        self.inner.feed.announce(&Change::One {
            store: store_name,
            id: meta.id.clone(),
        });
        Ok(None)
    }

    /// Writes the edits left in the journal by a closed tab or a crash (newest still wins),
    /// then clears them. Returns how many were recovered.
    pub async fn replay_journal(&self) -> Result<usize, StoreError> {
        let mut recovered = 0;
        for (store_name, record) in journal::entries() {
            let Ok(meta) = serde_json::from_value::<Meta>(record["meta"].clone()) else {
                continue;
            };
            let Ok(store) = known_store(&store_name) else {
                continue;
            };
            if self.put_unless_older(store, &meta, record).await?.is_none() {
                recovered += 1;
            }
            journal::settle(&store_name, &meta);
        }
        Ok(recovered)
    }

    pub async fn delete<T: Record>(&self, id: &str) -> Result<(), StoreError> {
        let tx = self
            .db()?
            .transaction(derived::scope(T::STORE).as_slice())
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        let store = tx.object_store(T::STORE)?;
        let stored: Option<Value> = store.get(id).serde()?.await?;
        store.delete(id).await?;
        derived::rewrite_in(&tx, T::STORE, id, stored.as_ref(), None)?;
        tx.commit().await?;
        snapshot::after_write(T::STORE, id, None);
        self.inner.feed.announce(&Change::One {
            store: T::STORE,
            id: id.to_owned(),
        });
        Ok(())
    }

    /// Deletes record `id` and, in the same transaction, every record in the `dependents`
    /// (store, index) pairs whose index points at it: a person with their meetings and steps.
    pub async fn delete_with_dependents<T: Record>(
        &self,
        id: &str,
        dependents: &[(&'static str, &'static str)],
    ) -> Result<(), StoreError> {
        let mut names = derived::scope(T::STORE);
        for (store, _) in dependents {
            names.extend(derived::scope(store));
        }
        names.sort();
        names.dedup();
        let tx = self
            .db()?
            .transaction(names.as_slice())
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        for (store_name, index) in dependents {
            let store = tx.object_store(store_name)?;
            let gone: Vec<Value> = store
                .index(index)?
                .get_all()
                .with_query::<&str, _>(indexed_db_futures::KeyRange::Only(id))
                .serde()?
                .await?
                .collect::<Result<_, _>>()?;
            for record in &gone {
                let key = record["meta"]["id"].as_str().unwrap_or_default();
                store.delete(key).await?;
                derived::rewrite_in(&tx, store_name, key, Some(record), None)?;
            }
        }
        let store = tx.object_store(T::STORE)?;
        let stored: Option<Value> = store.get(id).serde()?.await?;
        store.delete(id).await?;
        derived::rewrite_in(&tx, T::STORE, id, stored.as_ref(), None)?;
        tx.commit().await?;
        snapshot::forget();
        self.inner.feed.announce(&Change::One {
            store: T::STORE,
            id: id.to_owned(),
        });
        for (store, _) in dependents {
            self.inner.feed.announce(&Change::All { store });
        }
        Ok(())
    }

    /// Removes every record of every kind, in one transaction, and the journal and the
    /// snapshot of Today with them.
    pub async fn delete_everything(&self) -> Result<(), StoreError> {
        journal::clear();
        snapshot::forget();
        let every: Vec<&str> = STORE_NAMES.into_iter().chain(DERIVED_STORES).collect();
        let tx = self
            .db()?
            .transaction(every.as_slice())
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        for name in every {
            tx.object_store(name)?.clear()?.await?;
        }
        tx.commit().await?;
        for store in STORE_NAMES {
            self.inner.feed.announce(&Change::All { store });
        }
        Ok(())
    }

    /// Every record of every store, as JSON, read in one transaction (a consistent snapshot),
    /// as a backup holds them: without the fields the store derives for its indexes.
    pub async fn export_all(&self) -> Result<BTreeMap<String, Vec<Value>>, StoreError> {
        let tx = self.db()?.transaction(STORE_NAMES).build()?;
        let mut stores = BTreeMap::new();
        for name in STORE_NAMES {
            let records: Vec<Value> = read_all(&tx.object_store(name)?).await?;
            let records = records.into_iter().map(|r| for_backup(name, r)).collect();
            stores.insert(name.to_owned(), records);
        }
        Ok(stores)
    }

    /// Restores a validated backup: merges by id, newer `updated_at` wins. Planning and writing
    /// happen in one transaction, so it all lands or nothing does.
    pub async fn restore(&self, backup: &Backup) -> Result<ImportPlan, StoreError> {
        let restored: Vec<&'static str> = backup
            .stores
            .keys()
            .map(|name| known_store(name))
            .collect::<Result<_, _>>()?;
        let every: Vec<&str> = STORE_NAMES.into_iter().chain(DERIVED_STORES).collect();
        let tx = self
            .db()?
            .transaction(every.as_slice())
            .with_mode(TransactionMode::Readwrite)
            .build()?;
        let mut stored = HashMap::new();
        // What each stored record derives, to be replaced by what its newer version derives.
        let mut derived_before = HashMap::new();
        for &name in &restored {
            let records: Vec<Value> = read_all(&tx.object_store(name)?).await?;
            for record in records {
                let meta = &record["meta"];
                if let (Some(id), Some(updated_at)) =
                    (meta["id"].as_str(), meta["updated_at"].as_i64())
                {
                    stored.insert((name.to_owned(), id.to_owned()), updated_at);
                    let before = derived::of(name, Some(&record));
                    if before != Derived::Nothing {
                        derived_before.insert((name, id.to_owned()), before);
                    }
                }
            }
        }
        let plan = plan_import(backup, &stored);
        for (name, record) in &plan.writes {
            let name = known_store(name)?;
            let record = for_storage(name, record.clone());
            tx.object_store(name)?.put(&record).serde()?;
            if let Some(target) = derived::derived_store(name) {
                let id = record["meta"]["id"].as_str().unwrap_or_default();
                let before = derived_before
                    .remove(&(name, id.to_owned()))
                    .unwrap_or(Derived::Nothing);
                let target = tx.object_store(target)?;
                derived::rewrite(
                    target.as_sys(),
                    id,
                    before,
                    derived::of(name, Some(&record)),
                )?;
            }
        }
        tx.commit().await?;
        snapshot::forget();
        for store in restored {
            self.inner.feed.announce(&Change::All { store });
        }
        Ok(plan)
    }

    /// Closes the connection (tests; and before deleting the database).
    pub fn close(&self) {
        self.inner.closed.set(true);
        self.inner.db.as_sys().close();
    }
}

/// `name` as one of the app's object stores (a name from a journal or a backup is checked
/// against them before anything is written).
fn known_store(name: &str) -> Result<&'static str, StoreError> {
    STORE_NAMES
        .into_iter()
        .find(|known| *known == name)
        .ok_or_else(|| StoreError::Failed(format!("there is no object store named {name}")))
}

/// Every record in an object store, deserialized.
pub(super) async fn read_all<T: DeserializeOwned>(
    store: &ObjectStore<'_>,
) -> Result<Vec<T>, StoreError> {
    let records = store.get_all().serde()?.await?;
    Ok(records.collect::<Result<_, _>>()?)
}
