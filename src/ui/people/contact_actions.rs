//! Call, Text and Email on a person's page: links that hand the person's number or address to
//! the phone's own apps, each shown only when the detail it needs is there.

use leptos::prelude::*;

use crate::domain::links::{mailto, sms, tel};
use crate::domain::person::Person;
use crate::ui::data::editable::Editable;

#[component]
pub fn ContactActions(person: Editable<Person>) -> impl IntoView {
    let phone = Memo::new(move |_| {
        person
            .record
            .with(|p| p.as_ref().map(|p| p.phone.trim().to_owned()))
            .unwrap_or_default()
    });
    let email = Memo::new(move |_| {
        person
            .record
            .with(|p| p.as_ref().map(|p| p.email.trim().to_owned()))
            .unwrap_or_default()
    });
    let has_phone = move || phone.with(|p| p.chars().any(|c| c.is_ascii_digit()));
    let has_email = move || email.with(|e| e.contains('@'));
    view! {
        <Show when=move || has_phone() || has_email()>
            <div class="actions contact-actions">
                <Show when=has_phone>
                    <a class="button secondary" href=move || phone.with(|p| tel(p))>"Call"</a>
                    <a class="button secondary" href=move || phone.with(|p| sms(p, ""))>"Text"</a>
                </Show>
                <Show when=has_email>
                    <a class="button secondary" href=move || email.with(|e| mailto(e, "", ""))>"Email"</a>
                </Show>
            </div>
        </Show>
    }
}
