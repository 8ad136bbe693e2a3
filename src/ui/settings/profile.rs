//! The organizer's profile in Settings: name, organization and campaign, autosaved as typed.

use leptos::prelude::*;

use crate::domain::profile::Profile;
use crate::ui::components::save_status::SaveStatus;
use crate::ui::components::text_field::TextField;
use crate::ui::data::editable::Editable;

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
        <SaveStatus state=profile.state />
    }
}
