//! A comma-separated list field of a person (organizations, tags, skills), autosaved.

use leptos::prelude::*;

use crate::domain::person::Person;
use crate::domain::text::items;
use crate::ui::components::text_field::TextField;
use crate::ui::data::editable::Editable;

/// "a, b , c" as a list; empty parts dropped.
fn split_list(text: &str) -> Vec<String> {
    items(text, &[','])
}

/// A comma-separated list field. It shows the text as typed while that text still means the
/// stored list (so "Local 12," keeps its comma while a second entry is typed), and the stored
/// list when it changed elsewhere.
#[component]
pub fn ListField(
    label: &'static str,
    id: &'static str,
    person: Editable<Person>,
    read: fn(&Person) -> &Vec<String>,
    write: fn(&mut Person, Vec<String>),
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let value = Signal::derive(move || {
        let stored = person
            .record
            .with(|p| p.as_ref().map(|p| read(p).clone()).unwrap_or_default());
        let typed = typed.get();
        if split_list(&typed) == stored {
            typed
        } else {
            stored.join(", ")
        }
    });
    let on_input = Callback::new(move |text: String| {
        let list = split_list(&text);
        typed.set(text);
        person.edit(|p| write(p, list));
    });
    view! { <TextField label=label id=id value=value on_input=on_input /> }
}
