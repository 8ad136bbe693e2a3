//! The live team sync: while the app is open on a phone in a team, a round with the team's
//! server at start, then again whenever something changes here (a moment after the typing
//! pauses), the server says a teammate changed something (a long poll on its changes feed),
//! the phone comes back online, or a failed round's wait is over; the status says how it
//! stands after each. What waits is kept in the outbox, so a reload or a killed browser resumes
//! where it was. It stops when this phone leaves the team. It runs in one tab of the browser
//! at a time (a Web Lock), which tells the others how it stands.

use futures::channel::mpsc::{unbounded, UnboundedReceiver, UnboundedSender};
use futures::StreamExt;
use gloo_events::EventListener;
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::{json, Value};
use wasm_bindgen::JsCast;
use web_sys::{Event, StorageEvent};

use crate::domain::cipher::DataKey;
use crate::domain::team::Membership;
use crate::domain::team_connection::ConnectionProblem;
use crate::domain::team_doc::SHARED_KINDS;
use crate::domain::team_status::TeamStatus;
use crate::platform::couch::Couch;
use crate::platform::{online, tab_lock};
use crate::store::{team_membership, wait_for_changes, Round, Store, SyncError};
use crate::ui::team::status_relay::Reporter;

/// How long changes made here settle before they are sent (typing autosaves every 300 ms).
const SETTLE_MS: u32 = 600;
/// How long one long poll of the server's changes feed waits.
const POLL_MS: u32 = 25_000;
/// The longest wait before a failed round is tried again.
const MOST_WAIT_MS: u32 = 60_000;

/// Why the loop woke.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Wake {
    /// A record of a shared kind changed here.
    Here,
    /// The server has changes from teammates.
    Server,
    /// The phone came online, or went offline.
    Network,
    /// A failed round's wait is over.
    Retry,
    /// The phone may have left the team (in another tab, or found by the long poll).
    Membership,
}

/// The lock the tab running the live sync holds: one sync per browser, however many tabs.
const LIVE_SYNC_LOCK: &str = "one-on-one-team-sync";

/// Starts the live sync for the team this phone is in, in one tab of the browser: this one
/// once no other tab runs it. Until then this tab shows the status the running one tells.
pub fn run(store: Store, status: RwSignal<TeamStatus>) {
    let reporter = Reporter::follow(status);
    spawn_local(async move {
        let _held = tab_lock::hold(LIVE_SYNC_LOCK).await;
        reporter.lead();
        live(store, reporter).await;
    });
}

/// The live sync in this tab, until the phone leaves the team. Changes made in other tabs
/// are heard here too (the store's change feed carries them).
async fn live(store: Store, reporter: Reporter) {
    let Some(member) = team_membership::kept() else {
        reporter.say(TeamStatus::Off);
        return;
    };
    team_membership::keep_my_name_of(&member);
    let Some(key) = member.team.key_bytes().map(DataKey::from_bytes) else {
        reporter.say(TeamStatus::Trouble(
            "The team key kept on this phone is damaged. Leave the team, then join again."
                .to_owned(),
        ));
        return;
    };
    let (wake, woken) = unbounded();
    let here = store.changes().subscribe({
        let wake = wake.clone();
        move |change| {
            if SHARED_KINDS.contains(&change.store()) {
                let _ = wake.unbounded_send(Wake::Here);
            }
        }
    });
    let network = online::on_change({
        let wake = wake.clone();
        move |_| {
            let _ = wake.unbounded_send(Wake::Network);
        }
    });
    spawn_local(watch_server(
        couch_of(&member),
        member.clone(),
        wake.clone(),
    ));
    let left_elsewhere = window_event("storage", {
        let wake = wake.clone();
        move |event| {
            let key = event.dyn_ref::<StorageEvent>().and_then(StorageEvent::key);
            if team_membership::is_its_key(key) {
                let _ = wake.unbounded_send(Wake::Membership);
            }
        }
    });
    let _kept = (here, network, left_elsewhere);
    rounds(store, key, member, reporter, wake, woken).await;
}

fn couch_of(member: &Membership) -> Couch {
    Couch::new(
        &member.team.server,
        &member.team.database,
        &member.user,
        &member.password,
    )
}

/// Whether this phone is still in the team `member` joined.
fn still_in(member: &Membership) -> bool {
    team_membership::kept().as_ref() == Some(member)
}

