//! A field for a passcode or passphrase: typed hidden, labelled, with a numeric keypad when the
//! passcode is a PIN.

use leptos::prelude::*;

#[component]
pub fn SecretField(
    id: &'static str,
    label: &'static str,
    autocomplete: &'static str,
    value: RwSignal<String>,
    /// Offer the phone's number pad (a PIN).
    #[prop(optional, into)]
    numeric: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input id=id type="password" autocomplete=autocomplete
                inputmode=move || if numeric.get() { "numeric" } else { "text" }
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event)) />
        </div>
    }
}
