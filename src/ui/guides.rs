//! Guides (`/guides`): the agendas and question prompts used in live meetings.

use leptos::prelude::*;

use super::collection::use_all;
use crate::domain::builtin_guides::builtin_guides;
use crate::domain::guide::{available, Guide};
use crate::platform::document::set_title;

#[component]
pub fn Guides() -> impl IntoView {
    set_title("Guides");
    let stored = use_all::<Guide>();
    let guides = Memo::new(move |_| {
        stored.with(|s| available(s.as_deref().unwrap_or_default(), builtin_guides()))
    });
    view! {
        <h1>"Guides"</h1>
        <p class="muted">"The agenda and question prompts a one-on-one follows. Choose one when you plan a meeting."</p>
        <ul class="guide-list" aria-label="Guides">
            {move || {
                guides
                    .get()
                    .into_iter()
                    .map(|guide| {
                        let sections = guide
                            .sections
                            .iter()
                            .map(|s| s.title.clone())
                            .collect::<Vec<_>>()
                            .join(" · ");
                        view! {
                            <li class="card">
                                <span class="card-title">{guide.name.clone()}</span>
                                <span class="card-detail">{guide.summary.clone()}</span>
                                <span class="card-detail">{sections}</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
