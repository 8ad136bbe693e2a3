//! Labelled text fields (a line, or an area with a hint) whose every keystroke goes to a
//! callback (which autosaves).

use leptos::prelude::*;

#[component]
pub fn TextField(
    /// The visible label, which is also the input's accessible name.
    label: &'static str,
    /// A unique id tying the label to the input.
    id: &'static str,
    value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] autocomplete: &'static str,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                autocomplete=if autocomplete.is_empty() { "off" } else { autocomplete }
                prop:value=move || value.get()
                prop:disabled=move || disabled.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            />
        </div>
    }
}

/// A labelled text area with a hint under its label, tied to it for screen readers.
#[component]
pub fn TextArea(
    label: &'static str,
    id: &'static str,
    hint: &'static str,
    rows: u8,
    value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <p class="field-hint" id=hint_id.clone()>{hint}</p>
            <textarea
                id=id
                rows=rows
                aria-describedby=hint_id
                prop:value=move || value.get()
                on:input=move |event| on_input.run(event_target_value(&event))
            ></textarea>
        </div>
    }
}
