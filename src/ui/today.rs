//! Today (`/`): what is due, the meetings coming up, and people waiting for a first one-on-one.

use chrono::Local;
use leptos::prelude::*;

use super::empty_state::EmptyState;
use crate::platform::document::set_title;

#[component]
pub fn Today() -> impl IntoView {
    set_title("Today");
    let date = Local::now().format("%A, %-d %B %Y").to_string();
    view! {
        <h1>"Today"</h1>
        <p class="lede">{date}</p>
        <section aria-labelledby="due-heading">
            <h2 id="due-heading">"Due follow-ups"</h2>
            <EmptyState
                title="Nothing due"
                hint="Next steps and check-ins you agree on in a debrief show up here on the day they are due."
            />
        </section>
        <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">"Upcoming meetings"</h2>
            <EmptyState
                title="No meetings planned"
                hint="Plan a one-on-one from a person's page and it appears here."
            />
        </section>
        <section aria-labelledby="waiting-heading">
            <h2 id="waiting-heading">"Waiting for a first one-on-one"</h2>
            <EmptyState
                title="No one waiting"
                hint="People referred to you, and people you have not met yet, are listed here."
            />
        </section>
    }
}
