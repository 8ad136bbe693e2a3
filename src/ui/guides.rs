//! Guides (`/guides`): the agendas and question prompts used in live meetings.

use leptos::prelude::*;

use super::empty_state::EmptyState;
use crate::platform::document::set_title;

#[component]
pub fn Guides() -> impl IntoView {
    set_title("Guides");
    view! {
        <h1>"Guides"</h1>
        <EmptyState
            title="No guides yet"
            hint="Agendas with question prompts, such as Story of Self, Us and Now, will live here."
        />
    }
}
