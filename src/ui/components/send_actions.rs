//! Sending a message on: by text or email through the phone's own apps, the share sheet, or
//! the clipboard, with a spoken confirmation of what happened.

use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::links::{mailto, sms};
use crate::platform::share::can_share;
use crate::ui::components::hand_over::{copy, share};

#[component]
pub fn SendActions(
    message: Signal<String>,
    phone: String,
    email: String,
    subject: &'static str,
    /// The field showing the message, selected for copying where there is no clipboard API.
    field: NodeRef<Textarea>,
    /// Called when the message went to another app (not when merely copied).
    on_sent: Callback<()>,
) -> impl IntoView {
    let outcome = RwSignal::new(String::new());
    let sms_href = move || sms(&phone, &message.get());
    let mail_href = move || mailto(&email, subject, &message.get());
    let on_share = move |_| {
        spawn_local(async move {
            let (said, sent) = share(subject, &message.get_untracked()).await;
            if outcome.try_set(said).is_none() && sent {
                on_sent.run(());
            }
        });
    };
    let on_copy = move |_| {
        spawn_local(async move {
            let said = copy(&message.get_untracked(), field.get_untracked()).await;
            outcome.try_set(said);
        });
    };
    view! {
        <div class="actions send-actions">
            <a class="button" href=sms_href on:click=move |_| on_sent.run(())>"Send by text"</a>
            <a class="button" href=mail_href on:click=move |_| on_sent.run(())>"Send by email"</a>
            {can_share().then(|| view! {
                <button type="button" class="button secondary" on:click=on_share>"Share…"</button>
            })}
            <button type="button" class="button secondary" on:click=on_copy>"Copy"</button>
        </div>
        <p class="outcome" role="status">{move || outcome.get()}</p>
    }
}
