//! Add a person (`/people/new`): just a name to start, the rest on their page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::domain::person::Person;
use crate::platform::document::set_title;
use crate::platform::ids::{new_id, now_ms};
use crate::ui::data::store_context::Db;

#[component]
pub fn PersonNew() -> impl IntoView {
    set_title("Add person");
    let db = Db::get();
    let name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let navigate = use_navigate();
    let adding = StoredValue::new(false);
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = name.get_untracked().trim().to_owned();
        if typed.is_empty() {
            problem.set(Some("Type a name (a first name is enough)."));
            return;
        }
        // One person per tap, even tapped twice while storage is still opening (a cold start
        // on this screen), which it waits for.
        if adding.get_value() {
            return;
        }
        adding.set_value(true);
        let person = Person::new(new_id(), typed, now_ms());
        let navigate = navigate.clone();
        db.with_store(move |store| {
            spawn_local(async move {
                match store.save(&person).await {
                    Ok(_) => {
                        db.report(Ok(()));
                        navigate(&format!("/people/{}", person.meta.id), Default::default());
                    }
                    Err(error) => db.report(Err(error)),
                }
                adding.set_value(false);
            });
        });
    };
    view! {
        <h1>"Add person"</h1>
        <form on:submit=add novalidate>
            <div class="field">
                <label for="new-person-name">"Name"</label>
                <input
                    id="new-person-name"
                    type="text"
                    autocomplete="off"
                    aria-describedby="new-person-problem"
                    prop:value=move || name.get()
                    on:input=move |event| {
                        problem.set(None);
                        name.set(event_target_value(&event));
                    }
                />
                <p id="new-person-problem" class="problem" role="alert">
                    {move || problem.get()}
                </p>
            </div>
            <button type="submit" class="button">
                "Add"
            </button>
        </form>
    }
}
