//! The request for a one-on-one: how it is made, the message filled in from the organizer's
//! script and editable before sending, sending it by text, email, share sheet or copy, and
//! asking a referrer to introduce you.

use leptos::html::Textarea;
use leptos::prelude::*;

use crate::domain::meeting::{Meeting, MeetingStatus, RequestChannel};
use crate::domain::person::Person;
use crate::domain::request::{render, PLACEHOLDERS};
use crate::ui::components::send_actions::SendActions;
use crate::ui::data::editable::Editable;
use crate::ui::data::records::{use_profile, use_record, Lookup};

/// "your name (in Settings), place": the placeholders still to fill, and where.
fn still_to_fill(missing: &[&str]) -> String {
    missing
        .iter()
        .map(|key| {
            let shown = PLACEHOLDERS
                .iter()
                .find(|(k, _)| k == key)
                .map_or(*key, |(_, s)| *s);
            match *key {
                "your_name" | "organization" | "campaign" => format!("{shown} (in Settings)"),
                _ => shown.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Marks a planned meeting as requested once its request has gone out.
fn mark_requested(meeting: Editable<Meeting>) {
    if meeting
        .record
        .with_untracked(|m| m.as_ref().map(|m| m.status))
        == Some(MeetingStatus::Planned)
    {
        meeting.edit(|m| m.status = MeetingStatus::Requested);
    }
}

#[component]
pub fn MeetingRequest(meeting: Editable<Meeting>, person: Person) -> impl IntoView {
    let profile = use_profile();
    let their_name = person.name.clone();
    let rendered = Memo::new(move |_| {
        let profile = profile.get()?;
        meeting.record.with(|m| {
            m.as_ref().map(|m| {
                render(
                    &profile.request_script,
                    &m.script_values(&profile, &their_name),
                )
            })
        })
    });
    let edited = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().and_then(|m| m.request_message.clone()))
    });
    let message = Signal::derive(move || {
        edited.get().unwrap_or_else(|| {
            rendered.with(|r| r.as_ref().map(|r| r.text.clone()).unwrap_or_default())
        })
    });
    let channel = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().map(|m| m.request_channel).unwrap_or_default())
    });
    let field = NodeRef::<Textarea>::new();
    let no_contact = person.phone.trim().is_empty() && person.email.trim().is_empty();
    let person_link = format!("/people/{}", person.meta.id);
    let first_name = person
        .name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned();
    let (phone, email) = (person.phone.clone(), person.email.clone());
    let for_introduction = person.clone();
    view! {
        <section aria-labelledby="request-heading">
            <h2 id="request-heading">"The request"</h2>
            <div class="field">
                <label for="meeting-channel">"How you ask"</label>
                <select id="meeting-channel" on:change=move |event| {
                    let chosen = event_target_value(&event);
                    if let Some(found) = RequestChannel::ALL.into_iter().find(|c| c.label() == chosen) {
                        meeting.edit(|m| m.request_channel = found);
                    }
                }>
                    {RequestChannel::ALL.into_iter().map(|option| view! {
                        <option value=option.label() prop:selected=move || channel.get() == option>{option.label()}</option>
                    }).collect_view()}
                </select>
            </div>
            <Show when=move || channel.get() == RequestChannel::Introduction>
                <Introduction meeting=meeting person=for_introduction.clone() />
            </Show>
            <div class="field">
                <label for="meeting-message">"Request message"</label>
                <p class="field-hint" id="meeting-message-hint">
                    "Short and clear: who you are, why you ask, how long it takes. Edit it freely."
                </p>
                <textarea id="meeting-message" rows="6" node_ref=field aria-describedby="meeting-message-hint"
                    prop:value=message
                    on:input=move |event| { let v = event_target_value(&event); meeting.edit(|m| m.request_message = Some(v)) }
                ></textarea>
            </div>
            {move || {
                let missing = rendered.with(|r| r.as_ref().map(|r| r.missing.clone()).unwrap_or_default());
                (edited.get().is_none() && !missing.is_empty()).then(|| view! {
                    <p class="notice">"Still to fill in: " {still_to_fill(&missing)} ". "
                        <a href="/settings">"Open Settings"</a></p>
                })
            }}
            <Show when=move || edited.get().is_some()>
                <button type="button" class="button secondary"
                    on:click=move |_| meeting.edit(|m| m.request_message = None)>
                    "Start again from the script"
                </button>
            </Show>
            <SendActions
                message=message
                phone=phone
                email=email
                subject="Could we meet?"
                field=field
                on_sent=Callback::new(move |_| mark_requested(meeting))
            />
            <p class="tip">
                "Exchange phone numbers or emails when you set it up, so either of you can reach the other if plans change."
            </p>
            {no_contact.then(|| view! {
                <p class="notice">{format!("You have no phone number or email for {first_name} yet. ")}
                    <a href=person_link>"Add contact details"</a></p>
            })}
        </section>
    }
}

/// Asking the person who referred them to introduce you.
#[component]
fn Introduction(meeting: Editable<Meeting>, person: Person) -> impl IntoView {
    let profile = use_profile();
    let referrer = use_record::<Person>(Signal::stored(person.referred_by.clone()));
    let their_name = person.name.clone();
    let script = Memo::new(move |_| {
        let profile = profile.get()?;
        meeting.record.with(|m| {
            m.as_ref().map(|m| {
                render(
                    &profile.introduction_script,
                    &m.script_values(&profile, &their_name),
                )
                .text
            })
        })
    });
    let message = Signal::derive(move || {
        meeting
            .record
            .with(|m| m.as_ref().and_then(|m| m.introduction_message.clone()))
            .unwrap_or_else(|| script.get().unwrap_or_default())
    });
    let field = NodeRef::<Textarea>::new();
    let person_link = format!("/people/{}", person.meta.id);
    view! {
        <div class="subsection">
            <h3>"Ask for an introduction"</h3>
            {move || match referrer.get() {
                Lookup::Found(referrer) => view! {
                    <div class="field">
                        <label for="meeting-introduction">{format!("Message to {}", referrer.name)}</label>
                        <textarea id="meeting-introduction" rows="4" node_ref=field
                            prop:value=message
                            on:input=move |event| {
                                let v = event_target_value(&event);
                                meeting.edit(|m| m.introduction_message = Some(v));
                            }
                        ></textarea>
                    </div>
                    <SendActions
                        message=message
                        phone=referrer.phone.clone()
                        email=referrer.email.clone()
                        subject="Would you introduce us?"
                        field=field
                        on_sent=Callback::new(|_| ())
                    />
                }
                .into_any(),
                Lookup::Loading => ().into_any(),
                Lookup::Missing => view! {
                    <p class="notice">"Who referred them? Choose it on their page, then come back for the message. "
                        <a href=person_link.clone()>"Open their page"</a></p>
                }
                .into_any(),
            }}
        </div>
    }
}
