//! Writes how a commitment ended where it is written: in the ask of its meeting's debrief, or
//! on the step they own (`domain::commitments`).

use leptos::task::spawn_local;

use crate::domain::commitments::{end_ask, end_step, Outcome, Source};
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
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
            // Gone since it was listed (deleted here or elsewhere): nothing is left to end.
            let Some(meeting) = store.get::<Meeting>(&meeting_id).await? else {
                return Ok(());
            };
            let ended = edited(&meeting, |m| {
                end_ask(m, &ask_id, outcome);
            });
            store.save(&ended).await.map(|_| ())
        }
        Source::Step { step_id } => {
            let Some(step) = store.get::<NextStep>(&step_id).await? else {
                return Ok(());
            };
            let ended = edited(&step, |s| end_step(s, outcome, now_ms()));
            store.save(&ended).await.map(|_| ())
        }
    }
}
