//! The screen that brings people in: pick a file (or contacts), confirm what its columns hold,
//! see what will happen to every row, then bring them in.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use super::columns::ColumnChoices;
use super::preview::PlanPreview;
use super::source::{everyone as everyone_here, plan, Source};
use super::writing::Writing;
use crate::domain::people_import::columns::Field;
use crate::domain::people_import::picked;
use crate::domain::people_import::plan::Plan;
use crate::domain::person::Person;
use crate::domain::units::{counted, format_bytes};
use crate::platform::document::set_title;
use crate::platform::{contacts, files};
use crate::ui::data::store_context::Db;

/// What a spreadsheet or contacts file may be called or say it is.
const ACCEPTED: &str =
    ".csv,.tsv,.txt,.vcf,.vcard,text/csv,text/tab-separated-values,text/vcard,text/x-vcard";

/// The largest file read: far more than 50,000 rows of a sign-up sheet, far less than a
/// phone's memory.
const MAX_FILE_BYTES: f64 = 20_000_000.0;

/// Where the screen is.
#[derive(Clone)]
enum Stage {
    Choosing,
    /// Reading the file, or matching its rows with everyone here.
    Working(&'static str),
    Ready(Rc<Plan>),
    Writing(Rc<Plan>),
    Done(String),
}

#[component]
pub fn PeopleImport() -> impl IntoView {
    set_title("Bring people in");
    let db = Db::get();
    let stage = RwSignal::new_local(Stage::Choosing);
    let source = RwSignal::new_local(None::<Source>);
    let fields = RwSignal::new(Vec::<Field>::new());
    let problem = RwSignal::new(String::new());
    let everyone = StoredValue::new_local(Rc::new(Vec::<Person>::new()));
    // Each plan is for the newest source and columns; an older one still running stops.
    let generation = StoredValue::new(0u64);

    let replan = move || {
        let Some(from) = source.get_untracked() else {
            return;
        };
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        stage.set(Stage::Working("Matching with the people already here…"));
        let chosen = fields.get_untracked();
        let people = everyone.get_value();
        spawn_local(async move {
            let still_wanted = move || generation.try_get_value() == Some(mine);
            if let Some(planned) = plan(from, chosen, people, still_wanted).await {
                stage.try_set(Stage::Ready(Rc::new(planned)));
            }
        });
    };
    Effect::watch(move || fields.track(), move |_, _, _| replan(), false);

    // A source read: everyone here read to match against, then its rows planned.
    let take = move |from: Source| {
        problem.set(String::new());
        stage.set(Stage::Working("Reading…"));
        db.with_store(move |store| {
            spawn_local(async move {
                match everyone_here(&store).await {
                    Ok(people) => {
                        everyone.set_value(Rc::new(people));
                        let guessed = from.guessed_fields();
                        source.set(Some(from));
                        // A new set of columns replans through the watch; the same set not.
                        if fields.get_untracked() == guessed {
                            replan();
                        } else {
                            fields.set(guessed);
                        }
                    }
                    Err(error) => {
                        problem.set(error.to_string());
                        stage.set(Stage::Choosing);
                    }
                }
            });
        });
    };

    let choose_file = move |event: leptos::ev::Event| {
        let input: HtmlInputElement = event.target().expect("an input").unchecked_into();
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > MAX_FILE_BYTES {
            problem.set(format!(
                "{} is {}: at most {} can be brought in at once. Split it into smaller files.",
                file.name(),
                format_bytes(file.size()),
                format_bytes(MAX_FILE_BYTES)
            ));
            return;
        }
        problem.set(String::new());
        stage.set(Stage::Working("Reading…"));
        spawn_local(async move {
            let read = match files::read_bytes(&file).await {
                Ok(bytes) => Source::of_file(&file.name(), &bytes.bytes()).await,
                Err(error) => Err(error),
            };
            match read {
                Ok(from) => take(from),
                Err(error) => {
                    problem.set(error);
                    stage.set(Stage::Choosing);
                }
            }
        });
    };

    let pick_contacts = move |_| {
        spawn_local(async move {
            match contacts::pick().await {
                Ok(chosen) if chosen.is_empty() => {}
                Ok(chosen) => {
                    let rows = picked(chosen.into_iter().map(|c| (c.names, c.phones, c.emails)));
                    take(Source::Rows {
                        name: "Your contacts".to_owned(),
                        rows: Rc::new(rows),
                    });
                }
                Err(error) => problem.set(error),
            }
        });
    };

    let start_over = move |_| {
        generation.update_value(|g| *g += 1);
        source.set(None);
        problem.set(String::new());
        stage.set(Stage::Choosing);
    };
    let bring_in = move |_| {
        if let Stage::Ready(planned) = stage.get_untracked() {
            stage.set(Stage::Writing(planned));
        }
    };
    let finished = Callback::new(move |said: String| {
        stage.try_set(Stage::Done(said));
    });

    let choosing = move || {
        view! {
            <p>
                "From a spreadsheet saved as CSV (Action Network, Mobilize, NationBuilder, EveryAction, Google or Outlook contacts, or your own sign-up sheet) or a contacts file (.vcf) from your phone. Nothing is written until you have seen what will happen."
            </p>
            <div class="actions">
                <label class="button file-button">
                    "Choose a file"
                    <input type="file" accept=ACCEPTED class="visually-hidden" on:change=choose_file />
                </label>
                {contacts::can_pick().then(|| view! {
                    <button type="button" class="button secondary" on:click=pick_contacts>
                        "Add from contacts"
                    </button>
                })}
            </div>
        }
    };

    let chosen = move || {
        source.get().map(|from| {
            let read = match &from {
                Source::Sheet { sheet, .. } => counted(sheet.rows.len(), "row", "rows"),
                Source::Rows { rows, .. } => counted(rows.len(), "contact", "contacts"),
            };
            let columns = match from.clone() {
                Source::Sheet { sheet, .. } => {
                    Some(view! { <ColumnChoices sheet=sheet fields=fields /> })
                }
                Source::Rows { .. } => None,
            };
            view! {
                <p class="import-source">{format!("{}: {read}", from.name())}</p>
                {columns}
            }
        })
    };

    let blank_rows = move || source.with(|s| s.as_ref().map_or(0, Source::blank_rows));
    let body = move || match stage.get() {
        Stage::Choosing => choosing().into_any(),
        Stage::Working(doing) => view! {
            {chosen}
            <p role="status">{doing}</p>
        }
        .into_any(),
        Stage::Ready(planned) => {
            let changes = planned.changes_anything();
            let counts = planned.counts();
            let label = format!(
                "Add {} and update {}",
                counted(planned.new_people.len(), "person", "people"),
                planned.updates.len()
            );
            let no_name_column = source.with(|s| matches!(s, Some(Source::Sheet { .. })))
                && !fields.with(|f| {
                    f.iter()
                        .any(|f| matches!(f, Field::Name | Field::FirstName | Field::LastName))
                });
            view! {
                {chosen}
                {no_name_column.then(|| view! {
                    <p class="problem" role="alert">
                        "No column is set to hold the name. Choose Name, or First name and Last name, for the column that holds it."
                    </p>
                })}
                <PlanPreview plan=planned blank_rows=blank_rows() />
                <div class="actions">
                    {changes.then(|| view! {
                        <button type="button" class="button" on:click=bring_in>{label}</button>
                    })}
                    <button type="button" class="button secondary" on:click=start_over>
                        "Choose another file"
                    </button>
                </div>
                {(!changes).then(|| view! {
                    <p role="status">{if counts.known > 0 {
                        "Everyone in it is here already, with nothing new: there is nothing to bring in."
                    } else {
                        "There is nobody to bring in."
                    }}</p>
                })}
            }
            .into_any()
        }
        Stage::Writing(planned) => view! { <Writing plan=planned on_done=finished /> }.into_any(),
        Stage::Done(said) => view! {
            <p role="status">{said}</p>
            <div class="actions">
                <a href="/people" class="button">"See people"</a>
                <button type="button" class="button secondary" on:click=start_over>
                    "Bring in another file"
                </button>
            </div>
        }
        .into_any(),
    };

    view! {
        <h1>"Bring people in"</h1>
        {body}
        <p class="problem" role="alert">{move || problem.get()}</p>
    }
}
