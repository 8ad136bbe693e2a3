//! "Referred by": who introduced this person, found by typing a few letters of their name, so
//! the page stays light with thousands of people on the phone (a list of everyone would not;
//! everyone's names are read only once the person starts choosing).

use leptos::prelude::*;

use crate::domain::person::Person;
use crate::domain::text::matches_all_words;
use crate::ui::data::records::use_name_cards;

/// Names shown at once while typing; typing more narrows them.
const SHOWN: usize = 6;

#[component]
pub fn ReferrerPicker(
    /// This person's id, never offered as their own referrer.
    me: Option<String>,
    /// The current referrer's id.
    chosen: Memo<Option<String>>,
    /// The people linked to this one, the current referrer among them; `None` while loading.
    linked: RwSignal<Option<Vec<Person>>>,
    on_choose: Callback<Option<String>>,
) -> impl IntoView {
    // Everyone's name card, read from the first focus or keystroke on.
    let everyone = RwSignal::new(None::<Vec<Person>>);
    let choosing = RwSignal::new(false);
    let name_in = |people: &Option<Vec<Person>>, id: &str| {
        people
            .iter()
            .flatten()
            .find(|p| p.meta.id == id)
            .map(|p| p.name.clone())
    };
    let name_of = move |id: &str| {
        linked
            .with(|linked| name_in(linked, id))
            .or_else(|| everyone.with(|all| name_in(all, id)))
    };
    let chosen_name =
        Memo::new(move |_| chosen.get().and_then(|id| name_of(&id)).unwrap_or_default());
    let typed = RwSignal::new(None::<String>);
    let matches = Memo::new(move |_| {
        let query = typed.get().unwrap_or_default();
        everyone.with(|all| people_matching(all, &query, me.as_deref()))
    });
    let choose = move |id: Option<String>| {
        typed.set(None);
        on_choose.run(id);
    };
    view! {
        <div class="field">
            <label for="person-referred-by">"Referred by"</label>
            <input
                id="person-referred-by"
                type="search"
                autocomplete="off"
                placeholder="Type a name"
                aria-describedby="person-referred-by-hint"
                prop:value=move || typed.get().unwrap_or_else(|| chosen_name.get())
                on:focus=move |_| choosing.set(true)
                on:input=move |event| {
                    choosing.set(true);
                    typed.set(Some(event_target_value(&event)));
                }
            />
            <Show when=move || choosing.get()>
                <ReadEveryone into=everyone />
            </Show>
            <p id="person-referred-by-hint" class="field-hint">
                {move || match chosen_name.get() {
                    name if name.is_empty() => "No one yet. Type a few letters of their name.".to_owned(),
                    name => format!("Referred by {name}."),
                }}
            </p>
            <Show when=move || typed.with(|t| t.as_ref().is_some_and(|t| !t.trim().is_empty())) && everyone.with(Option::is_none)>
                <p class="muted" role="status">"Reading names…"</p>
            </Show>
            <Show when=move || !matches.with(Vec::is_empty)>
                <ul class="choices-list" aria-label="People matching">
                    {move || {
                        matches
                            .get()
                            .into_iter()
                            .map(|(id, name)| {
                                view! {
                                    <li>
                                        <button type="button" class="button secondary" on:click=move |_| choose(Some(id.clone()))>
                                            {name}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            <Show when=move || chosen.get().is_some()>
                <button type="button" class="button secondary" on:click=move |_| choose(None)>
                    "No referrer"
                </button>
            </Show>
        </div>
    }
}

/// The first few people (by id and name) whose name holds every word typed, leaving out
/// `me`; none for nothing typed or while names are read.
pub fn people_matching(
    everyone: &Option<Vec<Person>>,
    typed: &str,
    me: Option<&str>,
) -> Vec<(String, String)> {
    if typed.trim().is_empty() {
        return Vec::new();
    }
    everyone
        .iter()
        .flatten()
        .filter(|p| Some(p.meta.id.as_str()) != me)
        .filter(|p| matches_all_words(typed, &p.name))
        .take(SHOWN)
        .map(|p| (p.meta.id.clone(), p.name.clone()))
        .collect()
}

/// Reads everyone's name card into `into` while it is mounted.
#[component]
pub fn ReadEveryone(into: RwSignal<Option<Vec<Person>>>) -> impl IntoView {
    let cards = use_name_cards();
    Effect::new(move || {
        if let Some(cards) = cards.get() {
            into.set(Some(cards));
        }
    });
}
