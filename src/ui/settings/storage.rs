//! Storage in Settings: whether the browser promised to keep the data, how much space is used,
//! and why installing the app keeps data safer on iPhones.

use leptos::prelude::*;

use crate::domain::units::format_bytes;
use crate::platform::storage;
use crate::store::Change;
use crate::ui::data::query::{use_query_with, OnChange};

#[component]
pub fn StorageFacts() -> impl IntoView {
    let persisted = LocalResource::new(storage::is_persisted);
    let estimate = LocalResource::new(storage::estimate);
    let persistence = move || {
        persisted.get().map(|answer| match answer {
            Some(true) => "Kept: the browser will not clear it to free space",
            Some(false) => {
                "Not yet kept: the browser may clear it when the phone runs low on space"
            }
            None => "Unknown in this browser",
        })
    };
    let space = move || {
        estimate.get().map(|answer| match answer {
            Some((used, quota)) => {
                format!(
                    "{} used of {} available",
                    format_bytes(used),
                    format_bytes(quota)
                )
            }
            None => "Unknown in this browser".to_owned(),
        })
    };
    // Counted again after a restore or a deletion of everything (a save only ever stores a
    // record that reads).
    let unreadable = use_query_with(
        |store| async move { store.unreadable().await },
        |_, change| match change {
            Change::All { .. } => OnChange::Reload,
            Change::One { .. } => OnChange::Ignore,
        },
    );
    let records = move || {
        unreadable.get().map(|count| match count {
            0 => "Every record reads".to_owned(),
            1 => "1 record could not be read. It is set aside, and kept as it is in backups; everything else works.".to_owned(),
            n => format!("{n} records could not be read. They are set aside, and kept as they are in backups; everything else works."),
        })
    };
    view! {
        <dl class="facts">
            <dt>"Data on this device"</dt>
            <dd>{persistence}</dd>
            <dt>"Space"</dt>
            <dd>{space}</dd>
            <dt>"Records"</dt>
            <dd>{records}</dd>
        </dl>
        <p class="muted">
            "On iPhone and iPad, Safari may clear a website's data after a few weeks without a visit. Add the app to your Home Screen (Share, then Add to Home Screen): installed apps keep their data."
        </p>
    }
}
