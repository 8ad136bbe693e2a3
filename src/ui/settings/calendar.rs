//! Calendar settings: how long before a follow-up its alarm rings, and how much of it goes
//! into exported events (calendars often sync to a cloud).

use leptos::prelude::*;

use crate::domain::profile::CalendarDetail;
use crate::domain::profile::Profile;
use crate::ui::components::save_status::SaveStatus;
use crate::ui::data::editable::Editable;

const ALARMS: [(u32, &str); 5] = [
    (0, "At the time"),
    (15, "15 minutes before"),
    (30, "30 minutes before"),
    (60, "1 hour before"),
    (1440, "1 day before"),
];

const DETAILS: [(CalendarDetail, &str); 2] = [
    (CalendarDetail::Full, "Full details"),
    (
        CalendarDetail::TitlesOnly,
        "Titles only, such as “Follow up with Ana”",
    ),
];

#[component]
pub fn CalendarSettings(profile: Editable<Profile>) -> impl IntoView {
    let loading = profile.loading();
    let alarm = move || profile.record.with(|p| p.as_ref().map(|p| p.alarm_minutes));
    let detail = move || {
        profile
            .record
            .with(|p| p.as_ref().map(|p| p.calendar_detail))
    };
    view! {
        <div class="field">
            <label for="calendar-alarm">"Reminder before a follow-up or a one-on-one"</label>
            <select id="calendar-alarm" prop:disabled=move || loading.get() on:change=move |event| {
                if let Ok(minutes) = event_target_value(&event).parse() {
                    profile.edit(|p| p.alarm_minutes = minutes);
                }
            }>
                {ALARMS.into_iter().map(|(minutes, label)| view! {
                    <option value=minutes.to_string() prop:selected=move || alarm() == Some(minutes)>{label}</option>
                }).collect_view()}
            </select>
        </div>
        <fieldset class="choices">
            <legend>"What goes into calendar events"</legend>
            {DETAILS.into_iter().map(|(choice, label)| view! {
                <label class="choice">
                    <input type="radio" name="calendar-detail" prop:disabled=move || loading.get()
                        prop:checked=move || detail() == Some(choice)
                        on:change=move |_| profile.edit(|p| p.calendar_detail = choice) />
                    <span>{label}</span>
                </label>
            }).collect_view()}
        </fieldset>
        <p class="muted">"Phone calendars often sync to a cloud account. Titles only keeps notes, places and purposes on this phone."</p>
        <SaveStatus state=profile.state />
    }
}
