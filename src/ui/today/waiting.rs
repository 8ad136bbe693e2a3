//! Today's list of people waiting for a first one-on-one: everyone with no meeting held or
//! planned, the ones referred to you first.

use std::collections::HashSet;

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::record::Record;
use crate::domain::story::waiting_among;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::show_more::{ShowMore, PAGE};
use crate::ui::data::query::use_query;
use crate::ui::data::records::use_name_cards;

#[component]
pub fn Waiting() -> impl IntoView {
    let waiting_shown = RwSignal::new(PAGE);
    // Names, and who referred whom, are all it needs of people.
    let people = use_name_cards();
    // The ids of people with a one-on-one held or planned, from two fields of each meeting.
    let met_or_planned = use_query(&[Meeting::STORE], |store| async move {
        store.people_met_or_planned().await
    });
    let waiting = Memo::new(move |_| {
        met_or_planned.with(|met| {
            let met: HashSet<&str> = met.as_ref()?.iter().map(String::as_str).collect();
            people.with(|p| p.as_deref().map(|p| waiting_among(p, &met)))
        })
    });
    view! {
        {move || match waiting.get() {
            None => view! { <p class="muted">"Loading…"</p> }.into_any(),
            Some(list) if list.is_empty() => view! {
                <EmptyState
                    title="No one waiting"
                    hint="People referred to you, and people you have not met yet, are listed here."
                />
            }.into_any(),
            Some(list) => view! {
                <ul class="cards" aria-label="Waiting for a first one-on-one">
                    {list.iter().take(waiting_shown.get()).map(|person| {
                        let detail = if person.referred_by.is_some() { "Referred to you" } else { "Not met yet" };
                        view! {
                            <li>
                                <a href=format!("/people/{}", person.meta.id) class="card">
                                    <span class="card-title">{person.name.clone()}</span>
                                    <span class="card-detail">{detail}</span>
                                </a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <ShowMore noun="people" left=list.len().saturating_sub(waiting_shown.get()) shown=waiting_shown page=PAGE />
            }.into_any(),
        }}
    }
}
