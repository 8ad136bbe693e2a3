//! People (`/people`): everyone you organize with.

use leptos::prelude::*;

use super::empty_state::EmptyState;
use crate::platform::document::set_title;

#[component]
pub fn People() -> impl IntoView {
    set_title("People");
    view! {
        <h1>"People"</h1>
        <EmptyState
            title="No people yet"
            hint="The people you meet, and the people they refer you to, will be listed here."
        />
    }
}
