//! A quiet placeholder that says what will appear in an empty list, and how it gets there.

use leptos::prelude::*;

#[component]
pub fn EmptyState(
    /// What is missing, e.g. "No meetings planned".
    title: &'static str,
    /// How the list fills up.
    hint: &'static str,
) -> impl IntoView {
    view! {
        <div class="empty">
            <p class="empty-title">{title}</p>
            <p class="empty-hint">{hint}</p>
        </div>
    }
}
