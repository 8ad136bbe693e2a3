//! The friendly page for an address the app does not know.

use leptos::prelude::*;

use crate::platform::document::set_title;

#[component]
pub fn NotFound() -> impl IntoView {
    set_title("Page not found");
    view! {
        <h1>"Page not found"</h1>
        <p>"This address does not lead anywhere in the app. Your notes are safe."</p>
        <p>
            <a href="/" class="button">
                "Go to Today"
            </a>
        </p>
    }
}

/// A record a link points to that is not on this device (deleted, or a link from elsewhere).
#[component]
pub fn Missing(
    title: &'static str,
    message: &'static str,
    back_href: &'static str,
    back_label: &'static str,
) -> impl IntoView {
    view! {
        <h1>{title}</h1>
        <p>{message}</p>
        <p><a href=back_href.to_owned() class="button">{back_label}</a></p>
    }
}

/// Shown while a record is read from storage.
#[component]
pub fn Loading() -> impl IntoView {
    view! { <p class="muted">"Loading…"</p> }
}
