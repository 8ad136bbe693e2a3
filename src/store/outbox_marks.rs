//! The team's outbox as every write of a record sees it: a row per record of a kind the team
//! shares, changed here while this phone is in a team, put in the same transaction as the
//! change (so a killed browser loses none of them). A row holds the record's store and a mark
//! that a later change replaces, so a change made while a push was under way is not crossed
//! off with it (`team_outbox.rs`). Nothing of what the record says is in a row.

use indexed_db_futures::internals::SystemRepr;
use indexed_db_futures::transaction::Transaction;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::error::StoreError;
use super::names::OUTBOX;
use super::team_membership;
use crate::domain::team_doc::SHARED_KINDS;

/// A row as stored.
#[derive(Serialize, Deserialize)]
pub(super) struct Row {
    pub(super) store: String,
    pub(super) mark: f64,
}

/// Whether a write to `store` spans the outbox: records of the kinds a team shares.
pub(super) fn spans(store: &str) -> bool {
    SHARED_KINDS.contains(&store)
}

/// Puts record `id` of `store` in the outbox, in `tx` (which spans it when [`spans`] says so),
/// when this phone is in a team and the team shares its kind.
pub(super) fn mark_in(tx: &Transaction<'_>, store: &str, id: &str) -> Result<(), StoreError> {
    if !spans(store) || !team_membership::joined() {
        return Ok(());
    }
    let row = Row {
        store: store.to_owned(),
        mark: js_sys::Math::random(),
    };
    let value = serde_wasm_bindgen::to_value(&row).map_err(JsValue::from)?;
    tx.object_store(OUTBOX)?
        .as_sys()
        .put_with_key(&value, &id.into())?;
    Ok(())
}
