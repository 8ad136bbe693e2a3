//! What waits to go to the team's server (rows put in by every write: `outbox_marks.rs`):
//! read, counted, added to, and crossed off once the server holds it, each row unless it
//! changed again since it was read.

use indexed_db_futures::prelude::*;
use wasm_bindgen::JsValue;

use super::database::{known_store, Store};
use super::error::StoreError;
use super::names::OUTBOX;
use super::outbox_marks::{mark_in, Row};
use super::stamping::edited;
use super::team_membership;
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::record::Record;

/// One record waiting to go to the team's server.
#[derive(Clone, Debug, PartialEq)]
pub struct Waiting {
    pub store: &'static str,
    pub id: String,
    mark: f64,
}

impl Store {
    /// Every record waiting to go to the team's server.
    pub async fn waiting_for_team(&self) -> Result<Vec<Waiting>, StoreError> {
        let tx = self.db()?.transaction(OUTBOX).build()?;
        let outbox = tx.object_store(OUTBOX)?;
        let keys: Vec<JsValue> = outbox
            .get_all_keys::<JsValue>()
            .await?
            .collect::<Result<_, _>>()?;
        let rows: Vec<JsValue> = outbox
            .get_all::<JsValue>()
            .await?
            .collect::<Result<_, _>>()?;
        Ok(keys
            .into_iter()
            .zip(rows)
            .filter_map(|(key, row)| {
                let row: Row = serde_wasm_bindgen::from_value(row).ok()?;
                Some(Waiting {
                    store: known_store(&row.store).ok()?,
                    id: key.as_string()?,
                    mark: row.mark,
                })
            })
            .collect())
    }

    /// How many records wait to go to the team's server.
    pub async fn waiting_count(&self) -> Result<u32, StoreError> {
        let tx = self.db()?.transaction(OUTBOX).build()?;
        Ok(tx.object_store(OUTBOX)?.count().await?)
    }

    /// Puts `items` (store, id) in the outbox: a person just shared, with what goes with them.
    pub async fn queue_for_team(&self, items: &[(&'static str, String)]) -> Result<(), StoreError> {
        let tx = self.writing(&[OUTBOX])?;
        for (store, id) in items {
            mark_in(&tx, store, id)?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Puts person `id`'s one-on-ones and next steps in the outbox (the person just shared),
    /// each step not yet anyone's on the team made this phone's organizer's, so teammates do
    /// not take it for theirs.
    pub async fn queue_person_for_team(&self, id: &str) -> Result<(), StoreError> {
        let mut items: Vec<(&'static str, String)> = Vec::new();
        for meeting in self.meetings_of(id).await? {
            items.push((Meeting::STORE, meeting.meta.id));
        }
        let me = team_membership::my_name();
        for step in self.steps_of(id).await? {
            if step.organizer.is_none() && me.is_some() {
                self.save(&edited(&step, |s| s.organizer = me.clone()))
                    .await?;
            } else {
                items.push((NextStep::STORE, step.meta.id));
            }
        }
        self.queue_for_team(&items).await
    }

    /// Crosses `done` off the outbox, each unless it changed again since it was read.
    pub async fn cross_off(&self, done: &[Waiting]) -> Result<(), StoreError> {
        let tx = self.writing(&[OUTBOX])?;
        let outbox = tx.object_store(OUTBOX)?;
        for waiting in done {
            let row: Option<JsValue> = outbox.get(waiting.id.as_str()).primitive()?.await?;
            let row: Option<Row> = row.and_then(|row| serde_wasm_bindgen::from_value(row).ok());
            if row.is_some_and(|row| row.mark == waiting.mark) {
                outbox.delete(waiting.id.as_str()).await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Empties the outbox (leaving the team).
    pub async fn clear_outbox(&self) -> Result<(), StoreError> {
        let tx = self.writing(&[OUTBOX])?;
        tx.object_store(OUTBOX)?.clear()?.await?;
        tx.commit().await?;
        Ok(())
    }
}
