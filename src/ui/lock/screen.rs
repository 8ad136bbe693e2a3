//! The lock screen: the passcode, a clear message and a growing wait after wrong ones, the
//! phone's fingerprint or face where it was set up, the end of turning the lock on or off if a
//! tab stopped halfway, and, for a forgotten passcode, deleting everything to start again.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::gate::Gate;
use crate::domain::lock::{CodeKind, Lock, LockState};
use crate::platform::document::APP_NAME;
use crate::platform::history::reload;
use crate::platform::ids::now_ms;
use crate::platform::passkey::has_webauthn;
use crate::store::locking::{self, seconds, LockError};
use crate::store::passkey_lock;
use crate::store::vault::{attempts, kept_lock};
use crate::store::{Store, DB_NAME};
use crate::ui::components::secret_field::SecretField;

#[component]
pub fn LockScreen() -> impl IntoView {
    let gate = expect_context::<Gate>();
    crate::platform::document::set_title("Locked");
    let kept = kept_lock();
    let unusable = kept
        .as_ref()
        .err()
        .map(|e| LockError::Unusable(e.0.clone()).to_string());
    let lock = kept.ok().flatten();
    let is_pin = lock.as_ref().is_some_and(|lock| lock.code == CodeKind::Pin);
    let offers_passkey = has_webauthn()
        && lock
            .as_ref()
            .is_some_and(|lock| lock.passkey_parts().is_some());
    let code = RwSignal::new(String::new());
    let message = RwSignal::new(unusable.clone());
    let busy = RwSignal::new(false);
    let progress = RwSignal::new(None::<(u32, u32)>);
    let attempt = Attempt {
        gate,
        busy,
        message,
        progress,
    };
    let unlock = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = code.get_untracked();
        attempt.run(
            "Unlocking…",
            async move { locking::unlock(&typed, now_ms()).await },
            move || {
                code.try_set(String::new());
            },
        );
    };
    let with_passkey = move |_| {
        attempt.run(
            "Confirm with your fingerprint or face…",
            passkey_lock::unlock(),
            || {},
        );
    };
    let waiting = wait_countdown();
    view! {
        <main id="main" class="lock-screen">
            <h1>{format!("{APP_NAME} is locked")}</h1>
            <form class="lock-form" on:submit=unlock>
                <SecretField id="passcode" label="Passcode" autocomplete="current-password"
                    value=code numeric=Signal::stored(is_pin) />
                <button type="submit" class="button"
                    prop:disabled=move || { busy.get() || waiting.get() > 0 || unusable.is_some() }>
                    "Unlock"
                </button>
            </form>
            <Show when=move || offers_passkey>
                <button type="button" class="button secondary passkey-unlock"
                    prop:disabled=move || busy.get() on:click=with_passkey>
                    "Unlock with fingerprint or face"
                </button>
            </Show>
            <p class="lock-message" role="alert">
                {move || match waiting.get() {
                    0 => message.get(),
                    wait_s => Some(format!("Too many wrong passcodes. Try again in {}.", seconds(wait_s))),
                }}
            </p>
            {move || progress.get().map(|(done, total)| view! {
                <p role="status">{format!("Finishing the lock: {done} of {total} records")}</p>
                <progress max=total value=done></progress>
            })}
            <ForgotPasscode />
        </main>
    }
}

/// What one try at unlocking changes on the lock screen, whichever way it unlocks.
#[derive(Clone, Copy)]
struct Attempt {
    gate: Gate,
    busy: RwSignal<bool>,
    message: RwSignal<Option<String>>,
    progress: RwSignal<Option<(u32, u32)>>,
}

impl Attempt {
    /// Unlocks through `unlocking` (one try at a time), saying `waiting` meanwhile; opens the
    /// app when it worked, or says why not after `on_failure`.
    fn run(
        self,
        waiting: &str,
        unlocking: impl Future<Output = Result<Lock, LockError>> + 'static,
        on_failure: impl FnOnce() + 'static,
    ) {
        if self.busy.get_untracked() {
            return;
        }
        self.busy.set(true);
        self.message.set(Some(waiting.to_owned()));
        spawn_local(async move {
            let result = finish_unlocking(unlocking.await, self.progress).await;
            self.busy.try_set(false);
            match result {
                Ok(()) => self.gate.open(),
                Err(error) => {
                    on_failure();
                    self.message.try_set(Some(error.to_string()));
                }
            }
        });
    }
}

/// Once unlocked (with the passcode or a passkey, as `unlocked` says), finishes turning the
/// lock on or off if that stopped halfway.
async fn finish_unlocking(
    unlocked: Result<Lock, LockError>,
    progress: RwSignal<Option<(u32, u32)>>,
) -> Result<(), LockError> {
    let lock = match unlocked {
        Ok(lock) => lock,
        // Turned off in another tab meanwhile: there is nothing to unlock.
        Err(LockError::NoLock) => return Ok(()),
        Err(error) => return Err(error),
    };
    if lock.state != LockState::On {
        let store = Store::open(|| {}, || {}).await?;
        let finished = locking::finish(&store, |done, total| {
            progress.try_set(Some((done, total)));
        })
        .await;
        store.close();
        finished?;
    }
    Ok(())
}

/// Seconds left before the next passcode may be tried, counting down once a second.
fn wait_countdown() -> Signal<i64> {
    let now = RwSignal::new(now_ms());
    let ticker = gloo_timers::callback::Interval::new(1_000, move || {
        now.try_set(now_ms());
    });
    // Stopped when the lock screen goes.
    let _ = StoredValue::new_local(ticker);
    Signal::derive(move || attempts().seconds_to_wait(now.get()))
}

/// For a forgotten passcode: what it means, and deleting everything to start again.
#[component]
fn ForgotPasscode() -> impl IntoView {
    let asking = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let failed = RwSignal::new(None::<String>);
    let start_again = move |_| {
        spawn_local(async move {
            match locking::start_again(DB_NAME).await {
                Ok(()) => reload(),
                Err(error) => {
                    failed.try_set(Some(error.to_string()));
                }
            }
        });
    };
    view! {
        <Show when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="button secondary" on:click=move |_| asking.set(true)>
                    "Forgot the passcode?"
                </button>
            }>
            <div class="danger-zone">
                <p>
                    "Without the passcode, nobody can open what the app keeps on this phone: not you, not the app's makers. You can delete it all and start again, then restore a backup if you have one."
                </p>
                <Show when=move || confirming.get()
                    fallback=move || view! {
                        <button type="button" class="button danger" on:click=move |_| confirming.set(true)>
                            "Delete all data and start again"
                        </button>
                    }>
                    <p>"Every person, meeting, note and follow-up on this phone will be gone for good."</p>
                    <div class="actions">
                        <button type="button" class="button danger" on:click=start_again>
                            "Delete everything"
                        </button>
                        <button type="button" class="button secondary"
                            on:click=move |_| { confirming.set(false); asking.set(false); }>
                            "Keep it"
                        </button>
                    </div>
                </Show>
                {move || failed.get().map(|m| view! { <p class="banner" role="alert">{m}</p> })}
            </div>
        </Show>
    }
}
