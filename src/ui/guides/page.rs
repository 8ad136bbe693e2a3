//! A guide (`/guides/:id`): its name, summary, sections and prompts, edited in place and
//! autosaved. A built-in guide can be changed and later restored as shipped; any guide can be
//! duplicated; your own guides can be deleted.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::domain::guide::Guide;
use crate::domain::guide_edit::{builtin, is_builtin};
use crate::platform::document::set_title;
use crate::platform::ids::{new_id, now_ms};
use crate::ui::components::not_found::{Loading, Missing};
use crate::ui::components::save_status::SaveStatus;
use crate::ui::components::text_field::TextField;
use crate::ui::data::editable::{Editable, Presence};
use crate::ui::data::route_param::for_each_param;
use crate::ui::data::store_context::Db;
use crate::ui::guides::list::save_and_open;
use crate::ui::guides::sections::GuideSections;

#[component]
pub fn GuidePage() -> impl IntoView {
    for_each_param("id", |id| view! { <GuideById id=id /> })
}

#[component]
fn GuideById(id: String) -> impl IntoView {
    // A built-in guide not yet changed is shown as shipped; the first edit stores it.
    let guide = Editable::<Guide>::load(id, |id, _| builtin(id));
    Effect::new(move || {
        set_title(
            &guide
                .record
                .with(|g| g.as_ref().map_or("Guide".to_owned(), |g| g.name.clone())),
        );
    });
    move || {
        match guide.presence.get() {
        Presence::Loading => view! { <Loading /> }.into_any(),
        Presence::Missing => view! { <Missing title="Guide not found" message="This guide is not on this device. It may have been deleted." back_href="/guides" back_label="Go to Guides" /> }
        .into_any(),
        Presence::Shown => view! { <GuideEditor guide=guide /> }.into_any(),
    }
    }
}

#[component]
fn GuideEditor(guide: Editable<Guide>) -> impl IntoView {
    let text = move |read: fn(&Guide) -> String| guide.text(read);
    let share_note = move || {
        let total = guide
            .record
            .with(|g| g.as_ref().map_or(0, Guide::total_share));
        (total != 0 && total != 100)
            .then(|| format!("The sections' shares add up to {total}%, not 100%."))
    };
    view! {
        <h1>{move || text(|g| g.name.clone()).get()}</h1>
        <SaveStatus state=guide.state />
        <TextField label="Guide name" id="guide-name" value=text(|g| g.name.clone())
            on_input=Callback::new(move |v| guide.edit(|g| g.name = v)) />
        <TextField label="When to use it" id="guide-summary" value=text(|g| g.summary.clone())
            on_input=Callback::new(move |v| guide.edit(|g| g.summary = v)) />
        {move || share_note().map(|note| view! { <p class="notice">{note}</p> })}
        <GuideSections guide=guide />
        <GuideActions guide=guide />
    }
}

#[component]
fn GuideActions(guide: Editable<Guide>) -> impl IntoView {
    let db = Db::get();
    let navigate = use_navigate();
    let id = guide
        .record
        .with_untracked(|g| g.as_ref().map(|g| g.meta.id.clone()))
        .unwrap_or_default();
    let shipped = is_builtin(&id);
    let confirming = RwSignal::new(false);
    let duplicate = {
        let navigate = navigate.clone();
        move |_| {
            let Some(copy) = guide
                .record
                .with_untracked(|g| g.as_ref().map(|g| g.duplicate(new_id(), now_ms())))
            else {
                return;
            };
            let navigate = navigate.clone();
            spawn_local(async move {
                let store = db.opened().await;
                save_and_open(db, &store, &copy, navigate).await
            });
        }
    };
    let remove = {
        let id = id.clone();
        move |_| {
            let (id, navigate) = (id.clone(), navigate.clone());
            spawn_local(async move {
                let store = db.opened().await;
                let deleted = store.delete::<Guide>(&id).await;
                let ok = deleted.is_ok();
                db.report(deleted);
                confirming.try_set(false);
                if ok && !shipped {
                    navigate("/guides", Default::default());
                }
            });
        }
    };
    let (ask, confirm) = if shipped {
        (
            "Restore as shipped…",
            "Restore it as shipped? Your changes to this guide will be gone.",
        )
    } else {
        (
            "Delete guide…",
            "Delete this guide? Meetings that used it keep their copy.",
        )
    };
    view! {
        <div class="actions">
            <button type="button" class="button secondary" on:click=duplicate>"Duplicate"</button>
        </div>
        <div class="danger-zone">
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="button secondary" on:click=move |_| confirming.set(true)>{ask}</button>
            }>
                <p>{confirm}</p>
                <div class="actions">
                    <button type="button" class="button danger" on:click=remove.clone()>
                        {if shipped { "Restore" } else { "Delete" }}
                    </button>
                    <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>"Keep"</button>
                </div>
            </Show>
        </div>
    }
}
