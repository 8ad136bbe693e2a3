//! Guides (`/guides`): the agendas and question prompts used in live meetings, the built-in
//! ones first; each opens to be edited, and a new one can be started from scratch.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::domain::builtin_guides::builtin_guides;
use crate::domain::guide::{available, Guide};
use crate::platform::document::set_title;
use crate::platform::ids::{new_id, now_ms};
use crate::store::Store;
use crate::ui::data::records::use_all;
use crate::ui::data::store_context::Db;

/// Saves `guide` (a new one, or a copy) and opens it to be edited; a failed save is reported.
pub(super) async fn save_and_open(
    db: Db,
    store: &Store,
    guide: &Guide,
    navigate: impl Fn(&str, NavigateOptions),
) {
    let saved = store.save(guide).await.map(|_| ());
    let ok = saved.is_ok();
    db.report(saved);
    if ok {
        navigate(&format!("/guides/{}", guide.meta.id), Default::default());
    }
}

#[component]
pub fn Guides() -> impl IntoView {
    set_title("Guides");
    let db = Db::get();
    let navigate = use_navigate();
    let stored = use_all::<Guide>();
    let guides = Memo::new(move |_| {
        stored.with(|s| available(s.as_deref().unwrap_or_default(), builtin_guides()))
    });
    // One guide per tap, even tapped twice while storage is still opening (a cold start on
    // this screen), which it waits for.
    let creating = StoredValue::new(false);
    let create = move |_| {
        if creating.get_value() {
            return;
        }
        creating.set_value(true);
        let guide = Guide::blank(new_id(), now_ms());
        let navigate = navigate.clone();
        db.with_store(move |store| {
            spawn_local(async move {
                save_and_open(db, &store, &guide, navigate).await;
                creating.set_value(false);
            });
        });
    };
    view! {
        <div class="page-head">
            <h1>"Guides"</h1>
            <button type="button" class="button" on:click=create>"New guide"</button>
        </div>
        <p class="muted">"The agenda and question prompts a one-on-one follows. Choose one when you plan a meeting; change any of them here."</p>
        <ul class="cards" aria-label="Guides">
            {move || {
                guides
                    .get()
                    .into_iter()
                    .map(|guide| {
                        let sections = guide.sections.iter().map(|s| s.title.clone()).collect::<Vec<_>>().join(" · ");
                        view! {
                            <li>
                                <a href=format!("/guides/{}", guide.meta.id) class="card">
                                    <span class="card-title">{guide.name.clone()}</span>
                                    <span class="card-detail">{guide.summary.clone()}</span>
                                    <span class="card-detail">{sections}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}
