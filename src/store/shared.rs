//! What a team shares, out of the store and into it: a record as it goes to the team's server
//! (without what the store derives, nor the fields marked sensitive), or its tombstone once
//! deleted; and what came from the
//! server taken in through the one merge: a record checked as its kind and merged with what is
//! stored (a record deleted here stays deleted), a deletion kept and the record removed.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde_json::Value;
use wasm_bindgen::JsValue;

use super::broadcast::Change;
use super::database::{known_store, write_scope, Store};
use super::derived;
use super::error::StoreError;
use super::indexed::for_backup;
use super::journal;
use super::merging::{merge_in, Landed, Source};
use super::sealed_form::open_one;
use super::snapshot;
use super::tombstones;
use crate::domain::kinds;
use crate::domain::team_doc::{id_of, Shared, SHARED_KINDS};
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
        Ok(self.take_page(vec![checked(shared)?]).await?.changed > 0)
    }

    /// Takes in a page of what came from the team's server, each [`checked`], in one
    /// transaction; returns how many changed anything here, and which records are now here as
    /// the team has them. Each record that changed is announced once, on its own: a change of
    /// a whole kind would have the search index read that kind again, page after page.
    pub(super) async fn take_page(&self, page: Vec<Shared>) -> Result<PageTaken, StoreError> {
        let mut names: Vec<&'static str> = SHARED_KINDS
            .into_iter()
            .filter_map(|kind| known_store(kind).ok())
            .flat_map(write_scope)
            .collect();
        names.sort();
        names.dedup();
        let tx = self.writing(&names)?;
        let mut taken = Vec::new();
        let mut same_as_team = Vec::new();
        for shared in page {
            let id = id_of(&shared).map(str::to_owned);
            let (changed, agrees) = take_in(&tx, shared).await?;
            if let (true, Some(id)) = (agrees, id) {
                same_as_team.push(id);
            }
            taken.push(changed);
        }
        tx.commit().await?;
        for Taken { store, id, change } in taken.iter().flatten() {
            let written = match change {
                Landing::Written(record) => Some(record),
                Landing::Removed => None,
                Landing::Noted => continue,
            };
            snapshot::after_write(store, id, written);
            if written.is_none() {
                journal::forget(store, id);
            }
            self.announce(&Change::One {
                store,
                id: id.clone(),
            });
        }
        Ok(PageTaken {
            changed: taken.iter().flatten().count(),
            same_as_team,
        })
    }
}

/// What taking a page in did.
pub(super) struct PageTaken {
    /// How many records changed here.
    pub changed: usize,
    /// The ids of the records (and deletions) now here exactly as the team has them: nothing
    /// of them needs sending back.
    pub same_as_team: Vec<String>,
}

/// `shared` if what it carries may be taken in: a record of a kind a team shares that reads as
/// its kind, or a tombstone of one; else why not, the field named.
pub(super) fn checked(shared: Shared) -> Result<Shared, StoreError> {
    let store = match &shared {
        Shared::Record { store, .. } => store.as_str(),
        Shared::Deleted { tombstone } => tombstone.kind.as_str(),
        Shared::Check { .. } => return Ok(shared),
    };
    let store = known_store(store)?;
    if let Shared::Record { record, .. } = &shared {
        let kind = kinds::of(store)
            .ok_or_else(|| StoreError::Failed(format!("no kind of record {store}")))?;
        (kind.check)(record).map_err(|why| {
            StoreError::Refused(format!(
                "A record from the team's server was refused: {why}."
            ))
        })?;
    }
    Ok(shared)
}

/// What taking one version in changed here.
struct Taken {
    store: &'static str,
    id: String,
    change: Landing,
}

enum Landing {
    /// The record as it is now stored.
    Written(Value),
    /// Deleted by a teammate: removed here.
    Removed,
    /// A deletion of a record this phone does not hold: its tombstone kept.
    Noted,
}

/// Takes `shared` (checked) in within `tx`, which spans the write scopes of the kinds a team
/// shares; returns what changed, if anything did, and whether this phone now holds it as the
/// team does (nothing of its own kept beside the team's version).
async fn take_in(
    tx: &Transaction<'_>,
    shared: Shared,
) -> Result<(Option<Taken>, bool), StoreError> {
    match shared {
        Shared::Record { store, record } => {
            let store = known_store(&store)?;
            let (landed, written) = merge_in(tx, store, record, None, Source::Team).await?;
            let agrees = matches!(landed, Landed::Stored { as_sent: true, .. });
            let taken = match (landed, written) {
                (Landed::Stored { changed: true, .. }, Some((id, record))) => Some(Taken {
                    store,
                    id,
                    change: Landing::Written(record),
                }),
                _ => None,
            };
            Ok((taken, agrees))
        }
        Shared::Deleted { tombstone } => {
            let store = known_store(&tombstone.kind)?;
            let kept = tombstones::get(tx, store, &tombstone.id).await?;
            let objects = tx.object_store(store)?;
            let stored: Option<JsValue> = objects.get(tombstone.id.as_str()).await?;
            let stored: Option<Value> =
                open_one(store, stored)?.and_then(|s| serde_wasm_bindgen::from_value(s).ok());
            let merged = match kept.clone() {
                Some(mine) => mine.merge(tombstone.clone()),
                None => tombstone.clone(),
            };
            let noted = kept.as_ref() != Some(&merged);
            if noted {
                tombstones::put(tx, &merged)?;
            }
            let agrees = merged == tombstone;
            let change = match stored {
                None if noted => Landing::Noted,
                None => return Ok((None, agrees)),
                Some(_) => {
                    objects.delete(tombstone.id.as_str()).await?;
                    derived::rewrite_in(tx, store, &tombstone.id, stored.as_ref(), None)?;
                    Landing::Removed
                }
            };
            let taken = Taken {
                store,
                id: tombstone.id,
                change,
            };
            Ok((Some(taken), agrees))
        }
        Shared::Check { .. } => Ok((None, false)),
    }
}
