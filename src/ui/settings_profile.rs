//! The organizer's profile in Settings: name, organization, campaign and default meeting
//! length, autosaved as they are typed.

use leptos::prelude::*;

use super::editable::Editable;
use super::text_field::TextField;
use crate::domain::profile::{Profile, PROFILE_ID};

const LENGTHS: [u32; 4] = [30, 45, 60, 90];

#[component]
pub fn ProfileForm() -> impl IntoView {
    let profile = Editable::load(PROFILE_ID.to_owned(), |_, now| Some(Profile::new(now)));
    let loading = profile.loading();
    view! {
        <p class="muted">"Used wherever the app fills in a script, such as a meeting request."</p>
        <TextField
            label="Your name"
            id="profile-name"
            autocomplete="name"
            value=profile.text(|p| p.name.clone())
            on_input=Callback::new(move |v| profile.edit(|p| p.name = v))
            disabled=loading
        />
        <TextField
            label="Organization"
            id="profile-organization"
            autocomplete="organization"
            value=profile.text(|p| p.organization.clone())
            on_input=Callback::new(move |v| profile.edit(|p| p.organization = v))
            disabled=loading
        />
        <TextField
            label="Current campaign"
            id="profile-campaign"
            value=profile.text(|p| p.campaign.clone())
            on_input=Callback::new(move |v| profile.edit(|p| p.campaign = v))
            disabled=loading
        />
        <div class="field">
            <label for="profile-length">"Default meeting length"</label>
            <select
                id="profile-length"
                prop:disabled=move || loading.get()
                on:change=move |event| {
                    if let Ok(minutes) = event_target_value(&event).parse() {
                        profile.edit(|p| p.default_length_minutes = minutes);
                    }
                }
            >
                {LENGTHS
                    .into_iter()
                    .map(|minutes| {
                        let selected = move || {
                            profile.record.with(|p| p.as_ref().map(|p| p.default_length_minutes))
                                == Some(minutes)
                        };
                        view! {
                            <option value=minutes.to_string() prop:selected=selected>
                                {format!("{minutes} minutes")}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <p class="save-state" role="status">
            {move || profile.state.get().message()}
        </p>
    }
}
