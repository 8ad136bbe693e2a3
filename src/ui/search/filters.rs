//! The filters of the search screen: a person's tag and stage, a date range, open follow-ups.

use leptos::prelude::*;

use crate::domain::person::Stage;
use crate::ui::search::context::Search;
use crate::ui::search::sought::{stage_key, Sought};

#[component]
pub fn SearchFilters(sought: RwSignal<Sought>) -> impl IntoView {
    let search = Search::get();
    let tags = Memo::new(move |_| {
        search.version.track();
        search.with(|index| index.tags())
    });
    let active = move || {
        sought.with(|s| {
            [
                !s.tag.is_empty(),
                !s.stage.is_empty(),
                !s.from.is_empty(),
                !s.to.is_empty(),
                s.open_only,
            ]
            .into_iter()
            .filter(|on| *on)
            .count()
        })
    };
    let opened = sought.with_untracked(|_| active() > 0);
    view! {
        <details class="search-filters" open=opened>
            <summary>
                {move || match active() {
                    0 => "Filters".to_owned(),
                    n => format!("Filters ({n})"),
                }}
            </summary>
            <div class="filters">
                <div class="field">
                    <label for="search-tag">"Tag"</label>
                    <select
                        id="search-tag"
                        prop:value=move || sought.with(|s| s.tag.clone())
                        on:change=move |event| sought.update(|s| s.tag = event_target_value(&event))
                    >
                        <option value="">"Any tag"</option>
                        {move || {
                            let chosen = sought.with_untracked(|s| s.tag.clone());
                            tags.get()
                                .into_iter()
                                .map(|t| view! { <option value=t.clone() selected=t == chosen>{t.clone()}</option> })
                                .collect_view()
                        }}
                    </select>
                </div>
                <div class="field">
                    <label for="search-stage">"Stage"</label>
                    <select
                        id="search-stage"
                        prop:value=move || sought.with(|s| s.stage.clone())
                        on:change=move |event| sought.update(|s| s.stage = event_target_value(&event))
                    >
                        <option value="">"Any stage"</option>
                        {Stage::ALL
                            .into_iter()
                            .map(|s| {
                                let key = stage_key(Some(s));
                                let chosen = sought.with_untracked(|sought| sought.stage == key);
                                view! { <option value=key selected=chosen>{s.label()}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            </div>
            <div class="filters">
                <DateFilter id="search-from" label="From" sought=sought get=|s| s.from.clone() set=|s, day| s.from = day />
                <DateFilter id="search-to" label="To" sought=sought get=|s| s.to.clone() set=|s, day| s.to = day />
            </div>
            <label class="choice">
                <input
                    type="checkbox"
                    prop:checked=move || sought.with(|s| s.open_only)
                    on:change=move |event| sought.update(|s| s.open_only = event_target_checked(&event))
                />
                "Open follow-ups only"
            </label>
        </details>
    }
}

/// One end of the date range, read from and written to `sought` by `get` and `set`.
#[component]
fn DateFilter(
    id: &'static str,
    label: &'static str,
    sought: RwSignal<Sought>,
    get: fn(&Sought) -> String,
    set: fn(&mut Sought, String),
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="date"
                prop:value=move || sought.with(get)
                on:change=move |event| sought.update(|s| set(s, event_target_value(&event)))
            />
        </div>
    }
}
