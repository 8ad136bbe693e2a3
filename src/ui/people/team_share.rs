//! A person's page, Team: "Share with the team" (shown on a phone in a team): their details,
//! one-on-ones and next steps then go to the team at each sync, what is marked sensitive left
//! on this phone.

use leptos::prelude::*;

use crate::domain::person::Person;
use crate::store::team_membership;
use crate::ui::data::editable::Editable;

/// Whether the person on the page is shared with the team.
pub fn is_shared(person: Editable<Person>) -> bool {
    person.record.with(|p| p.as_ref().is_some_and(|p| p.shared))
}

#[component]
pub fn TeamShare(person: Editable<Person>) -> impl IntoView {
    let team = team_membership::kept().map(|member| member.team.name);
    team.map(|team| {
        let shared = move || is_shared(person);
        view! {
            <section aria-labelledby="team-share-heading">
                <h2 id="team-share-heading">"Team"</h2>
                <label class="choice">
                    <input type="checkbox" prop:checked=shared
                        on:change=move |event| {
                            let on = event_target_checked(&event);
                            person.edit(|p| p.shared = on);
                        } />
                    <span>{format!("Share with {team}")}</span>
                </label>
                <p class="muted">
                    "Their details, one-on-ones and next steps go to your team's server at each sync, sealed with the team's key. What is marked sensitive stays on this phone."
                </p>
            </section>
        }
    })
}
