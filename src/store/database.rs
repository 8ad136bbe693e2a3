//! The store: one open IndexedDB connection, and the writes the app makes on it (reads are in
//! `reads.rs`).

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use indexed_db_futures::database::Database;
use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::object_store::ObjectStore;
use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::{Transaction, TransactionMode};
use serde::de::DeserializeOwned;

use super::broadcast::{Change, ChangeFeed};
use super::derived;
use super::error::StoreError;
use super::journal;
use super::merging::{merge_in, Landed, Source};

use super::bulk_json::{deserialize_all, one_by_one};
use super::names::OUTBOX;
use super::outbox_marks;
use super::schema::{self, DB_NAME, DB_VERSION, DERIVED_STORES, STORE_NAMES};
use super::sealed_form::open_all;
use super::snapshot;
use super::stamping::stamp_value;
use super::tombstones::TOMBSTONES;
use crate::domain::kinds;
use crate::domain::record::{Meta, Record};
use crate::platform::timing::Timing;
use serde_json::Value;
use wasm_bindgen::JsValue;

/// What became of a save.
#[derive(Clone, Debug, PartialEq)]
pub enum Saved<T> {
    /// The record is stored as given.
    Written,
    /// Another tab (or a restore) had changed other parts of the record: what is stored now is
    /// the two merged, returned to be shown once the person pauses.
    Merged(T),
    /// The record was deleted, here or in another tab: nothing was written.
    Deleted,
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
            .with_on_upgrade_needed(|event, db| {
                schema::upgrade(event.old_version() as u32, DB_VERSION, &db)
            })
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

    /// Creates database `name` as release `version` of the app laid it out, by the same
    /// upgrade steps, and closes it: how the upgrade tests make a real older database.
    pub async fn create_layout(name: &str, version: u32) -> Result<(), StoreError> {
        let db = Database::open(name)
            .with_version(version)
            .with_on_upgrade_needed(move |event, db| {
                schema::upgrade(event.old_version() as u32, version, &db)
            })
            .await?;
        db.close();
        Ok(())
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

    /// A read-write transaction over `stores`.
    pub(super) fn writing(&self, stores: &[&str]) -> Result<Transaction<'_>, StoreError> {
        Ok(self
            .db()?
            .transaction(stores)
            .with_mode(TransactionMode::Readwrite)
            .build()?)
    }

    /// Tells this tab and the others what changed.
    pub(super) fn announce(&self, change: &Change) {
        self.inner.feed.announce(change);
    }

    /// Stores a record merged with the version already stored (part by part, the later
    /// version of each wins: `domain::merge`), and tells other tabs. Read, merge and write
    /// happen in one transaction, so two tabs cannot interleave between them. A record deleted
    /// anywhere stays deleted: nothing is written.
    pub async fn save<T: Record>(&self, record: &T) -> Result<Saved<T>, StoreError> {
        let timing = Timing::start("save");
        let value = serde_json::to_value(record).map_err(|e| StoreError::Failed(e.to_string()))?;
        let landed = self.put_merged(T::STORE, value, None, Source::Here).await?;
        timing.end();
        Self::saved(landed)
    }

    /// Saves `edit`, a record of kind `T` given its versions (as JSON), as [`Store::save`]
    /// does; when what is stored is still `before`, the version it was made from (nothing else
    /// changed the record meanwhile), the edit is the merge and is written as it is. `timing`
    /// began when the edit was given its versions.
    pub async fn save_edit<T: Record>(
        &self,
        edit: Value,
        before: &Value,
        timing: Timing,
    ) -> Result<Saved<T>, StoreError> {
        let landed = self
            .put_merged(T::STORE, edit, Some(before), Source::Here)
            .await?;
        timing.end();
        Self::saved(landed)
    }

    fn saved<T: Record>(landed: Landed) -> Result<Saved<T>, StoreError> {
        match landed {
            Landed::Deleted => Ok(Saved::Deleted),
            Landed::Stored { as_sent: true, .. } => Ok(Saved::Written),
            Landed::Stored { record, .. } => kinds::decode(&record)
                .map(Saved::Merged)
                .map_err(StoreError::Failed),
        }
    }

