//! People (`/people`): everyone you organize with, searchable as you type and filterable by
//! tag and stage, most recent contact first.

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::person::{Person, Stage};
use crate::domain::story::{last_contacts, stages};
use crate::domain::text::matches_all_words;
use crate::platform::document::set_title;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::data::records::{use_all, use_open_steps};

#[component]
pub fn People() -> impl IntoView {
    set_title("People");
    let people = use_all::<Person>();
    let meetings = use_all::<Meeting>();
    let steps = use_open_steps();
    let stage_by_id = Memo::new(move |_| {
        let (meetings, steps) = (
            meetings.get().unwrap_or_default(),
            steps.get().unwrap_or_default(),
        );
        people.with(|p| stages(p.as_deref().unwrap_or_default(), &meetings, &steps))
    });
    let contact_by_id = Memo::new(move |_| {
        let meetings = meetings.get().unwrap_or_default();
        people.with(|p| last_contacts(p.as_deref().unwrap_or_default(), &meetings))
    });
    let stage_of = move |person: &Person| {
        stage_by_id
            .with(|s| s.get(&person.meta.id).copied())
            .unwrap_or(Stage::NotYetMet)
    };
    let query = RwSignal::new(String::new());
    let tag = RwSignal::new(String::new());
    let stage = RwSignal::new(String::new());

    let all_tags = Memo::new(move |_| {
        let mut tags: Vec<String> =
            people.with(|p| p.iter().flatten().flat_map(|p| p.tags.clone()).collect());
        tags.sort_by_key(|t| t.to_lowercase());
        tags.dedup();
        tags
    });
    let shown = Memo::new(move |_| {
        let query = query.get();
        let tag = tag.get();
        let stage = stage.get();
        let mut found: Vec<Person> = people.with(|all| {
            all.iter()
                .flatten()
                .filter(|p| matches_all_words(&query, &p.search_text()))
                .filter(|p| tag.is_empty() || p.tags.contains(&tag))
                .filter(|p| stage.is_empty() || stage_of(p).label() == stage)
                .cloned()
                .collect()
        });
        contact_by_id.with(|last| {
            found.sort_by_key(|p| std::cmp::Reverse(last.get(&p.meta.id).copied().unwrap_or(0)))
        });
        found
    });

    view! {
        <div class="page-head">
            <h1>"People"</h1>
            <a href="/people/new" class="button">
                "Add person"
            </a>
        </div>
        <div class="field">
            <label for="people-search">"Search people"</label>
            <input
                id="people-search"
                type="search"
                autocomplete="off"
                prop:value=move || query.get()
                on:input=move |event| query.set(event_target_value(&event))
            />
        </div>
        <div class="filters">
            <div class="field">
                <label for="people-tag">"Tag"</label>
                <select id="people-tag" on:change=move |event| tag.set(event_target_value(&event))>
                    <option value="">"Any tag"</option>
                    {move || {
                        all_tags
                            .get()
                            .into_iter()
                            .map(|t| view! { <option value=t.clone()>{t.clone()}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="people-stage">"Stage"</label>
                <select id="people-stage" on:change=move |event| stage.set(event_target_value(&event))>
                    <option value="">"Any stage"</option>
                    {Stage::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.label()>{s.label()}</option> })
                        .collect_view()}
                </select>
            </div>
        </div>
        {move || match people.get() {
            None => view! { <p class="muted">"Loading…"</p> }.into_any(),
            Some(all) if all.is_empty() => {
                view! {
                    <EmptyState
                        title="No people yet"
                        hint="Add the people you meet, and the people they refer you to."
                    />
                }
                    .into_any()
            }
            Some(_) if shown.with(Vec::is_empty) => {
                view! { <EmptyState title="No one matches" hint="Try fewer or shorter words." /> }
                    .into_any()
            }
            Some(_) => {
                view! {
                    <ul class="cards" aria-label="People">
                        <For each=move || shown.get() key=move |p| (p.meta.id.clone(), p.meta.updated_at, stage_of(p)) let:person>
                            <li>
                                <a href=format!("/people/{}", person.meta.id) class="card">
                                    <span class="card-title">{person.name.clone()}</span>
                                    <span class="card-detail">
                                        {[stage_of(&person).label().to_owned(), person.organizations.join(", ")]
                                            .into_iter()
                                            .filter(|s| !s.is_empty())
                                            .collect::<Vec<_>>()
                                            .join(" · ")}
                                    </span>
                                </a>
                            </li>
                        </For>
                    </ul>
                }
                    .into_any()
            }
        }}
    }
}
