//! The options of an engagement choice: none, then the levels 1 to 5 named with the organizer's
//! labels; and the level a chosen option's value names.

use leptos::prelude::*;

use crate::ui::data::records::use_profile;

/// The level an option's value names, if it names one.
pub fn chosen_level(value: &str) -> Option<u8> {
    value.parse::<u8>().ok().filter(|l| (1..=5).contains(l))
}

#[component]
pub fn EngagementOptions(
    /// The level shown as chosen.
    level: Signal<Option<u8>>,
    /// What the empty choice says: "Not set".
    none: &'static str,
) -> impl IntoView {
    let profile = use_profile();
    view! {
        <option value="" prop:selected=move || level.get().is_none()>{none}</option>
        {(1..=5u8).map(|l| view! {
            <option value=l.to_string() prop:selected=move || level.get() == Some(l)>
                {move || profile.get().map(|p| p.engagement_label(l)).unwrap_or_else(|| l.to_string())}
            </option>
        }).collect_view()}
    }
}
