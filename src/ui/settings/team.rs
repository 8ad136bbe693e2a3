//! Settings, Team: whether this phone is in a team, and the way to the team's own page
//! (`/settings/team`), whose code is fetched only when it is opened.

use leptos::prelude::*;

use crate::store::team_membership;

#[component]
pub fn TeamSummary() -> impl IntoView {
    match team_membership::kept() {
        Some(member) => view! {
            <p>{format!("This phone is in {}, whose server is {}.", member.team.name, member.team.server)}</p>
            <p><a href="/settings/team" class="button secondary">"Team settings"</a></p>
        }
        .into_any(),
        None => view! {
            <p>
                "Share people with your organizing team through the team's own CouchDB server. What is shared is sealed on this phone with the team's key first: the server never sees a name or a note."
            </p>
            <p><a href="/settings/team" class="button secondary">"Set up team sync"</a></p>
        }
        .into_any(),
    }
}
