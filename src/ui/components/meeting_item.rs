//! One meeting in a list: with whom, its status, when and where, linking to the meeting.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::story::is_overdue;
use crate::domain::when::describe;
use crate::platform::ids::now_ms;

/// "Confirmed · Tue 25 Nov, 18:30 · Café Rojo", or "… · Past its time" once its end passed.
pub fn meeting_summary(meeting: &Meeting, now: i64) -> String {
    let mut parts = vec![meeting.status.label().to_owned()];
    parts.push(match meeting.starts_at {
        Some(at) => describe(at, now, &Local),
        None => "No date yet".to_owned(),
    });
    let place = meeting.venue.phrase();
    if !place.is_empty() {
        parts.push(place);
    }
    if is_overdue(meeting, now) {
        parts.push("Past its time".to_owned());
    }
    parts.join(" · ")
}

/// A card for `meeting`, titled with the person's name (or "One-on-one" on their own page).
#[component]
pub fn MeetingItem(meeting: Meeting, title: String) -> impl IntoView {
    let summary = meeting_summary(&meeting, now_ms());
    view! {
        <li>
            <a href=format!("/meetings/{}", meeting.meta.id) class="card">
                <span class="card-title">{title}</span>
                <span class="card-detail">{summary}</span>
            </a>
        </li>
    }
}
