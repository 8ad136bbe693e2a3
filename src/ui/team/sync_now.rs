//! Team, "Sync now": takes in what teammates changed on the team's server since the last sync,
//! then sends what this phone shares (the people marked shared, their one-on-ones and next
//! steps, and the deletions of shared records), and says what happened. The live sync that runs by itself comes later.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::cipher::DataKey;
use crate::domain::team::Membership;
use crate::platform::couch::Couch;
use crate::store::Store;
use crate::store::SyncError;
use crate::ui::components::outcome::{Outcome, OutcomeMessage};
use crate::ui::data::store_context::Db;

/// One sync with the team's server, in words.
async fn sync(store: &Store, member: &Membership) -> Result<String, String> {
    let key =
        member.team.key_bytes().map(DataKey::from_bytes).ok_or(
            "The team key kept on this phone is damaged: leave the team, then join again.",
        )?;
    let couch = Couch::new(
        &member.team.server,
        &member.team.database,
        &member.user,
        &member.password,
    );
    let round = store
        .sync_round(&couch, &key, true)
        .await
        .map_err(|error: SyncError| error.to_string())?;
    let count = |n: usize| match n {
        1 => "1 record".to_owned(),
        n => format!("{n} records"),
    };
    let mut said = format!(
        "Synced with {}: {} taken in, {} sent.",
        member.team.name,
        count(round.taken),
        count(round.sent)
    );
    if !round.refused.is_empty() {
        said.push_str(&format!(
            " {} could not be read and were passed over: {}",
            count(round.refused.len()),
            round.refused.join("; ")
        ));
    }
    Ok(said)
}

#[component]
pub fn SyncNow(member: Membership) -> impl IntoView {
    let db = Db::get();
    let outcome = RwSignal::new(Outcome::None);
    let busy = RwSignal::new(false);
    let run = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        outcome.set(Outcome::Done("Syncing…".to_owned()));
        let member = member.clone();
        db.with_store(move |store| {
            spawn_local(async move {
                let result = sync(&store, &member).await;
                outcome.try_set(match result {
                    Ok(said) => Outcome::Done(said),
                    Err(why) => Outcome::Failed(why),
                });
                busy.try_set(false);
            });
        });
    };
    view! {
        <div class="actions">
            <button type="button" class="button" prop:disabled=move || busy.get() on:click=run>
                "Sync now"
            </button>
        </div>
        <OutcomeMessage outcome />
    }
}
