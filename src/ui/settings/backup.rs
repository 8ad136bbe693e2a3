//! Backup in Settings: export everything to one file, restore from one (validated first, merged
//! by id), and delete all data after a deliberate confirmation.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::domain::backup::parse_backup;
use crate::platform::{files, ids::now_ms};
use crate::store::STORE_NAMES;
use crate::ui::data::store_context::Db;
use crate::VERSION;

/// What the person must type to delete everything.
const CONFIRM_WORD: &str = "DELETE";

/// The outcome of the last backup action, shown under the buttons.
#[derive(Clone, PartialEq)]
enum Outcome {
    None,
    Done(String),
    Failed(String),
}

#[component]
pub fn BackupSection() -> impl IntoView {
    let db = Db::get();
    let outcome = RwSignal::new(Outcome::None);
    let busy = RwSignal::new(false);
    let unavailable = Signal::derive(move || db.store().is_none() || busy.get());

    let export = move |_| {
        let Some(store) = db.store() else { return };
        busy.set(true);
        spawn_local(async move {
            let result = match store.export(now_ms(), VERSION).await {
                Ok(backup) => {
                    let count = backup.record_count();
                    let name =
                        format!("one-on-one-backup-{}.json", Local::now().format("%Y-%m-%d"));
                    backup
                        .to_file()
                        .and_then(|text| files::download_text(&name, "application/json", &text))
                        .map(|()| format!("Exported {count} records to {name}."))
                }
                Err(error) => Err(error.to_string()),
            };
            outcome.try_set(match result {
                Ok(message) => Outcome::Done(message),
                Err(message) => Outcome::Failed(message),
            });
            busy.try_set(false);
        });
    };

    let restore = move |event: leptos::ev::Event| {
        let Some(store) = db.store() else { return };
        let input: HtmlInputElement = event.target().expect("an input").unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        busy.set(true);
        outcome.set(Outcome::None);
        spawn_local(async move {
            let result = match files::read_text(&file).await {
                Ok(text) => match parse_backup(&text, &STORE_NAMES) {
                    Ok(backup) => store
                        .restore(&backup)
                        .await
                        .map(|plan| plan.summary())
                        .map_err(|e| e.to_string()),
                    Err(error) => Err(error.to_string()),
                },
                Err(message) => Err(message),
            };
            outcome.try_set(match result {
                Ok(message) => Outcome::Done(message),
                Err(message) => Outcome::Failed(message),
            });
            busy.try_set(false);
        });
    };

    let confirming = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let delete_everything = move |_| {
        let Some(store) = db.store() else { return };
        busy.set(true);
        spawn_local(async move {
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
        <div class="actions">
            <button type="button" class="button" on:click=export prop:disabled=move || unavailable.get()>
                "Export backup"
            </button>
            <label class="button secondary file-button">
                "Restore from a backup"
                <input
                    type="file"
                    accept="application/json,.json"
                    class="visually-hidden"
                    prop:disabled=move || unavailable.get()
                    on:change=restore
                />
            </label>
        </div>
        {move || match outcome.get() {
            Outcome::None => None,
            Outcome::Done(message) => Some(view! { <p class="outcome" role="status">{message}</p> }.into_any()),
            Outcome::Failed(message) => Some(view! { <p class="banner" role="alert">{message}</p> }.into_any()),
        }}
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
