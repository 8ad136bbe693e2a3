//! People (`/people`): everyone you organize with, most recent contact first, ten at a time,
//! searchable as you type and filterable by tag and stage, and whoever it shows saved to the
//! phone's contacts in one file. It reads a small card per person and the facts that set
//! their stage, never every meeting: at ten thousand people it opens about as fast as Today.

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::people_list::{rows, tag_options, PersonCard, Row};
use crate::domain::person::{Person, Stage};
use crate::domain::record::Record;
use crate::domain::text::{fold, matches_all_folded, matches_all_words};
use crate::platform::document::set_title;
use crate::store::Change;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::show_more::{ShowMore, PAGE};
use crate::ui::data::query::{patch_by, use_list, use_query, use_query_with, Fold, OnChange};
use crate::ui::people::save_contact::SaveListed;

#[component]
pub fn People() -> impl IntoView {
    set_title("People");
    let cards = use_list(
        Person::STORE,
        |store| async move { store.people_cards().await },
        |store, id| async move { store.person_card(&id).await },
        |card: &PersonCard| card.id.as_str(),
    );
    let facts = use_query(&[Meeting::STORE, NextStep::STORE], |store| async move {
        store.people_facts().await
    });
    let listed = Memo::new(move |_| {
        cards.with(|cards| facts.with(|facts| Some(rows(cards.as_ref()?, facts.as_ref()?))))
    });
    let query = RwSignal::new(String::new());
    let tag = RwSignal::new(String::new());
    let stage = RwSignal::new(String::new());
    // Once the person searches, their notes are searched too (read once, then kept fresh).
    let searched = Memo::new(move |was: Option<&bool>| {
        was.copied().unwrap_or(false) || !query.with(|q| q.trim().is_empty())
    });
    let texts = use_search_texts(searched);
    let all_tags =
        Memo::new(move |_| cards.with(|c| tag_options(c.as_deref().unwrap_or_default())));
    // Which rows match, by their place on the list (cheap to keep and compare at any size).
    let shown = Memo::new(move |_| {
        let (query, tag, stage) = (query.get(), fold(&tag.get()), stage.get());
        listed.with(|rows| {
            texts.with(|texts| {
                let matches = |row: &Row| match texts {
                    _ if query.trim().is_empty() => true,
                    Some(texts) => texts
                        .binary_search_by(|(id, _)| id.as_str().cmp(&row.card.id))
                        .is_ok_and(|at| matches_all_folded(&query, &texts[at].1)),
                    // Until their notes are read, what the cards hold.
                    None => matches_all_words(&query, &row.card.search_text()),
                };
                rows.as_ref().map(|rows| {
                    (0..rows.len())
                        .filter(|&at| {
                            let row = &rows[at];
                            matches(row)
                                && (tag.is_empty() || row.card.has_folded_tag(&tag))
                                && (stage.is_empty() || row.stage.label() == stage)
                        })
                        .collect::<Vec<usize>>()
                })
            })
        })
    });
    // A new search or filter starts from the top again.
    let limit = RwSignal::new(PAGE);
    Effect::new(move |previous: Option<()>| {
        query.track();
        tag.track();
        stage.track();
        if previous.is_some() {
            limit.set(PAGE);
        }
    });
    // Everyone shown (not only the first page), for "Save … to contacts": read when tapped.
    let shown_count =
        Signal::derive(move || shown.with(|found| found.as_ref().map_or(0, Vec::len)));
    let shown_ids = Callback::new(move |()| {
        let found = shown.get_untracked().unwrap_or_default();
        listed.with_untracked(|rows| {
            let rows = rows.as_deref().unwrap_or_default();
            found
                .iter()
                .filter_map(|&at| rows.get(at))
                .map(|row| row.card.id.clone())
                .collect()
        })
    });
    let reading_notes = move || !query.with(|q| q.trim().is_empty()) && texts.with(Option::is_none);

    view! {
        <div class="page-head">
            <h1>"People"</h1>
            <a href="/people/new" class="button">
                "Add person"
            </a>
        </div>
        <p><a href="/map">"See the map of who knows whom"</a></p>
        <p><a href="/people/import">"Bring people in from contacts or a spreadsheet"</a></p>
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
        <p class="muted" role="status">
            {move || reading_notes().then_some("Looking through their notes too…")}
        </p>
        {move || match shown.get() {
            None => view! { <p class="muted">"Loading…"</p> }.into_any(),
            Some(_) if cards.with(|c| c.as_ref().is_some_and(Vec::is_empty)) => {
                view! {
                    <EmptyState
                        title="No people yet"
                        hint="Add the people you meet, and the people they refer you to."
                    />
                }
                    .into_any()
            }
            Some(found) if found.is_empty() => {
                view! { <EmptyState title="No one matches" hint="Try fewer or shorter words." /> }
                    .into_any()
            }
            Some(found) => {
                let left = found.len().saturating_sub(limit.get());
                let first: Vec<Row> = listed.with(|rows| {
                    let rows = rows.as_deref().unwrap_or_default();
                    found.iter().take(limit.get()).filter_map(|&at| rows.get(at).cloned()).collect()
                });
                view! {
                    <ul class="cards" aria-label="People">
                        {first.into_iter().map(|row| view! { <PersonCardItem row=row /> }).collect_view()}
                    </ul>
                    <ShowMore noun="people" left=left shown=limit page=PAGE />
                    <SaveListed count=shown_count ids=shown_ids />
                }
                    .into_any()
            }
        }}
    }
}

/// One person on the list: name, stage and organizations, linking to their page.
#[component]
fn PersonCardItem(row: Row) -> impl IntoView {
    let detail = [
        row.stage.label().to_owned(),
        row.card.organizations.join(", "),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <li>
            <a href=format!("/people/{}", row.card.id) class="card">
                <span class="card-title">{row.card.name}</span>
                <span class="card-detail">{detail}</span>
            </a>
        </li>
    }
}

/// Everyone's whole search text (notes included), folded, in id order, read once `wanted`
/// turns true (the person typed a search) and kept up to date from then on; `None` until then.
fn use_search_texts(wanted: Memo<bool>) -> Signal<Option<Vec<(String, String)>>> {
    let folded = |(id, text): (String, String)| (id, fold(&text));
    let texts = use_query_with(
        move |store| {
            let wanted = wanted.get();
            async move {
                if !wanted {
                    return Ok(None);
                }
                let texts = store.people_search_texts().await?;
                Ok(Some(texts.into_iter().map(folded).collect::<Vec<_>>()))
            }
        },
        move |store, change| match change {
            Change::One { store: changed, id } if *changed == Person::STORE => {
                let (store, id) = (store.clone(), id.clone());
                let patched = id.clone();
                OnChange::Patch {
                    id,
                    read: Box::pin(async move {
                        let found = store.person_search_text(&patched).await?.map(folded);
                        let apply: Fold<Option<Vec<(String, String)>>> = Box::new(move |texts| {
                            if let Some(texts) = texts {
                                patch_by(texts, &patched, found, |(id, _)| id.as_str());
                            }
                        });
                        Ok(apply)
                    }),
                }
            }
            Change::All { store: changed } if *changed == Person::STORE => OnChange::Reload,
            _ => OnChange::Ignore,
        },
    );
    Signal::derive(move || texts.get().flatten())
}
