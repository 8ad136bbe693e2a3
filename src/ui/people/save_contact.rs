//! "Save to contacts": a person's card (name, phone, email, organization) as a .vcf file
//! handed to the share sheet or saved, which the phone's contacts app opens; on their page
//! for them, under the People list for everyone it shows (a tag, a stage, a search).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::contact_card::export::{file_name, vcards};
use crate::domain::person::Person;
use crate::ui::components::hand_over::deliver;
use crate::ui::data::editable::Editable;
use crate::ui::data::store_context::Db;

#[component]
pub fn SaveContact(person: Editable<Person>) -> impl IntoView {
    let outcome = RwSignal::new(String::new());
    let reachable = move || {
        person.record.with(|p| {
            p.as_ref()
                .is_some_and(|p| !p.phone.trim().is_empty() || !p.email.trim().is_empty())
        })
    };
    let save = move |_| {
        let Some(them) = person.record.get_untracked() else {
            return;
        };
        let name = file_name(&them.name);
        let card = vcards([&them]);
        spawn_local(async move {
            let saved = format!("Saved {name}. Open it to add them to your contacts.");
            let said = deliver(
                &name,
                "text/vcard",
                &card,
                "Sent to your contacts.".to_owned(),
                saved,
            );
            outcome.try_set(said.await);
        });
    };
    view! {
        <Show when=reachable>
            <button type="button" class="button secondary" on:click=save>"Save to contacts"</button>
            <p class="outcome" role="status">{move || outcome.get()}</p>
        </Show>
    }
}

/// Everyone the People list shows (`count` of them, `ids` in its order) as one .vcf file.
#[component]
pub fn SaveListed(count: Signal<usize>, ids: Callback<(), Vec<String>>) -> impl IntoView {
    let db = Db::get();
    let outcome = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let save = move |_| {
        let ids = ids.run(());
        busy.set(true);
        db.with_store(move |store| {
            spawn_local(async move {
                let said = match store.people_of(&ids).await {
                    Ok(people) => {
                        let name = "contacts.vcf";
                        let cards = vcards(&people);
                        let who = how_many(people.len());
                        let sent = format!("Sent {who} to your contacts.");
                        let saved =
                            format!("Saved {who} in {name}. Open it to add them to your contacts.");
                        deliver(name, "text/vcard", &cards, sent, saved).await
                    }
                    Err(error) => error.to_string(),
                };
                outcome.try_set(said);
                busy.try_set(false);
            });
        });
    };
    view! {
        <button type="button" class="button secondary" prop:disabled=move || busy.get() on:click=save>
            {move || format!("Save {} to contacts", how_many(count.get()))}
        </button>
        <p class="outcome" role="status">{move || outcome.get()}</p>
    }
}

/// "1 person", "12 people".
fn how_many(n: usize) -> String {
    if n == 1 {
        "1 person".to_owned()
    } else {
        format!("{n} people")
    }
}
