//! Search (`/search?q=`): everything the organizer wrote, found as they type, grouped into
//! people, meetings and follow-ups, narrowed by tag, stage, dates or open follow-ups. The words
//! and filters stay in the address, so a search can be reloaded or bookmarked.

use chrono::Local;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::search_context::{Readiness, Search};
use super::search_filters::{stage_from_key, stage_key, SearchFilters};
use super::search_results::SearchResults;
use crate::domain::links::encode_component;
use crate::domain::search::Filters;
use crate::domain::when::{day_end, day_start};
use crate::platform::document::set_title;
use crate::platform::history::replace_address;
use crate::platform::timing::measure;

/// What is being searched for, as it appears in the form and the address.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sought {
    pub words: String,
    pub tag: String,
    /// A stage key ("not-yet-met"), or empty.
    pub stage: String,
    /// `date` input values, or empty.
    pub from: String,
    pub to: String,
    pub open_only: bool,
}

impl Sought {
    fn filters(&self) -> Filters {
        Filters {
            tag: Some(self.tag.clone()).filter(|t| !t.is_empty()),
            stage: stage_from_key(&self.stage),
            from: day_start(&self.from, &Local),
            until: day_end(&self.to, &Local),
            open_only: self.open_only,
        }
    }

    /// "/search?q=child&tag=Healthcare", leaving out what is empty.
    fn address(&self) -> String {
        let pairs = [
            ("q", self.words.as_str()),
            ("tag", &self.tag),
            ("stage", &self.stage),
            ("from", &self.from),
            ("to", &self.to),
            ("open", if self.open_only { "1" } else { "" }),
        ];
        let query: Vec<String> = pairs
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(key, value)| format!("{key}={}", encode_component(value)))
            .collect();
        if query.is_empty() {
            "/search".to_owned()
        } else {
            format!("/search?{}", query.join("&"))
        }
    }
}

/// Results shown at first in each group; "Show more" adds as many again.
const PAGE: usize = 10;

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
                Readiness::Waiting | Readiness::Building { total: 0, .. } => String::new(),
                Readiness::Building { done, total } => format!(" {done} of {total}"),
            };
            Some(view! { <p class="muted" role="status">{format!("Getting your notes ready…{progress}")}</p> })
        }}
        <SearchResults results=results limit=limit page=PAGE />
    }
}
