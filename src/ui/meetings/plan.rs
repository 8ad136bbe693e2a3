//! The plan of a one-on-one: purpose, hoped-for outcomes, length, date and time, where, and
//! the guide to use.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::builtin_guides::builtin_guides;
use crate::domain::guide::{available, Guide};
use crate::domain::meeting::{Meeting, Venue};
use crate::domain::sensitive;
use crate::domain::when::{from_input, to_input};
use crate::ui::components::sensitive_area::{SensitiveArea, Sensitivity};
use crate::ui::data::editable::Editable;
use crate::ui::data::records::use_all;

const PRESET_LENGTHS: [u32; 3] = [30, 45, 60];

#[component]
pub fn MeetingPlan(meeting: Editable<Meeting>) -> impl IntoView {
    let text = move |read: fn(&Meeting) -> String| meeting.text(read);
    view! {
        <section aria-labelledby="plan-heading">
            <h2 id="plan-heading">"Plan"</h2>
            <SensitiveArea label="Purpose" id="meeting-purpose" rows=2
                hint="The reason you will share with them."
                value=text(|m| m.purpose.clone())
                on_input=Callback::new(move |v| meeting.edit(|m| m.purpose = v))
                sensitivity=Sensitivity::of(meeting, sensitive::PURPOSE, |m| &m.sensitive, |m| &mut m.sensitive) />
            <SensitiveArea label="Hoped-for outcomes" id="meeting-outcomes" rows=2
                hint="For you: what would make this meeting a success?"
                value=text(|m| m.hoped_outcomes.clone())
                on_input=Callback::new(move |v| meeting.edit(|m| m.hoped_outcomes = v))
                sensitivity=Sensitivity::of(meeting, sensitive::HOPED_OUTCOMES, |m| &m.sensitive, |m| &mut m.sensitive) />
            <LengthChoice meeting=meeting />
            <div class="field">
                <label for="meeting-when">"Date and time"</label>
                <input id="meeting-when" type="datetime-local"
                    prop:value=move || to_input(meeting.record.with(|m| m.as_ref().and_then(|m| m.starts_at)), &Local)
                    on:change=move |event| {
                        let starts_at = from_input(&event_target_value(&event), &Local);
                        meeting.edit(|m| m.starts_at = starts_at);
                    }
                />
            </div>
            <VenueChoice meeting=meeting />
            <GuideChoice meeting=meeting />
        </section>
    }
}

#[component]
fn LengthChoice(meeting: Editable<Meeting>) -> impl IntoView {
    let minutes = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().map_or(0, |m| m.planned_minutes))
    });
    // Custom stays chosen while a custom length is typed, even one equal to a preset.
    let custom = RwSignal::new(false);
    let is_custom = move || custom.get() || !PRESET_LENGTHS.contains(&minutes.get());
    view! {
        <fieldset class="choices inline">
            <legend>"Length"</legend>
            {PRESET_LENGTHS.into_iter().map(|preset| view! {
                <label class="choice">
                    <input type="radio" name="meeting-length"
                        prop:checked=move || !is_custom() && minutes.get() == preset
                        on:change=move |_| { custom.set(false); meeting.edit(|m| m.planned_minutes = preset) } />
                    <span>{format!("{preset} min")}</span>
                </label>
            }).collect_view()}
            <label class="choice">
                <input type="radio" name="meeting-length" prop:checked=is_custom
                    on:change=move |_| custom.set(true) />
                <span>"Custom"</span>
            </label>
        </fieldset>
        <Show when=is_custom>
            <div class="field">
                <label for="meeting-minutes">"Length in minutes"</label>
                <input id="meeting-minutes" type="number" inputmode="numeric" min="5" max="480" step="5"
                    prop:value=move || minutes.get().to_string()
                    on:input=move |event| {
                        if let Ok(typed) = event_target_value(&event).trim().parse::<u32>() {
                            if (1..=600).contains(&typed) {
                                meeting.edit(|m| m.planned_minutes = typed);
                            }
                        }
                    } />
            </div>
        </Show>
    }
}

/// A kind of venue: its choice label, the label of its detail field, and how to make one.
type VenueKind = (&'static str, &'static str, fn(String) -> Venue);

const VENUES: [VenueKind; 3] = [
    ("In person", "Place", Venue::InPerson),
    ("Phone", "Phone number", Venue::Phone),
    ("Video", "Video link", Venue::Video),
];

fn venue_index(venue: &Venue) -> usize {
    match venue {
        Venue::InPerson(_) => 0,
        Venue::Phone(_) => 1,
        Venue::Video(_) => 2,
    }
}

#[component]
fn VenueChoice(meeting: Editable<Meeting>) -> impl IntoView {
    let chosen = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().map_or(0, |m| venue_index(&m.venue)))
    });
    view! {
        <fieldset class="choices inline">
            <legend>"Where"</legend>
            {VENUES.into_iter().enumerate().map(|(index, (label, _, make))| view! {
                <label class="choice">
                    <input type="radio" name="meeting-venue"
                        prop:checked=move || chosen.get() == index
                        on:change=move |_| meeting.edit(|m| m.venue = make(m.venue.detail().to_owned())) />
                    <span>{label}</span>
                </label>
            }).collect_view()}
        </fieldset>
        <div class="field">
            <label for="meeting-venue-detail">{move || VENUES[chosen.get()].1}</label>
            <input id="meeting-venue-detail" type="text" autocomplete="off"
                prop:value=move || meeting.record.with(|m| m.as_ref().map(|m| m.venue.detail().to_owned()).unwrap_or_default())
                on:input=move |event| {
                    let detail = event_target_value(&event);
                    meeting.edit(|m| m.venue = m.venue.with_detail(detail));
                } />
        </div>
    }
}

#[component]
fn GuideChoice(meeting: Editable<Meeting>) -> impl IntoView {
    let stored = use_all::<Guide>();
    let guides = Memo::new(move |_| {
        stored.with(|s| available(s.as_deref().unwrap_or_default(), builtin_guides()))
    });
    view! {
        <div class="field">
            <label for="meeting-guide">"Guide"</label>
            <select id="meeting-guide" on:change=move |event| {
                let chosen = event_target_value(&event);
                meeting.edit(|m| m.guide_id = (!chosen.is_empty()).then_some(chosen));
            }>
                <option value="">"No guide"</option>
                {move || guides.get().into_iter().map(|guide| {
                    let id = guide.meta.id.clone();
                    let selected = move || meeting.record.with(|m| m.as_ref().and_then(|m| m.guide_id.clone())).as_ref() == Some(&id);
                    view! { <option value=guide.meta.id.clone() prop:selected=selected>{guide.name.clone()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
