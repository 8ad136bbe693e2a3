//! "Add to calendar": turns meetings and follow-ups into an .ics file and hands it to the
//! phone (share sheet to the calendar app, or a download), with the organizer's alarm and
//! privacy choices. The file is written by a chunk of its own (`calendar_file`), fetched on the
//! first tap (and preloaded when the app is idle), so Today's first paint does not carry it.
//! The shell hands the button that chunk's entry (`provide_calendar_writer`): the screens using
//! the button are chunks themselves, and a chunk must not name another chunk's entry (the
//! browser tests' unsplit wasm would import it from nowhere).

use std::future::Future;
use std::pin::Pin;

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use crate::domain::calendar::{export, file_name, CalendarItem, ExportOptions};
use crate::platform::ids::now_ms;
use crate::ui::components::hand_over::deliver;
use crate::ui::data::records::use_profile;

/// The calendar file of some items and how many events it holds (`None` when none has a date),
/// or that its code could not be fetched.
type Written = Result<Option<(String, usize)>, SplitLoaderError>;

/// The file being written, once its chunk is in.
type Writing = Pin<Box<dyn Future<Output = Written>>>;

/// How the calendar file is written: the chunk's entry, given by the shell.
#[derive(Clone, Copy)]
struct CalendarWriter(fn(Vec<CalendarItem>, ExportOptions) -> Writing);

/// Gives every "Add to calendar" button the way to write the file (called by the shell).
pub fn provide_calendar_writer() {
    provide_context(CalendarWriter(|items, options| {
        Box::pin(calendar_file::written(items, options))
    }));
}

#[component]
pub fn AddToCalendar(
    /// The button's text, which is also its accessible name.
    #[prop(into)]
    label: String,
    /// What the file is about, for its name ("Ana Núñez", "follow-ups").
    #[prop(into)]
    about: String,
    /// The items, gathered when the button is pressed.
    items: Callback<(), Vec<CalendarItem>>,
) -> impl IntoView {
    let profile = use_profile();
    let writer = expect_context::<CalendarWriter>();
    let outcome = RwSignal::new(String::new());
    let add = move |_| {
        let Some(profile) = profile.get_untracked() else {
            return;
        };
        let options = ExportOptions {
            now_ms: now_ms(),
            alarm_minutes: profile.alarm_minutes,
            detail: profile.calendar_detail,
        };
        let gathered = items.run(());
        let about = about.clone();
        spawn_local(async move {
            let written = match (writer.0)(gathered, options).await {
                Ok(written) => written,
                Err(_) => {
                    outcome.try_set(
                        "The calendar file could not be made just now. Reload the app to try again."
                            .to_owned(),
                    );
                    return;
                }
            };
            let Some((file, count)) = written else {
                outcome.try_set("Nothing to add yet: give it a date first.".to_owned());
                return;
            };
            let name = file_name(&about, &Local::now().format("%Y-%m-%d").to_string());
            let events = if count == 1 {
                "1 event".to_owned()
            } else {
                format!("{count} events")
            };
            let sent = format!("Sent {events} to your calendar.");
            let saved = format!("Saved {events} in {name}. Open it to add them to your calendar.");
            let said = deliver(&name, "text/calendar", &file, sent, saved).await;
            outcome.try_set(said);
        });
    };
    view! {
        <button type="button" class="button secondary" on:click=add>{label}</button>
        <p class="outcome" role="status">{move || outcome.get()}</p>
    }
}

/// Fetches the calendar file's code ahead of the first tap (the app preloads it when idle).
pub async fn preload_calendar_file() {
    // A failed preload is retried by the tap, which says what went wrong.
    let _ = calendar_file::load().await;
}

mod calendar_file {
    use super::*;

    /// The calendar file of `items` and how many events it holds; `None` when none has a date.
    #[wasm_split(calendar_file, wasm_split_path = ::leptos::wasm_split, fallible, preload(load))]
    pub(super) fn written(items: Vec<CalendarItem>, options: ExportOptions) -> Written {
        Ok(export(&items, &options))
    }
}
