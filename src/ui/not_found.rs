//! The friendly page for an address the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::platform::document::set_title;

#[component]
pub fn NotFound() -> impl IntoView {
    set_title("Page not found");
    view! {
        <h1>"Page not found"</h1>
        <p>"This address does not lead anywhere in the app. Your notes are safe."</p>
        <p>
            <A href="/" {..} class="button">
                "Go to Today"
            </A>
        </p>
    }
}
