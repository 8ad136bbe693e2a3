//! Search results: a group per kind, each result leading to its record, with the words that
//! matched shown in their context.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::search::{Group, Hit, Kind, Results, Snippet};
use crate::domain::when::describe_day;
use crate::platform::ids::now_ms;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::show_more::ShowMore;
use crate::ui::search::context::Search;

fn heading(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "People",
        Kind::Meeting => "Meetings",
        Kind::FollowUp => "Follow-ups",
    }
}

/// The same, as "Show more …" says it.
fn plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "people",
        Kind::Meeting => "meetings",
        Kind::FollowUp => "follow-ups",
    }
}

/// Where a result leads: the person, the meeting, or (for a follow-up) the person's story.
fn address(hit: &Hit) -> String {
    match hit.kind {
        Kind::Person | Kind::FollowUp => format!("/people/{}", hit.person_id),
        Kind::Meeting => format!("/meetings/{}", hit.id),
    }
}

/// The title and the line under it.
fn describe(hit: &Hit, person_name: &str) -> (String, String) {
    let day = describe_day(hit.when, now_ms(), &Local);
    match hit.kind {
        Kind::Person => (hit.title.clone(), String::new()),
        Kind::Meeting => {
            let title = format!("One-on-one with {person_name}");
            let purpose = if hit.title.trim().is_empty() {
                String::new()
            } else {
                format!(" · {}", hit.title)
            };
            (title, format!("{day}{purpose}"))
        }
        Kind::FollowUp => {
            let state = if hit.open {
                format!("due {day}")
            } else {
                "done".to_owned()
            };
            (hit.title.clone(), format!("{person_name} · {state}"))
        }
    }
}

#[component]
pub fn SearchResults(results: Memo<Results>, limit: RwSignal<usize>, page: usize) -> impl IntoView {
    view! {
        <div aria-live="polite" class="search-count">
            {move || match results.with(Results::total) {
                0 => String::new(),
                1 => "1 result".to_owned(),
                n => format!("{n} results"),
            }}
        </div>
        {move || {
            let found = results.get();
            if found.groups.is_empty() {
                return view! {
                    <EmptyState
                        title="Nothing found yet"
                        hint="Type a name, a word from your notes, a tag or an organization. The start of a word is enough."
                    />
                }
                    .into_any();
            }
            found
                .groups
                .into_iter()
                .map(|group| view! { <ResultGroup group=group limit=limit page=page /> })
                .collect_view()
                .into_any()
        }}
    }
}

#[component]
fn ResultGroup(group: Group, limit: RwSignal<usize>, page: usize) -> impl IntoView {
    let search = Search::get();
    let name_of = move |person_id: &str| {
        search
            .with(|index| index.get(Kind::Person, person_id).map(|p| p.title.clone()))
            .unwrap_or_default()
    };
    let title = heading(group.kind);
    let more = group.total - group.hits.len();
    let items = group
        .hits
        .into_iter()
        .map(|hit| {
            let (title, detail) = describe(&hit, &name_of(&hit.person_id));
            let href = address(&hit);
            view! {
                <li>
                    <a href=href class="card">
                        <span class="card-title">{title}</span>
                        {(!detail.is_empty()).then(|| view! { <span class="card-detail">{detail}</span> })}
                        {hit.snippet.map(|snippet| view! { <SnippetLine snippet=snippet /> })}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="search-group">
            <h2>{format!("{title} ({})", group.total)}</h2>
            <ul class="cards" aria-label=title>
                {items}
            </ul>
            <ShowMore noun=plural(group.kind) left=more shown=limit page=page />
        </section>
    }
}

/// "Notes: …her kids go to the *child*care co-op…", the matches marked.
#[component]
fn SnippetLine(snippet: Snippet) -> impl IntoView {
    let parts = snippet
        .parts
        .into_iter()
        .map(|part| {
            if part.matched {
                view! { <mark>{part.text}</mark> }.into_any()
            } else {
                part.text.into_any()
            }
        })
        .collect_view();
    view! {
        <span class="snippet">
            <span class="snippet-label">{format!("{}: ", snippet.label)}</span>
            {parts}
        </span>
    }
}
