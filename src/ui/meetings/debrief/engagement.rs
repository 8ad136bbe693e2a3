//! The engagement a debrief assesses: kept with the meeting, so the person's page can show how
//! it moved over time, and made the person's current level.

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::person::Person;
use crate::ui::components::engagement_options::{chosen_level, EngagementOptions};
use crate::ui::data::editable::Editable;
use crate::ui::meetings::debrief::edit::edit_debrief;

#[component]
pub fn DebriefEngagement(meeting: Editable<Meeting>, person: Editable<Person>) -> impl IntoView {
    let level = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().and_then(|m| m.debrief.as_ref()?.engagement))
    });
    view! {
        <div class="field">
            <label for="debrief-engagement">"Engagement"</label>
            <p class="field-hint" id="debrief-engagement-hint">"Where they stand after this one-on-one. Kept with its date, so their page shows how it moves."</p>
            <select id="debrief-engagement" aria-describedby="debrief-engagement-hint" on:change=move |event| {
                let chosen = chosen_level(&event_target_value(&event));
                edit_debrief(meeting, |d| d.engagement = chosen);
                // Taking this debrief's level back leaves their current one as it was.
                if chosen.is_some() {
                    person.edit(|p| p.engagement = chosen);
                }
            }>
                <EngagementOptions level=level none="Not assessed" />
            </select>
        </div>
    }
}
