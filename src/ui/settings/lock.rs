//! Lock in Settings: turn the passcode lock on (everything stored is then encrypted), and, once
//! it is on, choose when it locks again, lock now, change the passcode or turn it off.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::lock::{passcode_problem, CodeKind, LockState};
use crate::store::locking;
use crate::store::vault::kept_lock;
use crate::ui::components::outcome::{Outcome, OutcomeMessage};
use crate::ui::components::secret_field::SecretField;
use crate::ui::data::store_context::Db;
use crate::ui::settings::lock_on::{LockOnControls, Shown};

#[component]
pub fn LockSection() -> impl IntoView {
    let shown = RwSignal::new(match kept_lock() {
        Ok(Some(lock)) if lock.state == LockState::On => Shown::On,
        Ok(Some(_)) => Shown::Working { done: 0, total: 0 },
        _ => Shown::Off,
    });
    let outcome = RwSignal::new(Outcome::None);
    view! {
        {move || match shown.get() {
            Shown::Off => view! { <TurnOn shown outcome /> }.into_any(),
            Shown::On => view! { <LockOnControls shown outcome /> }.into_any(),
            Shown::Working { done, total } => view! {
                <p role="status">{format!("Encrypting or decrypting what is stored: {done} of {total} records. Keep the app open.")}</p>
                <progress max=total value=done></progress>
            }.into_any(),
        }}
        <OutcomeMessage outcome />
    }
}

/// The lock is off: a passcode, typed twice, turns it on.
#[component]
fn TurnOn(shown: RwSignal<Shown>, outcome: RwSignal<Outcome>) -> impl IntoView {
    let db = Db::get();
    let code = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let is_pin = Signal::derive(move || CodeKind::of(&code.get()) == CodeKind::Pin);
    let turn_on = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = code.get_untracked();
        if let Some(problem) = passcode_problem(&typed, &again.get_untracked()) {
            outcome.set(Outcome::Failed(problem));
            return;
        }
        outcome.set(Outcome::None);
        shown.set(Shown::Working { done: 0, total: 0 });
        spawn_local(async move {
            let store = db.opened().await;
            let progress = |done, total| {
                shown.try_set(Shown::Working { done, total });
            };
            match locking::turn_on(&store, &typed, progress).await {
                Ok(()) => {
                    shown.try_set(Shown::On);
                    outcome.try_set(Outcome::Done("The lock is on. Everything the app keeps on this phone is encrypted, and it asks for the passcode when it opens.".to_owned()));
                }
                Err(error) => {
                    // Stopped halfway: the lock stays set, and the next unlock finishes it.
                    shown.try_set(if kept_lock().is_ok_and(|l| l.is_some()) {
                        Shown::On
                    } else {
                        Shown::Off
                    });
                    outcome.try_set(Outcome::Failed(error.to_string()));
                }
            }
        });
    };
    view! {
        <p>
            "Lock the app with a passcode: it then opens only with the passcode, and everything it keeps on this phone is encrypted."
        </p>
        <form class="lock-settings" on:submit=turn_on>
            <SecretField id="new-passcode" label="New passcode" autocomplete="new-password"
                value=code numeric=is_pin />
            <SecretField id="new-passcode-again" label="The new passcode again"
                autocomplete="new-password" value=again numeric=is_pin />
            <p class="muted">"A PIN of at least 6 digits, or a phrase of at least 8 characters."</p>
            <p class="notice">
                "If you forget the passcode, nobody can open what is on this phone: not you, not the app's makers. Keep a protected backup (below) somewhere safe."
            </p>
            <button type="submit" class="button" prop:disabled=move || db.store().is_none()>
                "Turn on the lock"
            </button>
        </form>
    }
}
