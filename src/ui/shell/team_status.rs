//! Team sync's status in the header, and its start: on a phone in a team, the live sync (a
//! chunk of its own, `team_live`, fetched only by phones in a team) starts once the store is
//! open, and says here how it stands: up to date, how many changes wait, offline, or what
//! stopped it and what to do (in full on Team, where the chip leads).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::domain::team_status::TeamStatus;
use crate::platform::online;
use crate::store::{team_membership, Store};
use crate::ui::data::store_context::Db;

/// The team sync's status, shared through context.
#[derive(Clone, Copy)]
pub struct TeamSync {
    pub status: RwSignal<TeamStatus>,
}

impl TeamSync {
    pub fn get() -> TeamSync {
        expect_context::<TeamSync>()
    }
}

/// Starts the live sync on a phone in a team, once the store is open.
pub fn provide_team_sync() {
    let status = RwSignal::new(TeamStatus::Off);
    provide_context(TeamSync { status });
    if !team_membership::joined() {
        return;
    }
    Db::get().with_store(move |store| spawn_local(start(store, status)));
}

/// Fetches the live sync's code and starts it; where it cannot be fetched while offline (the
/// first start since an update), tries again when the phone is back online.
async fn start(store: Store, status: RwSignal<TeamStatus>) {
    while team_live::run(store.clone(), status).await.is_err() {
        if online::is_online() {
            status.try_set(TeamStatus::Trouble(
                "This version's sync could not be fetched. Reload to update the app.".to_owned(),
            ));
            return;
        }
        let waiting = store.waiting_count().await.unwrap_or(0) as usize;
        status.try_set(TeamStatus::Offline(waiting));
        online::back_online().await;
    }
}

mod team_live {
    use super::*;

    #[wasm_split(team_live, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub(super) fn run(store: Store, status: RwSignal<TeamStatus>) -> Result<(), SplitLoaderError> {
        crate::ui::team::live::run(store, status);
        Ok(())
    }
}

/// The status in the header, a link to Team.
#[component]
pub fn TeamChip() -> impl IntoView {
    let status = TeamSync::get().status;
    let class = move || match status.get() {
        TeamStatus::Trouble(_) => "team-chip trouble",
        TeamStatus::UpToDate => "team-chip done",
        _ => "team-chip",
    };
    view! {
        <Show when=move || status.get() != TeamStatus::Off>
            <a href="/settings/team" class=class
                aria-label=move || format!("Team sync: {}", status.get().full())>
                <span aria-hidden="true">{move || status.get().short()}</span>
            </a>
        </Show>
    }
}
