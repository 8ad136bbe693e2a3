//! Sending a message on: by text or email through the phone's own apps, the share sheet, or
//! the clipboard, with a spoken confirmation of what happened.

use leptos::html::Textarea;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::links::{mailto, sms};
use crate::platform::share::{can_share, copy_text, share_text, Shared};

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
    let share = move |_| {
        spawn_local(async move {
            let shared = share_text(subject, &message.get_untracked()).await;
            if outcome.is_disposed() {
                return;
            }
            match shared {
                Ok(Shared::Sent) => {
                    outcome.set("Shared.".to_owned());
                    on_sent.run(());
                }
                Ok(Shared::Cancelled) => outcome.set(String::new()),
                Err(problem) => outcome.set(problem),
            }
        });
    };
    let copy = move |_| {
        spawn_local(async move {
            let copied = copy_text(&message.get_untracked(), field.get_untracked()).await;
            if outcome.is_disposed() {
                return;
            }
            match copied {
                Ok(()) => outcome.set("Copied. Paste it into any app.".to_owned()),
                Err(problem) => outcome.set(problem),
            }
        });
    };
    view! {
        <div class="actions send-actions">
            <a class="button" href=sms_href on:click=move |_| on_sent.run(())>"Send by text"</a>
            <a class="button" href=mail_href on:click=move |_| on_sent.run(())>"Send by email"</a>
            {can_share().then(|| view! {
                <button type="button" class="button secondary" on:click=share>"Share…"</button>
            })}
            <button type="button" class="button secondary" on:click=copy>"Copy"</button>
        </div>
        <p class="outcome" role="status">{move || outcome.get()}</p>
    }
}
