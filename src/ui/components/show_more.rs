//! "Show more meetings (25 left)": the button under a long list that shows a page more of it.

use leptos::prelude::*;

/// How many items a long list shows at first, and how many more each "Show more" adds: enough
/// for a glance, few enough that hundreds of planned meetings do not hold up the screen.
pub const PAGE: usize = 10;

/// Nothing when all are shown; otherwise a button that shows `page` more.
#[component]
pub fn ShowMore(
    /// What the list holds, plural and lower case: "meetings".
    noun: &'static str,
    /// How many are not shown yet.
    left: usize,
    /// How many are shown, which the button raises.
    shown: RwSignal<usize>,
    page: usize,
) -> impl IntoView {
    (left > 0).then(|| {
        view! {
            <button type="button" class="button secondary" on:click=move |_| shown.update(|n| *n += page)>
                {format!("Show more {noun} ({left} left)")}
            </button>
        }
    })
}
