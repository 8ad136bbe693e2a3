//! Follow-ups (`/follow-ups`): every open next step and check-in, across people.

use leptos::prelude::*;

use super::empty_state::EmptyState;
use crate::platform::document::set_title;

#[component]
pub fn FollowUps() -> impl IntoView {
    set_title("Follow-ups");
    view! {
        <h1>"Follow-ups"</h1>
        <EmptyState
            title="No open follow-ups"
            hint="Every one-on-one is only as good as its follow-up: next steps from your debriefs gather here."
        />
    }
}
