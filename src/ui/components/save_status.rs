//! "Saved on this device": whether the last edit on a screen is stored, announced to screen
//! readers, written once for every screen that edits.

use leptos::prelude::*;

use crate::ui::data::editable::SaveState;

/// The save state's message, in a live region.
#[component]
pub fn SaveStatus(#[prop(into)] state: Signal<SaveState>) -> impl IntoView {
    view! {
        <p class="save-state" role="status">
            {move || state.get().message()}
        </p>
    }
}
