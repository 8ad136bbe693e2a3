//! A person's page, "Save to contacts": their card (name, phone, email, organization) as a
//! .vcf file handed to the share sheet or saved, which the phone's contacts app opens.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::contact_card::export::{file_name, vcards};
use crate::domain::person::Person;
use crate::platform::share::{share_or_download, Delivered};
use crate::ui::data::editable::Editable;

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
            let delivered = share_or_download(&name, "text/vcard", &card).await;
            outcome.try_set(match delivered {
                Ok(Delivered::Shared) => "Sent to your contacts.".to_owned(),
                Ok(Delivered::Downloaded) => {
                    format!("Saved {name}. Open it to add them to your contacts.")
                }
                Ok(Delivered::Cancelled) => String::new(),
                Err(problem) => problem,
            });
        });
    };
    view! {
        <Show when=reachable>
            <button type="button" class="button secondary" on:click=save>"Save to contacts"</button>
            <p class="outcome" role="status">{move || outcome.get()}</p>
        </Show>
    }
}