    /// Merges `incoming` (a record of `store_name`, checked) into the stored version and writes
    /// the result unless it is what is stored; returns it, or that the record was deleted.
    /// `edited_from` is the version `incoming` was edited from, when it is an edit made here;
    /// what changes here is put in the team's outbox in the same transaction.
    pub(super) async fn put_merged(
        &self,
        store_name: &'static str,
        incoming: Value,
        edited_from: Option<&Value>,
        from: Source,
    ) -> Result<Landed, StoreError> {
        let tx = self.writing(&write_scope(store_name))?;
        let (landed, written) = merge_in(&tx, store_name, incoming, edited_from, from).await?;
        if let Some((id, record)) = written {
            tx.commit().await?;
            snapshot::after_write(store_name, &id, Some(&record));
            self.announce(&Change::One {
                store: store_name,
                id,
            });
        }
        Ok(landed)
    }

    /// Merges the edits left in the journal by a closed tab or a crash into what is stored,
    /// then clears them. An entry that does not read as its kind is dropped. Returns how many
    /// changed what was stored.
    pub async fn replay_journal(&self) -> Result<usize, StoreError> {
        let mut recovered = 0;
        for journal::Entry {
            store: store_name,
            record,
            base,
        } in journal::entries()
        {
            let Some(kind) = kinds::of(&store_name) else {
                continue;
            };
            // An edit journaled as typed gets its versions now, as its save would have given.
            let record = base
                .filter(|base| (kind.check)(base).is_ok())
                .and_then(|base| stamp_value(&base, &record, kind.shape))
                .unwrap_or(record);
            let Ok(meta) = (kind.check)(&record).and_then(|()| {
                serde_json::from_value::<Meta>(record["meta"].clone()).map_err(|e| e.to_string())
            }) else {
                journal::forget_entry(&store_name, &record);
                continue;
            };
            if let Landed::Stored { changed: true, .. } = self
                .put_merged(kind.store, record, None, Source::Here)
                .await?
            {
                recovered += 1;
            }
            journal::settle(kind.store, &meta);
        }
        Ok(recovered)
    }

    /// Closes the connection (tests; and before deleting the database).
    pub fn close(&self) {
        self.inner.closed.set(true);
        self.inner.db.as_sys().close();
    }
}

/// The stores a write of one record of `store_name` spans: its own, what it derives, the
/// tombstones (read by every write, written by a delete), and for a kind a team shares, the
/// outbox.
pub(super) fn write_scope(store_name: &'static str) -> Vec<&'static str> {
    let mut scope = derived::scope(store_name);
    scope.push(TOMBSTONES);
    if outbox_marks::spans(store_name) {
        scope.push(OUTBOX);
    }
    scope
}

/// Every object store: the records', the derived ones, the tombstones and the outbox.
pub(super) fn every_store() -> Vec<&'static str> {
    STORE_NAMES
        .into_iter()
        .chain(DERIVED_STORES)
        .chain([TOMBSTONES, OUTBOX])
        .collect()
}

/// `name` as one of the app's object stores (a name from a journal or a backup is checked
/// against them before anything is written).
pub(super) fn known_store(name: &str) -> Result<&'static str, StoreError> {
    STORE_NAMES
        .into_iter()
        .find(|known| *known == name)
        .ok_or_else(|| StoreError::Failed(format!("there is no object store named {name}")))
}

/// Every record in object store `name`, opened and deserialized; one that does not read as
/// `T` is set aside.
pub(super) async fn read_all<T: DeserializeOwned>(
    store: &ObjectStore<'_>,
    name: &str,
) -> Result<Vec<T>, StoreError> {
    let stored = get_all(store).await?;
    Ok(one_by_one(open_all(name, stored)?))
}

/// [`read_all`] for the lists read whole on a screen's way in (the People list's cards): through
/// one JSON text, which costs the wasm a second deserializer of `T`, so only where it counts.
pub(super) async fn read_all_in_bulk<T: DeserializeOwned>(
    store: &ObjectStore<'_>,
    name: &str,
) -> Result<Vec<T>, StoreError> {
    let stored = get_all(store).await?;
    Ok(deserialize_all(open_all(name, stored)?))
}

async fn get_all(store: &ObjectStore<'_>) -> Result<Vec<JsValue>, StoreError> {
    Ok(store
        .get_all::<JsValue>()
        .await?
        .collect::<Result<_, _>>()?)
}
