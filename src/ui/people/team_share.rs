//! A person's page, Team: "Share with the team" (shown on a phone in a team): their details,
//! one-on-ones and next steps then go to the team (those already made are put in the outbox
//! with the person), what is marked sensitive left on this phone. Turned off, the person's
//! last version goes with the sharing off, and teammates keep what they have.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::person::Person;
use crate::store::team_membership;
use crate::ui::data::editable::Editable;
use crate::ui::data::store_context::Db;

/// Whether the person on the page is shared with the team.
pub fn is_shared(person: Editable<Person>) -> bool {
    person.record.with(|p| p.as_ref().is_some_and(|p| p.shared))
}

/// Puts the person's one-on-ones and next steps in the outbox, to go with them.
fn queue_what_goes_with(person: Editable<Person>) {
    let Some(id) = person
        .record
        .with_untracked(|p| p.as_ref().map(|p| p.meta.id.clone()))
    else {
        return;
    };
    Db::get().with_store(move |store| {
        spawn_local(async move {
            let _ = store.queue_person_for_team(&id).await;
        })
    });
}

/// Who on the team holds the relationship (a teammate's user name on the team's server),
/// handed over by typing or picking another.
#[component]
fn HeldBy(person: Editable<Person>) -> impl IntoView {
    let me = team_membership::my_name();
    let teammates = RwSignal::new(Vec::<String>::new());
    Db::get().with_store(move |store| {
        spawn_local(async move {
            if let Ok(names) = store.teammates().await {
                teammates.try_set(names);
            }
        })
    });
    let holder = person.text(|p| p.held_by.clone().unwrap_or_default());
    let yours = {
        let me = me.clone();
        move || holder.get().trim() == me.as_deref().unwrap_or_default()
    };
    view! {
        <div class="field">
            <label for="person-held-by">"Relationship held by"</label>
            <input id="person-held-by" type="text" list="person-holders" autocomplete="off"
                autocapitalize="none" spellcheck="false" aria-describedby="person-held-by-help"
                prop:value=move || holder.get()
                on:input=move |event| {
                    let typed = event_target_value(&event);
                    person.edit(|p| p.held_by = Some(typed.trim().to_owned()).filter(|t| !t.is_empty()));
                } />
            <datalist id="person-holders">
                {me.clone().map(|me| view! { <option value=me /> })}
                {move || teammates.get().into_iter().map(|name| view! { <option value=name /> }).collect_view()}
            </datalist>
            <p id="person-held-by-help" class="muted">
                {move || match holder.get().trim() {
                    _ if yours() => "You hold this relationship. To hand it over, type a teammate's user name on the team's server.".to_owned(),
                    "" => "No one on the team holds it yet: type who does.".to_owned(),
                    holder => format!("{holder} holds this relationship."),
                }}
            </p>
        </div>
    }
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
                            let me = team_membership::my_name();
                            person.edit(|p| {
                                p.shared = on;
                                if on && p.held_by.is_none() {
                                    p.held_by = me;
                                }
                            });
                            if on {
                                queue_what_goes_with(person);
                            }
                        } />
                    <span>{format!("Share with {team}")}</span>
                </label>
                <p class="muted">
                    "Their details, one-on-ones and next steps go to your team's server whenever the phone is online, sealed with the team's key. What is marked sensitive stays on this phone."
                </p>
                <Show when=shared>
                    <HeldBy person />
                </Show>
            </section>
        }
    })
}
