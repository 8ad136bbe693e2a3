//! The one merge as a write makes it, inside a transaction the caller holds: the stored
//! version read with its tombstone, `incoming` merged into it part by part, and the result
//! written with what it derives (and, for a change made here, its row in the team's outbox),
//! unless it is what is stored. A save runs it in a transaction of its own
//! (`Store::put_merged`); what a page of the team's changes brings, many in one.

use indexed_db_futures::prelude::*;
use indexed_db_futures::transaction::Transaction;
use serde_json::Value;
use wasm_bindgen::JsValue;

use super::derived;
use super::error::StoreError;
use super::indexed::{for_backup, for_storage};
use super::outbox_marks;
use super::sealed_form::{open_one, stored_form};
use super::tombstones;
use crate::domain::kinds;
use crate::domain::merge::{merge_reporting, Merged};

/// Where a record merged into the store comes from.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Source {
    /// An edit, a replayed journal entry or a restore: what changes goes to the team too.
    Here,
    /// The team's server: it holds the change already.
    Team,
}

/// What became of a record merged into the store.
pub(super) enum Landed {
    /// Stored (the merged result), `changed` unless it was what was stored already, `as_sent`
    /// when it is the incoming version as it came.
    Stored {
        record: Value,
        changed: bool,
        as_sent: bool,
    },
    Deleted,
}

/// Merges `incoming` into record `store_name` in `tx` (which spans its write scope); returns
/// what became of it, and the id and stored form of what was written, if anything was.
pub(super) async fn merge_in(
    tx: &Transaction<'_>,
    store_name: &'static str,
    incoming: Value,
    edited_from: Option<&Value>,
    from: Source,
) -> Result<(Landed, Option<(String, Value)>), StoreError> {
    let kind = kinds::of(store_name)
        .ok_or_else(|| StoreError::Failed(format!("there is no kind of record {store_name}")))?;
    let id = incoming["meta"]["id"]
        .as_str()
        .ok_or_else(|| StoreError::Failed("a record without its id".to_owned()))?
        .to_owned();
    let store = tx.object_store(store_name)?;
    let deleted = tombstones::is_deleted(tx, store_name, &id)?;
    let stored = store.get::<JsValue, _, _>(id.as_str()).primitive()?;
    if deleted.await? {
        return Ok((Landed::Deleted, None));
    }
    let stored = open_one(store_name, stored.await?)?
        .and_then(|s| serde_wasm_bindgen::from_value::<Value>(s).ok())
        .map(|s| for_backup(store_name, s));
    // An edit of what is stored merges into it as itself: no need to take both apart.
    let unchanged_since_edit = edited_from.is_some() && stored.as_ref() == edited_from;
    let report = stored
        .as_ref()
        .filter(|_| !unchanged_since_edit)
        .and_then(|stored| merge_reporting(stored, &incoming, kind.shape));
    let (merged, as_sent) = match report {
        // What is stored holds all of it already: nothing to write.
        Some(Merged {
            as_first: true,
            record,
            as_second,
        }) => {
            let landed = Landed::Stored {
                record,
                changed: false,
                as_sent: as_second,
            };
            return Ok((landed, None));
        }
        // Parts of the stored version are kept: the result must read as its kind (a stored
        // record that does not is replaced by the sound version).
        Some(Merged {
            as_second: false,
            record,
            ..
        }) if (kind.check)(&record).is_ok() => (record, false),
        _ => (incoming, true),
    };
    let record = for_storage(store_name, merged.clone());
    store
        .put(stored_form(store_name, &record)?)
        .primitive()?
        .await?;
    derived::rewrite_in(tx, store_name, &id, stored.as_ref(), Some(&record))?;
    if from == Source::Here {
        outbox_marks::mark_in(tx, store_name, &id)?;
    }
    let landed = Landed::Stored {
        record: merged,
        changed: true,
        as_sent,
    };
    Ok((landed, Some((id, record))))
}
