//! Backup in Settings: export everything to one file, protected by a passphrase or plain,
//! restore from one (opened with its passphrase, validated first, merged by id), and delete all
//! data after a deliberate confirmation.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::domain::backup::{parse_backup, Backup};
use crate::domain::sealed::passphrase_problem;
use crate::platform::files::FileBytes;
use crate::platform::{crypto, files, ids::now_ms};
use crate::store::STORE_NAMES;
use crate::ui::components::outcome::{Outcome, OutcomeMessage};
use crate::ui::components::secret_field::SecretField;
use crate::ui::data::store_context::Db;
use crate::VERSION;

/// The files restore offers to pick: plain backups, and protected ones.
const ACCEPTED: &str = "application/json,.json,.protected,application/octet-stream";

/// Writes `backup` as a download: sealed with `passphrase` when one is given, else plain.
/// Returns what to tell the person.
async fn write_backup(backup: &Backup, passphrase: Option<&str>) -> Result<String, String> {
    let count = backup.record_count();
    let day = Local::now().format("%Y-%m-%d");
    let text = backup.to_file()?;
    match passphrase {
        Some(passphrase) => {
            let name = format!("one-on-one-backup-{day}.protected");
            let sealed = crypto::seal(passphrase, text.as_bytes())
                .await
                .map_err(|e| e.to_string())?;
            files::download_bytes(
                &name,
                "application/octet-stream",
                &sealed.prefix,
                &sealed.ciphertext,
            )?;
            Ok(format!(
                "Exported {count} records to {name}, protected by your passphrase."
            ))
        }
        None => {
            let name = format!("one-on-one-backup-{day}.json");
            files::download_text(&name, "application/json", &text)?;
            Ok(format!("Exported {count} records to {name}. The file is not protected: keep it somewhere only you can reach."))
        }
    }
}

/// What the person must type to delete everything.
const CONFIRM_WORD: &str = "DELETE";

