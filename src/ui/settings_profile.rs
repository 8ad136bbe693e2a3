//! The organizer's profile in Settings: name, organization and campaign, autosaved as typed.

use leptos::prelude::*;

use super::editable::Editable;
use super::text_field::TextField;
use crate::domain::profile::Profile;

#[component]
pub fn ProfileForm(profile: Editable<Profile>) -> impl IntoView {
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
        <SaveStatus profile=profile />
    }
}

/// Whether the profile's last edit is stored, announced to screen readers.
#[component]
pub fn SaveStatus(profile: Editable<Profile>) -> impl IntoView {
    view! {
        <p class="save-state" role="status">
            {move || profile.state.get().message()}
        </p>
    }
}
