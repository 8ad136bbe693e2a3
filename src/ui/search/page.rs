//! Search (`/search?q=`): everything the organizer wrote, found as they type, grouped into
//! people, meetings and follow-ups, narrowed by tag, stage, dates or open follow-ups. The words
//! and filters stay in the address, so a search can be reloaded or bookmarked.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::platform::document::set_title;
use crate::platform::history::replace_address;
use crate::platform::timing::measure;
use crate::ui::components::show_more::PAGE;
use crate::ui::search::context::{Readiness, Search};
use crate::ui::search::filters::SearchFilters;
use crate::ui::search::results::SearchResults;
use crate::ui::search::sought::{stage_from_key, stage_key, Sought};

#[component]
pub fn SearchPage() -> impl IntoView {
    set_title("Search");
    let search = Search::get();
    search.start_now();
    let sought = RwSignal::new(use_query_map().with_untracked(|q| {
        let get = |key: &str| q.get(key).unwrap_or_default();
        Sought {
            words: get("q"),
            tag: get("tag"),
            stage: stage_key(stage_from_key(&get("stage"))),
            from: get("from"),
            to: get("to"),
            open_only: get("open") == "1",
        }
    }));
    let limit = RwSignal::new(PAGE);
    // `autofocus` does nothing on an element added after the page loaded.
    let words_box = NodeRef::<leptos::html::Input>::new();
    Effect::new(move || {
        if let Some(input) = words_box.get() {
            let _ = input.focus();
        }
    });
    Effect::new(move |previous: Option<String>| {
        let address = sought.with(Sought::address);
        if previous.is_some_and(|p| p != address) {
            replace_address(&address);
            limit.set(PAGE);
        }
        address
    });
    let results = Memo::new(move |_| {
        search.version.track();
        let sought = sought.get();
        let limit = limit.get();
        measure("search", || {
            search.with(|index| index.search(&sought.words, &sought.filters(), limit))
        })
    });
    view! {
        <h1>"Search"</h1>
        <form class="search-form" role="search" on:submit=move |event| event.prevent_default()>
            <label for="search-words" class="visually-hidden">"Search everything"</label>
            <input
                id="search-words"
                type="search"
                autocomplete="off"
                enterkeyhint="search"
                placeholder="Names, notes, sparks, asks…"
                node_ref=words_box
                prop:value=move || sought.with(|a| a.words.clone())
                on:input=move |event| sought.update(|a| a.words = event_target_value(&event))
            />
        </form>
        <SearchFilters sought=sought />
        {move || {
            let progress = match search.readiness.get() {
                Readiness::Ready => return None,
                Readiness::Unavailable => return Some(view! {
                    <p class="banner" role="alert">"Search could not be loaded just now. Reload the app to try again."</p>
                }),
                Readiness::Waiting | Readiness::Building { total: 0, .. } => String::new(),
                Readiness::Building { done, total } => format!(" {done} of {total}"),
            };
            Some(view! { <p class="muted" role="status">{format!("Getting your notes ready…{progress}")}</p> })
        }}
        <SearchResults results=results limit=limit page=PAGE />
    }
}