#[component]
pub fn BackupSection() -> impl IntoView {
    let db = Db::get();
    let outcome = RwSignal::new(Outcome::None);
    let busy = RwSignal::new(false);
    let unavailable = Signal::derive(move || db.store().is_none() || busy.get());

    let protect = RwSignal::new(true);
    let passphrase = RwSignal::new(String::new());
    let repeated = RwSignal::new(String::new());
    let export = move |_| {
        let sealed_with = protect.get_untracked().then(|| passphrase.get_untracked());
        if let Some(problem) = sealed_with
            .as_ref()
            .and_then(|p| passphrase_problem(p, &repeated.get_untracked()))
        {
            outcome.set(Outcome::Failed(problem));
            return;
        }
        busy.set(true);
        outcome.set(Outcome::None);
        spawn_local(async move {
            let store = db.opened().await;
            let result = match store.export(now_ms(), VERSION).await {
                Ok(backup) => write_backup(&backup, sealed_with.as_deref()).await,
                Err(error) => Err(error.to_string()),
            };
            if result.is_ok() {
                passphrase.try_set(String::new());
                repeated.try_set(String::new());
            }
            outcome.try_set(Outcome::of(result));
            busy.try_set(false);
        });
    };

    // A protected backup picked to restore, waiting for its passphrase.
    let locked_file = RwSignal::new_local(None::<FileBytes>);
    let opening_with = RwSignal::new(String::new());
    let restore_text = move |text: String| async move {
        let store = db.opened().await;
        match parse_backup(&text, &STORE_NAMES) {
            Ok(backup) => store
                .restore(&backup)
                .await
                .map(|plan| plan.summary())
                .map_err(|e| e.to_string()),
            Err(error) => Err(error.to_string()),
        }
    };
    let restore = move |event: leptos::ev::Event| {
        let input: HtmlInputElement = event.target().expect("an input").unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        busy.set(true);
        outcome.set(Outcome::None);
        locked_file.set(None);
        spawn_local(async move {
            let result = match files::read_bytes(&file).await {
                Ok(bytes) if crypto::is_sealed(&bytes) => {
                    locked_file.try_set(Some(bytes));
                    busy.try_set(false);
                    return;
                }
                Ok(bytes) => restore_text(bytes.to_text()).await,
                Err(message) => Err(message),
            };
            outcome.try_set(Outcome::of(result));
            busy.try_set(false);
        });
    };
    let open_locked = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(bytes) = locked_file.get_untracked() else {
            return;
        };
        let typed = opening_with.get_untracked();
        busy.set(true);
        outcome.set(Outcome::None);
        spawn_local(async move {
            let result = match crypto::unseal(&typed, &bytes).await {
                Ok(plain) => {
                    locked_file.try_set(None);
                    opening_with.try_set(String::new());
                    restore_text(String::from_utf8_lossy(&plain).into_owned()).await
                }
                Err(error) => Err(error.to_string()),
            };
            outcome.try_set(Outcome::of(result));
            busy.try_set(false);
        });
    };

    let confirming = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let delete_everything = move |_| {
        busy.set(true);
        spawn_local(async move {
            let store = db.opened().await;
            outcome.try_set(match store.delete_everything().await {
                Ok(()) => Outcome::Done("All data on this device was deleted.".to_owned()),
                Err(error) => Outcome::Failed(error.to_string()),
            });
            confirming.try_set(false);
            typed.try_set(String::new());
            busy.try_set(false);
        });
    };

    view! {
        <p class="muted">
            "Your notes live only on this phone. Export a backup now and then, and keep the file somewhere safe."
        </p>
        <label class="choice">
            <input type="checkbox" prop:checked=move || protect.get()
                on:change=move |event| protect.set(event_target_checked(&event)) />
            <span>"Protect the file with a passphrase"</span>
        </label>
        <Show
            when=move || protect.get()
            fallback=|| view! {
                <p class="muted">
                    "A plain backup can be read by anyone who gets the file: every name, note and answer in it."
                </p>
            }
        >
            <SecretField id="backup-passphrase" label="Passphrase" autocomplete="new-password" value=passphrase />
            <SecretField id="backup-passphrase-again" label="The passphrase again" autocomplete="new-password" value=repeated />
            <p class="muted">
                "Without the passphrase nobody can read the file, not even you: there is no way to recover it. Keep it somewhere safe, apart from the file."
            </p>
        </Show>
        <div class="actions">
            <button type="button" class="button" on:click=export prop:disabled=move || unavailable.get()>
                "Export backup"
            </button>
            <label class="button secondary file-button">
                "Restore from a backup"
                <input
                    type="file"
                    accept=ACCEPTED
                    class="visually-hidden"
                    prop:disabled=move || unavailable.get()
                    on:change=restore
                />
            </label>
        </div>
        <Show when=move || locked_file.with(Option::is_some)>
            <form class="unlock-backup" on:submit=open_locked>
                <p>"This backup is protected. Type its passphrase to restore it."</p>
                <SecretField id="restore-passphrase" label="Passphrase of the backup" autocomplete="current-password" value=opening_with />
                <div class="actions">
                    <button type="submit" class="button" prop:disabled=move || busy.get()>"Open and restore"</button>
                    <button type="button" class="button secondary"
                        on:click=move |_| { locked_file.set(None); opening_with.set(String::new()); }>
                        "Cancel"
                    </button>
                </div>
            </form>
        </Show>
        <OutcomeMessage outcome=outcome />
        <div class="danger-zone">
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button danger"
                            prop:disabled=move || unavailable.get()
                            on:click=move |_| confirming.set(true)
                        >
                            "Delete all data…"
                        </button>
                    }
                }
            >
                <p>
                    "This deletes every person, meeting, note and follow-up on this device, for good. Export a backup first if you may want them back."
                </p>
                <div class="field">
                    <label for="confirm-delete">{format!("Type {CONFIRM_WORD} to confirm")}</label>
                    <input
                        id="confirm-delete"
                        type="text"
                        autocomplete="off"
                        prop:value=move || typed.get()
                        on:input=move |event| typed.set(event_target_value(&event))
                    />
                </div>
                <div class="actions">
                    <button
                        type="button"
                        class="button danger"
                        prop:disabled=move || typed.get().trim() != CONFIRM_WORD || busy.get()
                        on:click=delete_everything
                    >
                        "Delete everything"
                    </button>
                    <button
                        type="button"
                        class="button secondary"
                        on:click=move |_| {
                            confirming.set(false);
                            typed.set(String::new());
                        }
                    >
                        "Cancel"
                    </button>
                </div>
            </Show>
        </div>
    }
}
