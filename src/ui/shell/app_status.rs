//! Quiet notes in the header: when a new version of the app is ready, and when the phone is
//! offline (the app keeps working; nothing needs the network).

use leptos::prelude::*;

use crate::platform::idle::when_idle;
use crate::platform::{online, service_worker};

#[component]
pub fn AppStatus() -> impl IntoView {
    let update_ready = RwSignal::new(false);
    let offline = RwSignal::new(!online::is_online());
    // When the page is first idle: on a first visit the worker fetches every file of the app
    // for its cache, which would otherwise share the network with the first screen's code.
    when_idle(
        move || service_worker::register(move || update_ready.set(true)),
        1500,
    );
    let listeners = online::on_change(move |now_online| offline.set(!now_online));
    let _ = StoredValue::new_local(listeners);
    view! {
        <Show when=move || offline.get()>
            <p class="offline-note" role="status">"Offline · everything still works"</p>
        </Show>
        <Show when=move || update_ready.get()>
            <div class="update-note" role="status">
                <span>"Update available"</span>
                <button type="button" class="button secondary" on:click=move |_| service_worker::apply_update()>
                    "Reload"
                </button>
            </div>
        </Show>
    }
}
