//! A person's page, "Hand on a summary": their story as plain text for a teammate who does
//! not use the app, shown to read (and edit) first, then shared or copied; nothing marked
//! sensitive in it, and their phone and email only when ticked.

use chrono::Local;
use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::hand_on::{summary, HandOn};
use crate::domain::person::Person;
use crate::domain::story::Story;
use crate::platform::share::can_share;
use crate::ui::components::hand_over::{copy, share};
use crate::ui::data::editable::Editable;
use crate::ui::data::records::use_profile;

#[component]
pub fn HandOnSummary(person: Editable<Person>, told: Memo<Option<Story>>) -> impl IntoView {
    let profile = use_profile();
    let open = RwSignal::new(false);
    let contact = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    let outcome = RwSignal::new(String::new());
    let field = NodeRef::<Textarea>::new();
    // Written afresh when opened or when the contact box is ticked; edits stay until then.
    let write = move || {
        let (Some(person), Some(told), Some(profile)) = (
            person.record.get_untracked(),
            told.get_untracked(),
            profile.get_untracked(),
        ) else {
            return;
        };
        let with = HandOn {
            contact: contact.get_untracked(),
        };
        text.set(summary(&person, &told, &profile, &Local, with));
    };
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        outcome.set(String::new());
        if open.get_untracked() {
            write();
        }
    };
    let on_share = move |_| {
        spawn_local(async move {
            let (said, _) = share("About someone", &text.get_untracked()).await;
            outcome.try_set(said);
        });
    };
    let on_copy = move |_| {
        spawn_local(async move {
            let said = copy(&text.get_untracked(), field.get_untracked()).await;
            outcome.try_set(said);
        });
    };
    view! {
        <button type="button" class="button secondary" aria-expanded=move || open.get().to_string()
            aria-controls="hand-on" on:click=toggle>"Hand on a summary"</button>
        <div id="hand-on" class="hand-on" hidden=move || !open.get()>
            <p class="muted">"For a teammate who does not use the app. Nothing you marked sensitive is in it, nor your notes."</p>
            <label class="choice">
                <input type="checkbox" prop:checked=move || contact.get()
                    on:change=move |event| { contact.set(event_target_checked(&event)); write(); } />
                <span>"Include their phone and email"</span>
            </label>
            <div class="field">
                <label for="hand-on-text">"Summary"</label>
                <textarea id="hand-on-text" node_ref=field rows="10" prop:value=move || text.get()
                    on:input=move |event| text.set(event_target_value(&event))></textarea>
            </div>
            <div class="actions">
                {can_share().then(|| view! {
                    <button type="button" class="button" on:click=on_share>"Share…"</button>
                })}
                <button type="button" class="button secondary" on:click=on_copy>"Copy"</button>
            </div>
            <p class="outcome" role="status">{move || outcome.get()}</p>
        </div>
    }
}
