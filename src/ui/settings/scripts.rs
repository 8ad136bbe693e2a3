//! The scripts in Settings: the meeting request and the introduction request, with the
//! placeholders they can use and a way back to the app's wording.

use leptos::prelude::*;

use crate::domain::profile::Profile;
use crate::domain::request::{DEFAULT_INTRODUCTION, DEFAULT_REQUEST, PLACEHOLDERS};
use crate::ui::components::save_status::SaveStatus;
use crate::ui::data::editable::Editable;

#[component]
pub fn ScriptsForm(profile: Editable<Profile>) -> impl IntoView {
    let placeholders = PLACEHOLDERS
        .iter()
        .map(|(key, _)| format!("{{{key}}}"))
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <p class="muted" id="scripts-hint">
            "Words in braces are filled in from your profile and the meeting: " <code>{placeholders}</code>
        </p>
        <Script
            profile=profile
            label="Meeting request"
            id="script-request"
            read=|p| p.request_script.clone()
            write=|p, text| p.request_script = text
            default=DEFAULT_REQUEST
        />
        <Script
            profile=profile
            label="Introduction request"
            id="script-introduction"
            read=|p| p.introduction_script.clone()
            write=|p, text| p.introduction_script = text
            default=DEFAULT_INTRODUCTION
        />
        <SaveStatus state=profile.state />
    }
}

#[component]
fn Script(
    profile: Editable<Profile>,
    label: &'static str,
    id: &'static str,
    read: fn(&Profile) -> String,
    write: fn(&mut Profile, String),
    default: &'static str,
) -> impl IntoView {
    let loading = profile.loading();
    let text = profile.text(read);
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <textarea
                id=id
                rows="6"
                aria-describedby="scripts-hint"
                prop:disabled=move || loading.get()
                prop:value=move || text.get()
                on:input=move |event| {
                    let typed = event_target_value(&event);
                    profile.edit(|p| write(p, typed));
                }
            ></textarea>
        </div>
        <Show when=move || text.get() != default>
            <button
                type="button"
                class="button secondary"
                on:click=move |_| profile.edit(|p| write(p, default.to_owned()))
            >
                {format!("Restore the app's {}", label.to_lowercase())}
            </button>
        </Show>
    }
}
