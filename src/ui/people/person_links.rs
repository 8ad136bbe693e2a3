//! "Linked to": the people the organizer links this person to by hand (knows, works with,
//! family, or a word of their own), drawn on the relationship map; added by typing a few
//! letters of a name, removed with a tap.

use leptos::prelude::*;

use crate::domain::person::Person;
use crate::domain::person_link::{link_word, PersonLink, LINK_WORDS};
use crate::store::new_item_id;
use crate::ui::data::editable::Editable;
use crate::ui::data::records::use_names_of;
use crate::ui::people::referrer_picker::{people_matching, ReadEveryone};

#[component]
pub fn PersonLinks(person: Editable<Person>) -> impl IntoView {
    let me = person
        .record
        .with_untracked(|p| p.as_ref().map(|p| p.meta.id.clone()));
    let links = Memo::new(move |_| {
        person
            .record
            .with(|p| p.as_ref().map(|p| p.links.clone()).unwrap_or_default())
    });
    let names = use_names_of(Memo::new(move |_| {
        links.with(|links| links.iter().map(|l| l.to.clone()).collect())
    }));
    let everyone = RwSignal::new(None::<Vec<Person>>);
    let choosing = RwSignal::new(false);
    let typed = RwSignal::new(String::new());
    let word = RwSignal::new(LINK_WORDS[0].to_owned());
    let matches = Memo::new(move |_| {
        let typed = typed.get();
        everyone.with(|all| people_matching(all, &typed, me.as_deref()))
    });
    let add = move |to: String| {
        let id = person
            .record
            .with_untracked(|p| p.as_ref().map(new_item_id))
            .unwrap_or_default();
        let word = link_word(&word.get_untracked());
        person.edit(|p| {
            if !p.links.iter().any(|l| l.to == to && l.word == word) {
                p.links.push(PersonLink { id, to, word });
            }
        });
        typed.set(String::new());
    };
    view! {
        <div class="field">
            <h3 id="person-links-heading">"Linked to"</h3>
            {move || {
                let links = links.get();
                if links.is_empty() {
                    view! { <p class="muted">"No one yet: link people who know each other, work together or are family, and the map draws it."</p> }.into_any()
                } else {
                    view! {
                        <ul class="person-links" aria-labelledby="person-links-heading">
                            {links.into_iter().map(|link| {
                                let name = names.with(|n| match n {
                                    None => "…".to_owned(),
                                    Some(n) => n.get(&link.to).cloned().unwrap_or_else(|| "Someone not on this phone".to_owned()),
                                });
                                let id = link.id.clone();
                                let label = format!("Remove the link to {name}");
                                view! {
                                    <li>
                                        <span><a href=format!("/people/{}", link.to)>{name}</a>{format!(" · {}", link.word)}</span>
                                        <button type="button" class="button secondary" aria-label=label
                                            on:click=move |_| person.edit(|p| p.links.retain(|l| l.id != id))>"Remove"</button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <label for="person-link-word">"How they are linked"</label>
            <input id="person-link-word" type="text" list="person-link-words" autocomplete="off"
                prop:value=move || word.get()
                on:input=move |event| word.set(event_target_value(&event)) />
            <datalist id="person-link-words">
                {LINK_WORDS.map(|w| view! { <option value=w /> }).collect_view()}
            </datalist>
            <label for="person-link-to">"Link to"</label>
            <input id="person-link-to" type="search" autocomplete="off" placeholder="Type a name"
                prop:value=move || typed.get()
                on:focus=move |_| choosing.set(true)
                on:input=move |event| {
                    choosing.set(true);
                    typed.set(event_target_value(&event));
                } />
            <Show when=move || choosing.get()>
                <ReadEveryone into=everyone />
            </Show>
            <Show when=move || !matches.with(Vec::is_empty)>
                <ul class="choices-list" aria-label="People to link to">
                    {move || matches.get().into_iter().map(|(id, name)| view! {
                        <li>
                            <button type="button" class="button secondary" on:click=move |_| add(id.clone())>{name}</button>
                        </li>
                    }).collect_view()}
                </ul>
            </Show>
        </div>
    }
}
