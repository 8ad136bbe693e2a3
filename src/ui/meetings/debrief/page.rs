//! The debrief (`/meetings/:id/debrief`), right after the meeting while it is fresh: sparks,
//! their story, skills and organizations, how what they took on before ended, asks and
//! answers, next steps and the next check-in, referrals, engagement, a note for months from
//! now, and the organizer's self-check. Prefilled from the live capture.

use leptos::prelude::*;

use crate::domain::debrief::Debrief;
use crate::domain::live::clock_text;
use crate::domain::meeting::Meeting;
use crate::domain::person::Person;
use crate::domain::sensitive;
use crate::platform::document::set_title;
use crate::ui::components::list_field::ListField;
use crate::ui::components::not_found::{Loading, Missing};
use crate::ui::components::save_status::SaveStatus;
use crate::ui::components::sensitive_area::{SensitiveArea, Sensitivity};
use crate::ui::data::editable::{Editable, Presence};
use crate::ui::data::route_param::for_each_param;
use crate::ui::meetings::debrief::asks::DebriefAsks;
use crate::ui::meetings::debrief::earlier_commitments::EarlierCommitments;
use crate::ui::meetings::debrief::edit::{debrief_text, edit_debrief};
use crate::ui::meetings::debrief::engagement::DebriefEngagement;
use crate::ui::meetings::debrief::referrals::DebriefReferrals;
use crate::ui::meetings::debrief::self_check::DebriefSelfCheck;
use crate::ui::meetings::debrief::steps::DebriefSteps;

#[component]
pub fn MeetingDebrief() -> impl IntoView {
    for_each_param("id", |id| view! { <DebriefById id=id /> })
}

#[component]
fn DebriefById(id: String) -> impl IntoView {
    set_title("Debrief");
    let meeting = Editable::<Meeting>::load(id, |_, _| None);
    move || {
        match meeting.presence.get() {
        Presence::Loading => view! { <Loading /> }.into_any(),
        Presence::Missing => view! { <Missing title="Meeting not found" message="This meeting is not on this device. It may have been deleted." back_href="/" back_label="Go to Today" /> }
        .into_any(),
        Presence::Shown => {
            let person_id = meeting
                .record
                .with_untracked(|m| m.as_ref().map(|m| m.person_id.clone()))
                .unwrap_or_default();
            view! { <DebriefWith meeting=meeting person_id=person_id /> }.into_any()
        }
    }
    }
}

#[component]
fn DebriefWith(meeting: Editable<Meeting>, person_id: String) -> impl IntoView {
    let person = Editable::<Person>::load(person_id, |_, _| None);
    move || match person.presence.get() {
        Presence::Loading => view! { <Loading /> }.into_any(),
        Presence::Missing => view! {
            <h1>"Who was this meeting with?"</h1>
            <p>"The person for this meeting is not on this device."</p>
        }
        .into_any(),
        Presence::Shown => view! { <DebriefForm meeting=meeting person=person /> }.into_any(),
    }
}

#[component]
fn DebriefForm(meeting: Editable<Meeting>, person: Editable<Person>) -> impl IntoView {
    let name = person.text(|p| p.name.clone());
    let summary = move || {
        meeting.record.with(|m| {
            let m = m.as_ref()?;
            let end = m.live.ended_at?;
            let share = m
                .live
                .talk
                .totals(end)
                .my_share()
                .map(|s| format!(" · you talked {}%", (s * 100.0).round()));
            Some(format!(
                "{} · lasted {}{}",
                m.status.label(),
                clock_text(m.live.elapsed_ms(end)),
                share.unwrap_or_default()
            ))
        })
    };
    let meeting_link = meeting
        .record
        .with_untracked(|m| m.as_ref().map(|m| format!("/meetings/{}", m.meta.id)))
        .unwrap_or_default();
    let person_link = person
        .record
        .with_untracked(|p| p.as_ref().map(|p| format!("/people/{}", p.meta.id)))
        .unwrap_or_default();
    let saved = move || {
        // Two records are edited here; show the one that needs attention.
        meeting.state.get().max(person.state.get())
    };
    view! {
        <h1>"Debrief: " {move || name.get()}</h1>
        <p class="lede">{summary}</p>
        <SaveStatus state=Signal::derive(saved) />
        <section aria-labelledby="debrief-them-heading">
            <h2 id="debrief-them-heading">"What you learned"</h2>
            <DebriefArea meeting=meeting id="debrief-sparks" field=sensitive::DEBRIEF_SPARKS label="Sparks and self-interest"
                hint="What moves them, makes them angry, gives them hope."
                read=|d| d.sparks.clone() write=|d, v| d.sparks = v />
            <DebriefArea meeting=meeting id="debrief-story" field=sensitive::DEBRIEF_STORY label="Their story"
                hint="Highlights: where they come from, why they care."
                read=|d| d.story.clone() write=|d, v| d.story = v />
            <ListField label="Skills and interests (comma separated)" id="debrief-skills" person=person
                read=|p| &p.skills write=|p, list| p.skills = list />
            <ListField label="Organizations (comma separated)" id="debrief-organizations" person=person
                read=|p| &p.organizations write=|p, list| p.organizations = list />
        </section>
        <EarlierCommitments meeting=meeting />
        <DebriefAsks meeting=meeting />
        <DebriefSteps meeting=meeting person=person />
        <DebriefReferrals meeting=meeting person=person />
        <section aria-labelledby="debrief-remember-heading">
            <h2 id="debrief-remember-heading">"For months from now"</h2>
            <DebriefEngagement meeting=meeting person=person />
            <DebriefArea meeting=meeting id="debrief-remember" field=sensitive::DEBRIEF_REMEMBER label="What will I need to remember?"
                hint="Written for yourself, half a year from now."
                read=|d| d.remember.clone() write=|d, v| d.remember = v />
        </section>
        <DebriefSelfCheck meeting=meeting />
        <div class="actions">
            <a href=person_link.clone() class="button">"Done"</a>
            <a href=meeting_link.clone() class="button secondary">"Meeting plan"</a>
        </div>
    }
}

/// A labelled, autosaved text area of the debrief that can be marked sensitive.
#[component]
fn DebriefArea(
    meeting: Editable<Meeting>,
    id: &'static str,
    field: &'static str,
    label: &'static str,
    hint: &'static str,
    read: fn(&Debrief) -> String,
    write: fn(&mut Debrief, String),
) -> impl IntoView {
    view! {
        <SensitiveArea label=label id=id hint=hint rows=3 value=debrief_text(meeting, read)
            on_input=Callback::new(move |text| edit_debrief(meeting, |d| write(d, text)))
            sensitivity=Sensitivity::of_meeting(meeting, field) />
    }
}
