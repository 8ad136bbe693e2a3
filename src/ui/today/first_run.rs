//! Today's first step on a phone that holds no one yet: add the first person, or try an
//! example (a person, a one-on-one planned with her, a step due today) that one tap removes.

use chrono::Local;
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::example::{example, Example, EXAMPLE_NAME};
use crate::domain::person::Person;
use crate::domain::profile::{Profile, PROFILE_ID};
use crate::domain::record::Record;
use crate::platform::ids::{new_id, now_ms};
use crate::store::{Store, StoreError};
use crate::ui::data::query::use_query;
use crate::ui::data::store_context::Db;

/// The example person's id, while the example is on this phone.
const EXAMPLE_KEY: &str = "one-on-one.example";

/// Where the first run stands.
#[derive(Clone, Copy, PartialEq)]
enum FirstRunState {
    /// No one on this phone: the first step shows.
    NoOne,
    /// The example is here: a way to remove it shows.
    Example,
    /// People of the organizer's own: nothing shows.
    Underway,
}

/// What a tap says when the example's code cannot be fetched (offline before it was cached).
const UNFETCHED: &str =
    "The example could not be fetched: this phone seems offline. Try again once it is online.";

/// Runs one of the example chunk's writes unless one is under way; a chunk that cannot be
/// fetched says so and frees the buttons.
fn run_example<F>(db: Db, busy: RwSignal<bool>, work: impl FnOnce(Store) -> F + 'static)
where
    F: std::future::Future<Output = Result<(), leptos::wasm_split::SplitLoaderError>> + 'static,
{
    if busy.get_untracked() {
        return;
    }
    busy.set(true);
    db.with_store(move |store| {
        spawn_local(async move {
            if work(store).await.is_err() {
                busy.try_set(false);
                db.report(Err(StoreError::Failed(UNFETCHED.to_owned())));
            }
        })
    });
}

/// Adding and removing the example: writes Today itself never makes, in a chunk of their own,
/// so the first screen does not carry them.
mod example_chunk {
    use leptos::wasm_split::{wasm_split, SplitLoaderError};

    use super::*;

    #[wasm_split(example, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub(super) fn add(
        store: Store,
        example_id: RwSignal<Option<String>>,
        busy: RwSignal<bool>,
        db: Db,
    ) -> Result<(), SplitLoaderError> {
        spawn_local(async move {
            let now = now_ms();
            // The organizer's usual length and guide, as a one-on-one they plan would have.
            let profile = store.get::<Profile>(PROFILE_ID).await.ok().flatten();
            let profile = profile.unwrap_or_else(|| Profile::new(now));
            let made = example([new_id(), new_id(), new_id()], &profile, now, &Local);
            let id = made.person.meta().id.clone();
            let _ = LocalStorage::set(EXAMPLE_KEY, &id);
            match saved(&store, &made).await {
                Ok(()) => {
                    example_id.try_set(Some(id));
                }
                Err(error) => db.report(Err(error)),
            }
            busy.try_set(false);
        });
        Ok(())
    }

    #[wasm_split(example, wasm_split_path = ::leptos::wasm_split, fallible)]
    pub(super) fn remove(
        store: Store,
        id: String,
        example_id: RwSignal<Option<String>>,
        busy: RwSignal<bool>,
        db: Db,
    ) -> Result<(), SplitLoaderError> {
        spawn_local(async move {
            match store.delete_person(&id).await {
                Ok(_) => {
                    LocalStorage::delete(EXAMPLE_KEY);
                    example_id.try_set(None);
                }
                Err(error) => db.report(Err(error)),
            }
            busy.try_set(false);
        });
        Ok(())
    }

    async fn saved(store: &Store, made: &Example) -> Result<(), StoreError> {
        store.save(&made.person).await?;
        store.save(&made.meeting).await?;
        store.save(&made.step).await?;
        Ok(())
    }
}

#[component]
pub fn FirstRun() -> impl IntoView {
    let db = Db::get();
    let example_id = RwSignal::new(LocalStorage::get::<String>(EXAMPLE_KEY).ok());
    let state = use_query(&[Person::STORE], move |store| {
        let example_id = example_id.get();
        async move {
            if let Some(id) = example_id {
                if store.name_card(&id).await?.is_some() {
                    return Ok(FirstRunState::Example);
                }
            }
            Ok(match store.count::<Person>().await? {
                0 => FirstRunState::NoOne,
                _ => FirstRunState::Underway,
            })
        }
    });
    let busy = RwSignal::new(false);
    let try_it = move |_| {
        run_example(db, busy, move |store| {
            example_chunk::add(store, example_id, busy, db)
        })
    };
    let remove = move |_| {
        if let Some(id) = example_id.get_untracked() {
            run_example(db, busy, move |store| {
                example_chunk::remove(store, id, example_id, busy, db)
            })
        }
    };
    let section = move |heading: &'static str,
                        text: String,
                        label: &'static str,
                        act: Callback<()>| {
        view! {
            <section class="first-run" aria-labelledby="first-run-heading">
                <h2 id="first-run-heading">{heading}</h2>
                <p>{text}</p>
                <div class="actions">
                    <a href="/people/new" class="button">"Add a person"</a>
                    <button type="button" class="button secondary" prop:disabled=move || busy.get()
                        on:click=move |_| act.run(())>{label}</button>
                </div>
                <p><a href="/people/import">"Or bring people in from your contacts or a spreadsheet"</a></p>
            </section>
        }
        .into_any()
    };
    move || {
        match state.get() {
        Some(FirstRunState::NoOne) => section(
            "Start here",
            "Add the first person you want to meet one-on-one: a name is enough to start.".to_owned(),
            "Try an example",
            Callback::new(try_it),
        ),
        Some(FirstRunState::Example) => section(
            "An example",
            format!("{EXAMPLE_NAME}, a one-on-one planned with her and a follow-up due today show what the app keeps. Add the people you will really meet, and remove the example when you are ready."),
            "Remove the example",
            Callback::new(remove),
        ),
        _ => ().into_any(),
    }
    }
}
