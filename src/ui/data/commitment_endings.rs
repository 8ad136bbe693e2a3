//! Writes how a commitment ended where it is written: in the ask of its meeting's debrief, or
//! on the step they own (`domain::commitments`).

use leptos::task::spawn_local;

use crate::domain::commitments::{end_ask, end_step, Outcome, Source};
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::record::Record;
use crate::platform::ids::now_ms;
use crate::store::{edited, Store, StoreError};
use crate::ui::data::store_context::Db;

/// Ends the commitment at `source` with `outcome`, or opens it again with `None`; a failure is
/// told in the storage notice.
pub fn end_commitment(db: Db, source: Source, outcome: Option<Outcome>) {
    db.with_store(move |store| {
        spawn_local(async move { db.report(write_ending(&store, source, outcome).await) });
    });
}

async fn write_ending(
    store: &Store,
    source: Source,
    outcome: Option<Outcome>,
) -> Result<(), StoreError> {
    match source {
        Source::Ask { meeting_id, ask_id } => {
            edit_stored::<Meeting>(store, &meeting_id, |m| {
                end_ask(m, &ask_id, outcome);
            })
            .await
        }
        Source::Step { step_id } => {
            edit_stored::<NextStep>(store, &step_id, |s| end_step(s, outcome, now_ms())).await
        }
    }
}

/// Reads record `id`, changes it and saves it; one gone since it was listed (deleted here or
/// elsewhere) has nothing left to end.
async fn edit_stored<T: Record>(
    store: &Store,
    id: &str,
    change: impl FnOnce(&mut T),
) -> Result<(), StoreError> {
    let Some(record) = store.get::<T>(id).await? else {
        return Ok(());
    };
    store.save(&edited(&record, change)).await.map(|_| ())
}
