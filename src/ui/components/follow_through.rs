//! A person's follow-through in one line, where the next meeting is planned: "Kept 4 of 5
//! commitments · 1 open" (`domain::commitments`).

use leptos::prelude::*;

use crate::domain::commitments::{commitments_of, FollowThrough};
use crate::ui::data::records::{use_meetings_of, use_steps_of};

#[component]
pub fn FollowThroughNote(person_id: String) -> impl IntoView {
    let meetings = use_meetings_of(person_id.clone());
    let steps = use_steps_of(person_id.clone());
    let summary = Memo::new(move |_| {
        let (meetings, steps) = (meetings.get()?, steps.get()?);
        FollowThrough::of(&commitments_of(&person_id, &meetings, &steps)).summary()
    });
    move || {
        summary.get().map(|summary| {
            view! {
                <p class="follow-through"><span class="muted">"Their follow-through: "</span>{summary}</p>
            }
        })
    }
}
