//! Fingerprint or face in Settings, once the lock is on: offered where this phone has a
//! platform authenticator with PRF (absent, not broken, elsewhere), added with the passcode,
//! and removed in one tap. The passcode always stays.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::platform::ids::now_ms;
use crate::platform::passkey;
use crate::store::passkey_lock;
use crate::store::vault::kept_lock;
use crate::ui::components::outcome::Outcome;
use crate::ui::components::secret_field::SecretField;
use crate::ui::data::store_context::Db;

#[component]
pub fn PasskeyControls(outcome: RwSignal<Outcome>, is_pin: bool) -> impl IntoView {
    let is_set = RwSignal::new(
        kept_lock()
            .ok()
            .flatten()
            .is_some_and(|lock| lock.passkey.is_some()),
    );
    let can_make = RwSignal::new(false);
    spawn_local(async move {
        can_make.try_set(passkey::can_make().await);
    });
    view! {
        <Show when=move || is_set.get() || can_make.get()>
            <div class="lock-settings">
                <h3>"Fingerprint or face"</h3>
                <Show when=move || is_set.get() fallback=move || view! { <AddPasskey is_set outcome is_pin /> }>
                    <RemovePasskey is_set outcome />
                </Show>
            </div>
        </Show>
    }
}

#[component]
fn AddPasskey(is_set: RwSignal<bool>, outcome: RwSignal<Outcome>, is_pin: bool) -> impl IntoView {
    let db = Db::get();
    let code = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = code.get_untracked();
        busy.set(true);
        outcome.set(Outcome::None);
        spawn_local(async move {
            let store = db.opened().await;
            let result = passkey_lock::add(&store, &typed, now_ms()).await;
            busy.try_set(false);
            code.try_set(String::new());
            outcome.try_set(match result {
                Ok(()) => {
                    is_set.try_set(true);
                    Outcome::Done("Fingerprint or face now opens the app on this phone. The passcode still does too.".to_owned())
                }
                Err(error) => Outcome::Failed(error.to_string()),
            });
        });
    };
    view! {
        <p>
            "Open the app with this phone's fingerprint or face, as well as the passcode. The phone keeps a passkey for it; the passcode still works, and is still needed if the phone's passkey is gone."
        </p>
        <form on:submit=add>
            <SecretField id="passkey-passcode" label="Passcode, to add fingerprint or face"
                autocomplete="current-password" value=code numeric=Signal::stored(is_pin) />
            <button type="submit" class="button secondary" prop:disabled=move || busy.get()>
                "Use fingerprint or face too"
            </button>
        </form>
    }
}

#[component]
fn RemovePasskey(is_set: RwSignal<bool>, outcome: RwSignal<Outcome>) -> impl IntoView {
    let db = Db::get();
    let remove = move |_| {
        spawn_local(async move {
            let store = db.opened().await;
            outcome.try_set(match passkey_lock::remove(&store).await {
                Ok(told) => {
                    is_set.try_set(false);
                    Outcome::Done(if told {
                        "Only the passcode opens the app now. The phone was asked to remove the passkey from its password list; if it stays there, you can delete it in the phone's password settings."
                    } else {
                        "Only the passcode opens the app now. You can delete the passkey in the phone's password settings."
                    }.to_owned())
                }
                Err(error) => Outcome::Failed(error.to_string()),
            });
        });
    };
    view! {
        <p>"This phone's fingerprint or face opens the app, as well as the passcode."</p>
        <button type="button" class="button secondary" on:click=remove>
            "Stop using fingerprint or face"
        </button>
    }
}
