//! Storage in Settings: whether the browser promised to keep the data, how much space is used,
//! and why installing the app keeps data safer on iPhones.

use leptos::prelude::*;

use crate::domain::units::format_bytes;
use crate::platform::storage;

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
    view! {
        <dl class="facts">
            <dt>"Data on this device"</dt>
            <dd>{persistence}</dd>
            <dt>"Space"</dt>
            <dd>{space}</dd>
        </dl>
        <p class="muted">
            "On iPhone and iPad, Safari may clear a website's data after a few weeks without a visit. Add the app to your Home Screen (Share, then Add to Home Screen): installed apps keep their data."
        </p>
    }
}