/// The rounds, one after each wake, until the phone leaves the team.
async fn rounds(
    store: Store,
    key: DataKey,
    member: Membership,
    reporter: Reporter,
    wake: UnboundedSender<Wake>,
    mut woken: UnboundedReceiver<Wake>,
) {
    let couch = couch_of(&member);
    let mut pull = true;
    let mut failures = 0;
    // The key is checked against the team's before anything is taken in or sent.
    let mut key_holds = false;
    while still_in(&member) {
        if !online::is_online() {
            let waiting = store.waiting_to_send().await.unwrap_or_default();
            reporter.say(TeamStatus::Offline(waiting));
        } else {
            // "Syncing…" while something of this phone's goes, or before the first round ends;
            // taking in a teammate's change leaves "Up to date" as it is until it is done.
            let first = !key_holds;
            if first || store.waiting_count().await.unwrap_or(0) > 0 {
                reporter.say(TeamStatus::Syncing);
            }
            let checked = match key_holds {
                true => Ok(()),
                false => match couch.check_key(&key).await {
                    Ok(_) => {
                        key_holds = true;
                        Ok(())
                    }
                    Err(ConnectionProblem::WrongKey) => {
                        let why = ConnectionProblem::WrongKey.to_string();
                        reporter.say(TeamStatus::Trouble(why));
                        return;
                    }
                    Err(problem) => Err(SyncError::Server(problem)),
                },
            };
            let round = match checked {
                Err(error) => Err(error),
                Ok(()) if pull => store.sync_round(&couch, &key, false).await,
                Ok(()) => store
                    .send_waiting(&couch, &key)
                    .await
                    .map(|_| Round::default()),
            };
            match round {
                Ok(round) if !round.refused.is_empty() => {
                    failures = 0;
                    reporter.say(TeamStatus::Trouble(unreadable(round.refused.len())));
                }
                Ok(_) => {
                    failures = 0;
                    // What arrived during the round, or is still in conflict, goes next.
                    match store.waiting_to_send().await.unwrap_or_default() {
                        0 => reporter.say(TeamStatus::UpToDate),
                        n => {
                            retry(&wake, retry_after(1));
                            reporter.say(TeamStatus::Waiting(n))
                        }
                    };
                }
                Err(error) => {
                    failures += 1;
                    reporter.say(TeamStatus::Trouble(error.to_string()));
                    retry(&wake, retry_after(failures));
                }
            }
        }
        let Some(first) = woken.next().await else {
            return;
        };
        if first == Wake::Here {
            TimeoutFuture::new(SETTLE_MS).await;
        }
        pull = first != Wake::Here;
        while let Ok(more) = woken.try_recv() {
            pull |= more != Wake::Here;
        }
    }
    reporter.say(TeamStatus::Off);
}

/// Wakes the rounds again after `wait_ms`.
fn retry(wake: &UnboundedSender<Wake>, wait_ms: u32) {
    let wake = wake.clone();
    spawn_local(async move {
        TimeoutFuture::new(wait_ms).await;
        let _ = wake.unbounded_send(Wake::Retry);
    });
}

/// What to say when `n` documents from the server did not open with this phone's key.
fn unreadable(n: usize) -> String {
    let documents = match n {
        1 => "1 document".to_owned(),
        n => format!("{n} documents"),
    };
    format!(
        "{documents} from the team's server could not be read with the team key this phone holds. Ask a teammate for the join code, leave the team, and join again with it."
    )
}

/// The wait before the `failures`th failed round is tried again: 2 s, doubling, at most a
/// minute.
fn retry_after(failures: u32) -> u32 {
    (1_000u32 << failures.min(6)).min(MOST_WAIT_MS)
}

/// Long-polls the server's changes feed from now on and wakes the rounds when a teammate
/// changed something; waits out failures and offline spells.
async fn watch_server(couch: Couch, member: Membership, wake: UnboundedSender<Wake>) {
    let mut since: Value = json!("now");
    let mut failures = 0;
    while still_in(&member) && !wake.is_closed() {
        if !online::is_online() {
            online::back_online().await;
            continue;
        }
        match wait_for_changes(&couch, &since, POLL_MS).await {
            Ok((changed, next)) => {
                failures = 0;
                if changed {
                    let _ = wake.unbounded_send(Wake::Server);
                }
                since = next;
            }
            Err(_) => {
                // The rounds say what is wrong; this only waits before asking again.
                failures += 1;
                TimeoutFuture::new(retry_after(failures)).await;
            }
        }
    }
    // Left the team: the rounds stop at once rather than at their next wake.
    let _ = wake.unbounded_send(Wake::Membership);
}

/// Listens to `name` on the window while the listener is kept.
fn window_event(name: &'static str, on: impl FnMut(&Event) + 'static) -> Option<EventListener> {
    web_sys::window().map(|window| EventListener::new(&window, name, on))
}
