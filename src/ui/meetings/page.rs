//! A one-on-one (`/meetings/:id`), and planning a new one (`/meetings/new?person=:id`): the
//! status, the plan and the request, all autosaved. A new plan is stored on its first edit,
//! and from then on the address bar shows its own address.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::domain::calendar::CalendarItem;
use crate::domain::meeting::{Meeting, MeetingStatus};
use crate::domain::person::Person;
use crate::platform::document::set_title;
use crate::platform::history::replace_address;
use crate::platform::ids::new_id;
use crate::ui::components::add_to_calendar::AddToCalendar;
use crate::ui::components::follow_through::FollowThroughNote;
use crate::ui::components::not_found::{Loading, Missing};
use crate::ui::components::save_status::SaveStatus;
use crate::ui::data::editable::{Editable, Presence, SaveState};
use crate::ui::data::records::{use_profile, use_record, Lookup};
use crate::ui::data::route_param::for_each_param;
use crate::ui::meetings::plan::MeetingPlan;
use crate::ui::meetings::request::MeetingRequest;

#[component]
pub fn MeetingNew() -> impl IntoView {
    set_title("Plan a one-on-one");
    let person_id = use_query_map().with_untracked(|q| q.get("person").unwrap_or_default());
    let profile = use_profile();
    let ready = Memo::new(move |_| profile.with(Option::is_some));
    move || {
        if !ready.get() {
            return None;
        }
        let profile = profile.get_untracked()?;
        let person_id = person_id.clone();
        let meeting = Editable::load(new_id(), move |id, now| {
            Some(Meeting::new(id, person_id.clone(), &profile, now))
        });
        let shown_at_own_address = StoredValue::new(false);
        Effect::new(move || {
            if meeting.state.get() == SaveState::Saved && !shown_at_own_address.get_value() {
                shown_at_own_address.set_value(true);
                if let Some(id) = meeting
                    .record
                    .with_untracked(|m| m.as_ref().map(|m| m.meta.id.clone()))
                {
                    replace_address(&format!("/meetings/{id}"));
                }
            }
        });
        Some(view! { <MeetingScreen meeting=meeting /> })
    }
}

#[component]
pub fn MeetingPage() -> impl IntoView {
    for_each_param("id", |id| view! { <MeetingById id=id /> })
}

#[component]
fn MeetingById(id: String) -> impl IntoView {
    let meeting = Editable::<Meeting>::load(id, |_, _| None);
    view! { <MeetingScreen meeting=meeting /> }
}

/// The meeting once loaded, or why it cannot be shown.
#[component]
fn MeetingScreen(meeting: Editable<Meeting>) -> impl IntoView {
    let person_id = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().map(|m| m.person_id.clone()))
    });
    let person = use_record::<Person>(person_id);
    Effect::new(move || {
        let name = person.with(|p| p.found().map(|p| p.name.clone()));
        set_title(&name.map_or("One-on-one".to_owned(), |name| {
            format!("One-on-one with {name}")
        }));
    });
    move || {
        match (meeting.presence.get(), person.with(|p| matches!(p, Lookup::Loading))) {
        (Presence::Loading, _) | (Presence::Shown, true) => {
            view! { <Loading /> }.into_any()
        }
        (Presence::Missing, _) => view! { <Missing title="Meeting not found" message="This meeting is not on this device. It may have been deleted." back_href="/" back_label="Go to Today" /> }
        .into_any(),
        (Presence::Shown, false) => match person.get() {
            Lookup::Found(person) => view! { <MeetingDetails meeting=meeting person=person /> }.into_any(),
            _ => view! {
                <h1>"Who is this meeting with?"</h1>
                <p>"The person for this meeting is not on this device. Plan a one-on-one from a person's page."</p>
                <p><a href="/people" class="button">"Go to People"</a></p>
            }
            .into_any(),
        },
    }
    }
}

#[component]
fn MeetingDetails(meeting: Editable<Meeting>, person: Person) -> impl IntoView {
    let person_link = format!("/people/{}", person.meta.id);
    let name = person.name.clone();
    let calendar_name = person.name.clone();
    let own_link = meeting
        .record
        .with_untracked(|m| m.as_ref().map(|m| format!("/meetings/{}", m.meta.id)))
        .unwrap_or_default();
    let (live_link, debrief_link) = (format!("{own_link}/live"), format!("{own_link}/debrief"));
    view! {
        <h1>"One-on-one with " <a href=person_link>{name}</a></h1>
        <FollowThroughNote person_id=person.meta.id.clone() />
        <SaveStatus state=meeting.state />
        <div class="field status-field">
            <label for="meeting-status">"Status"</label>
            <select id="meeting-status" on:change=move |event| {
                let chosen = event_target_value(&event);
                if let Some(status) = MeetingStatus::ALL.into_iter().find(|s| s.label() == chosen) {
                    meeting.edit(|m| m.status = status);
                }
            }>
                {MeetingStatus::ALL.into_iter().map(|status| view! {
                    <option value=status.label() prop:selected=move || {
                        meeting.record.with(|m| m.as_ref().map(|m| m.status)) == Some(status)
                    }>{status.label()}</option>
                }).collect_view()}
            </select>
        </div>
        <div class="actions">
            <a href=live_link.clone() class="button">{move || {
                let running = meeting.record.with(|m| m.as_ref().is_some_and(|m| m.live.is_running()));
                if running { "Resume the meeting" } else { "Open the live guide" }
            }}</a>
            <Show when=move || meeting.record.with(|m| m.as_ref().is_some_and(|m| m.live.ended_at.is_some()))>
                <a href=debrief_link.clone() class="button secondary">"Debrief"</a>
            </Show>
        </div>
        <MeetingPlan meeting=meeting />
        <AddToCalendar label="Add this meeting to calendar" about=calendar_name.clone()
            items=Callback::new(move |_| {
                meeting.record.get_untracked().map(|m| CalendarItem::Meeting(Box::new(m), calendar_name.clone())).into_iter().collect()
            }) />
        <MeetingRequest meeting=meeting person=person />
    }
}
