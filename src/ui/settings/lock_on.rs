//! The lock's controls once it is on: when it locks again, lock now, fingerprint or face,
//! change the passcode, and turn it off (which decrypts everything stored).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::lock::{passcode_problem, AutoLock, CodeKind};
use crate::platform::ids::now_ms;
use crate::store::locking;
use crate::store::vault::{auto_lock, keep_auto_lock, kept_lock};
use crate::ui::components::outcome::Outcome;
use crate::ui::components::secret_field::SecretField;
use crate::ui::data::store_context::Db;
use crate::ui::lock::gate::lock_now;
use crate::ui::settings::lock_passkey::PasskeyControls;

/// Where the lock is, as this section shows it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Off,
    On,
    /// Being turned on or off: `done` of `total` records.
    Working {
        done: u32,
        total: u32,
    },
}

#[component]
pub fn LockOnControls(shown: RwSignal<Shown>, outcome: RwSignal<Outcome>) -> impl IntoView {
    let is_pin = kept_lock()
        .ok()
        .flatten()
        .is_some_and(|lock| lock.code == CodeKind::Pin);
    view! {
        <p>"The lock is on: everything the app keeps on this phone is encrypted."</p>
        <div class="field">
            <label for="auto-lock">"Lock again"</label>
            <select id="auto-lock" on:change=move |event| {
                if let Some(choice) = AutoLock::from_key(&event_target_value(&event)) {
                    keep_auto_lock(choice);
                }
            }>
                {AutoLock::ALL.into_iter().map(|choice| view! {
                    <option value=choice.key() selected=auto_lock() == choice>{choice.label()}</option>
                }).collect_view()}
            </select>
        </div>
        <button type="button" class="button secondary" on:click=move |_| lock_now()>
            "Lock now"
        </button>
        <PasskeyControls outcome is_pin />
        <ChangePasscode outcome is_pin />
        <TurnOff shown outcome is_pin />
    }
}

#[component]
fn ChangePasscode(outcome: RwSignal<Outcome>, is_pin: bool) -> impl IntoView {
    let db = Db::get();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let new_is_pin = Signal::derive(move || CodeKind::of(&new.get()) == CodeKind::Pin);
    let change = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (old, typed) = (current.get_untracked(), new.get_untracked());
        if let Some(problem) = passcode_problem(&typed, &again.get_untracked()) {
            outcome.set(Outcome::Failed(problem));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let store = db.opened().await;
            let result = locking::change_passcode(&store, &old, &typed, now_ms()).await;
            busy.try_set(false);
            outcome.try_set(match result {
                Ok(()) => {
                    for field in [current, new, again] {
                        field.try_set(String::new());
                    }
                    Outcome::Done(
                        "The passcode is changed. Use the new one from now on.".to_owned(),
                    )
                }
                Err(error) => Outcome::Failed(error.to_string()),
            });
        });
    };
    view! {
        <form class="lock-settings" on:submit=change>
            <h3>"Change the passcode"</h3>
            <SecretField id="current-passcode" label="Current passcode"
                autocomplete="current-password" value=current numeric=Signal::stored(is_pin) />
            <SecretField id="changed-passcode" label="New passcode" autocomplete="new-password"
                value=new numeric=new_is_pin />
            <SecretField id="changed-passcode-again" label="The new passcode again"
                autocomplete="new-password" value=again numeric=new_is_pin />
            <button type="submit" class="button secondary" prop:disabled=move || busy.get()>
                "Change passcode"
            </button>
        </form>
    }
}

#[component]
fn TurnOff(shown: RwSignal<Shown>, outcome: RwSignal<Outcome>, is_pin: bool) -> impl IntoView {
    let db = Db::get();
    let code = RwSignal::new(String::new());
    let turn_off = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = code.get_untracked();
        outcome.set(Outcome::None);
        spawn_local(async move {
            let store = db.opened().await;
            let progress = |done, total| {
                shown.try_set(Shown::Working { done, total });
            };
            match locking::turn_off(&store, &typed, now_ms(), progress).await {
                Ok(()) => {
                    shown.try_set(Shown::Off);
                    outcome.try_set(Outcome::Done(
                        "The lock is off. What the app keeps on this phone is no longer encrypted."
                            .to_owned(),
                    ));
                }
                Err(error) => {
                    shown.try_set(Shown::On);
                    outcome.try_set(Outcome::Failed(error.to_string()));
                }
            }
        });
    };
    view! {
        <form class="lock-settings" on:submit=turn_off>
            <h3>"Turn the lock off"</h3>
            <SecretField id="off-passcode" label="Passcode, to turn the lock off"
                autocomplete="current-password" value=code numeric=Signal::stored(is_pin) />
            <button type="submit" class="button danger">"Turn off the lock"</button>
        </form>
    }
}
