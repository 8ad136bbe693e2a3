//! Settings, Spreadsheets: everyone, every one-on-one and every follow-up as a CSV file a
//! spreadsheet opens, fields marked sensitive left out; handed to the share sheet or saved.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::profile::Profile;
use crate::domain::table_export::{follow_ups, meetings, people};
use crate::store::{Store, StoreError};
use crate::ui::components::hand_over::deliver;
use crate::ui::data::records::use_profile;
use crate::ui::data::store_context::Db;

/// One of the tables there is to export.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Table {
    People,
    Meetings,
    FollowUps,
}

impl Table {
    const ALL: [Table; 3] = [Table::People, Table::Meetings, Table::FollowUps];

    fn button(self) -> &'static str {
        match self {
            Table::People => "Export people",
            Table::Meetings => "Export one-on-ones",
            Table::FollowUps => "Export follow-ups",
        }
    }

    fn file_name(self, day: &str) -> String {
        let what = match self {
            Table::People => "people",
            Table::Meetings => "one-on-ones",
            Table::FollowUps => "follow-ups",
        };
        format!("one-on-one-{what}-{day}.csv")
    }

    /// The table read from `store` as a CSV file, and how many rows it has.
    async fn read(self, store: &Store, profile: &Profile) -> Result<(String, usize), StoreError> {
        let everyone: Vec<Person> = store.all().await?;
        let zone = Local;
        Ok(match self {
            Table::People => (
                people::people_csv(&everyone, profile, &zone),
                everyone.len(),
            ),
            Table::Meetings => {
                let all: Vec<Meeting> = store.all().await?;
                (
                    meetings::meetings_csv(&all, &everyone, profile, &zone),
                    all.len(),
                )
            }
            Table::FollowUps => {
                let all: Vec<NextStep> = store.all().await?;
                (
                    follow_ups::follow_ups_csv(&all, &everyone, &zone),
                    all.len(),
                )
            }
        })
    }
}

#[component]
pub fn SpreadsheetExports() -> impl IntoView {
    let db = Db::get();
    let profile = use_profile();
    let outcome = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let export = move |table: Table| {
        let Some(profile) = profile.get_untracked() else {
            return;
        };
        busy.set(true);
        outcome.set(String::new());
        db.with_store(move |store| {
            spawn_local(async move {
                let said = match table.read(&store, &profile).await {
                    Ok((csv, rows)) => {
                        let name = table.file_name(&Local::now().format("%Y-%m-%d").to_string());
                        let rows = if rows == 1 {
                            "1 row".to_owned()
                        } else {
                            format!("{rows} rows")
                        };
                        let (sent, saved) = (
                            format!("Sent {name} ({rows})."),
                            format!("Saved {name} ({rows})."),
                        );
                        deliver(&name, "text/csv", &csv, sent, saved).await
                    }
                    Err(error) => error.to_string(),
                };
                outcome.try_set(said);
                busy.try_set(false);
            });
        });
    };
    view! {
        <p class="muted">
            "A CSV file for Excel, LibreOffice or Google Sheets. Fields you marked sensitive are left out."
        </p>
        <div class="actions">
            {Table::ALL.map(|table| view! {
                <button type="button" class="button secondary" prop:disabled=move || busy.get()
                    on:click=move |_| export(table)>{table.button()}</button>
            }).collect_view()}
        </div>
        <p class="outcome" role="status">{move || outcome.get()}</p>
        <p><a href="/people/import">"Bring people in from a spreadsheet or contacts file"</a></p>
    }
}
