//! What a screen shows when its code could not be fetched (offline before it was saved, or an
//! older version of the app removed from the server): a clear way forward, never a blank page.

use leptos::prelude::*;

use crate::platform::document::set_title;

#[component]
pub fn ScreenUnavailable() -> impl IntoView {
    set_title("Reload to update");
    let reload = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    };
    view! {
        <div role="alert">
            <h1>"This screen could not be opened"</h1>
            <p>
                "Its part of the app did not download. The app may have been updated, or the "
                "phone went offline before this part was saved. Your notes are safe."
            </p>
            <p>
                <button type="button" class="button primary" on:click=reload>
                    "Reload to update"
                </button>
            </p>
            <p><a href="/">"Go to Today"</a></p>
        </div>
    }
}
