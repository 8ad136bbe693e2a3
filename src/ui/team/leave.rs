//! Leaving the team, after a confirmation that asks what becomes of the people shared with
//! it: kept on this phone (as they are, no longer synced), or removed from it (the team keeps
//! them, and joining again brings them back). Either way this phone stops reaching the
//! team's server, and what waited to be sent is the team's no more.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::team::Membership;
use crate::domain::team_status::TeamStatus;
use crate::platform::service_worker;
use crate::store::team_membership;
use crate::ui::components::outcome::Outcome;
use crate::ui::data::store_context::Db;
use crate::ui::shell::team_status::TeamSync;
use crate::ui::team::status_relay::tell_other_tabs;

/// Leaves the team: forgets it, then empties the outbox, removes the team's people if asked,
/// and takes the server out of the page's policy; says what happened in `outcome`.
fn leave(
    name: String,
    remove: bool,
    membership: RwSignal<Option<Membership>>,
    outcome: RwSignal<Outcome>,
) {
    team_membership::forget();
    membership.set(None);
    TeamSync::get().status.set(TeamStatus::Off);
    tell_other_tabs(&TeamStatus::Off);
    let db = Db::get();
    db.with_store(move |store| {
        spawn_local(async move {
            let _ = store.clear_outbox().await;
            let removed = match remove {
                true => store.remove_team_people().await.map(Some),
                false => Ok(None),
            };
            let _ = service_worker::keep_team_origin(None).await;
            let said = match removed {
                Ok(None) => Outcome::Done(format!(
                    "You left {name}. This phone no longer reaches its server; what it holds stays on this phone."
                )),
                Ok(Some(n)) => Outcome::Done(format!(
                    "You left {name}. {} shared with the team {} removed from this phone; the team still has them.",
                    match n { 1 => "1 person".to_owned(), n => format!("{n} people") },
                    if n == 1 { "was" } else { "were" },
                )),
                Err(error) => Outcome::Failed(format!(
                    "You left {name}, but the people shared with it could not be removed: {error}"
                )),
            };
            outcome.try_set(said);
        })
    });
}

#[component]
pub fn LeaveTeam(
    name: String,
    membership: RwSignal<Option<Membership>>,
    outcome: RwSignal<Outcome>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let question = format!(
        "Leave {name}? This phone stops syncing with the team. The people shared with the team can stay on this phone as they are, or go from it: the team keeps them either way."
    );
    let choose = move |remove: bool| {
        let name = name.clone();
        move |_| leave(name.clone(), remove, membership, outcome)
    };
    view! {
        <div class="danger-zone">
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="button secondary" on:click=move |_| confirming.set(true)>
                    "Leave the team…"
                </button>
            }>
                <p>{question.clone()}</p>
                <div class="actions">
                    <button type="button" class="button secondary" on:click=choose(false)>"Leave, keep them here"</button>
                    <button type="button" class="button danger" on:click=choose(true)>"Leave and remove them"</button>
                    <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>"Stay"</button>
                </div>
            </Show>
        </div>
    }
}
