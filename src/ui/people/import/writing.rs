//! Bringing the planned people in: everyone written in one transaction, a progress bar with
//! counts meanwhile, and Cancel, which leaves the people here exactly as they were.

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::people_import::plan::Plan;
use crate::domain::units::counted;
use crate::store::BroughtIn;
use crate::ui::data::store_context::Db;

/// What the write came to, in a sentence.
fn said(brought: &BroughtIn) -> String {
    let mut said = format!(
        "Added {} and updated {}.",
        counted(brought.added, "person", "people"),
        brought.updated
    );
    if brought.deleted_meanwhile > 0 {
        said.push_str(&format!(
            " {} deleted meanwhile stayed deleted.",
            counted(brought.deleted_meanwhile, "person", "people")
        ));
    }
    said
}

#[component]
pub fn Writing(plan: Rc<Plan>, on_done: Callback<String>) -> impl IntoView {
    let db = Db::get();
    let done = RwSignal::new(0usize);
    let total = RwSignal::new(plan.new_people.len() + plan.updates.len());
    let cancelled = Rc::new(Cell::new(false));
    let cancelling = RwSignal::new(false);
    let stop = {
        let cancelled = cancelled.clone();
        move |_| {
            cancelled.set(true);
            cancelling.set(true);
        }
    };
    db.with_store(move |store| {
        spawn_local(async move {
            // The progress bar painted first, in a task of its own, before the first batch.
            TimeoutFuture::new(0).await;
            let progress = |written, all| {
                done.try_set(written);
                total.try_set(all);
            };
            let result = store.bring_in(&plan, progress, &cancelled).await;
            on_done.run(match result {
                Ok(Some(brought)) => said(&brought),
                Ok(None) => "Cancelled: nobody was added or changed.".to_owned(),
                Err(error) => format!("Nobody was added or changed: {error}"),
            });
        });
    });
    view! {
        <section class="import-writing" aria-labelledby="import-writing-heading">
            <h2 id="import-writing-heading">"Bringing people in"</h2>
            <progress
                aria-labelledby="import-writing-heading"
                max=move || total.get().max(1)
                value=move || done.get()
            ></progress>
            <p role="status">
                {move || format!("{} of {}", done.get(), counted(total.get(), "person", "people"))}
            </p>
            <button type="button" class="button secondary" on:click=stop
                prop:disabled=move || cancelling.get()>
                {move || if cancelling.get() { "Cancelling…" } else { "Cancel" }}
            </button>
        </section>
    }
}
