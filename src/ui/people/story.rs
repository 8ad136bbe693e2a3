//! A person's story at a glance: stage and engagement (and how it moved), meetings past and
//! planned, open commitments both ways and how they kept theirs, the next check-in, and
//! referrals in both directions.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::calendar::CalendarItem;
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::person::Person;
use crate::domain::sensitive::{self, is_marked};
use crate::domain::story::{story, Link, Story};
use crate::domain::when::{describe, describe_day};
use crate::platform::ids::now_ms;
use crate::store::team_membership;
use crate::ui::components::add_to_calendar::AddToCalendar;
use crate::ui::components::engagement_options::{chosen_level, EngagementOptions};
use crate::ui::components::meeting_item::MeetingItem;
use crate::ui::components::sensitive_area::MaskedText;
use crate::ui::data::editable::Editable;
use crate::ui::data::records::{use_meetings_of, use_steps_of};
use crate::ui::people::contact_actions::ContactActions;
use crate::ui::people::ego_map::EgoMap;
use crate::ui::people::engagement_history::EngagementHistory;
use crate::ui::people::hand_on::HandOnSummary;
use crate::ui::people::save_contact::SaveContact;

#[component]
pub fn PersonStory(
    person: Editable<Person>,
    /// Whoever referred them and the people they referred; `None` while loading.
    links: RwSignal<Option<Vec<Person>>>,
) -> impl IntoView {
    let id = person
        .record
        .with_untracked(|p| p.as_ref().map(|p| p.meta.id.clone()))
        .unwrap_or_default();
    let meetings = use_meetings_of(id.clone());
    let steps = use_steps_of(id.clone());
    // The story reads only these of the person's own fields: typing in their notes must not
    // tell it again on every keystroke.
    let basis = Memo::new(move |_| {
        person.record.with(|p| {
            p.as_ref()
                .map(|p| (p.referred_by.clone(), p.engagement, p.last_contact_at))
        })
    });
    let told = Memo::new(move |_| {
        basis.track();
        let person = person.record.get_untracked()?;
        let (meetings, steps, people) = (meetings.get()?, steps.get()?, links.get()?);
        Some(story(&person, &meetings, &steps, &people))
    });
    let name = person
        .record
        .with_untracked(|p| p.as_ref().map(|p| p.name.clone()))
        .unwrap_or_default();
    let everything = {
        Callback::new(move |_| {
            let me = team_membership::my_name();
            let Some(told) = told.get_untracked() else {
                return Vec::new();
            };
            let name = person
                .record
                .with_untracked(|p| p.as_ref().map(|p| p.name.clone()))
                .unwrap_or_default();
            let meetings = told
                .upcoming
                .into_iter()
                .map(|m| CalendarItem::Meeting(Box::new(m), name.clone()));
            let steps = told
                .their_commitments
                .into_iter()
                .chain(told.my_tasks)
                .chain(told.next_check_in)
                .filter(|step| step.is_for(me.as_deref()));
            meetings
                .chain(steps.map(|s| CalendarItem::Step(Box::new(s), name.clone())))
                .collect()
        })
    };
    view! {
        <section aria-labelledby="story-heading">
            <h2 id="story-heading">"At a glance"</h2>
            <a href=format!("/meetings/new?person={id}") class="button">"Plan a one-on-one"</a>
            <ContactActions person=person />
            <SaveContact person=person />
            <EngagementChoice person=person />
            {move || told.get().map(|told| view! { <StoryDetails told=told /> })}
            <EgoMap person=person links=links />
            <p><a href=format!("/map?person={id}")>"See them on the map"</a></p>
            <AddToCalendar label="Add their meetings and follow-ups to calendar" about=name.clone() items=everything />
            <HandOnSummary person=person told=told />
        </section>
    }
}

#[component]
fn StoryDetails(told: Story) -> impl IntoView {
    let now = now_ms();
    let due = move |step: &NextStep| {
        step.due_at
            .map(|at| format!(" (by {})", describe_day(at, now, &Local)))
            .unwrap_or_default()
    };
    let steps_list = move |label: &'static str, steps: Vec<NextStep>| {
        view! {
            <h3>{label}</h3>
            {if steps.is_empty() {
                view! { <p class="muted">"None open"</p> }.into_any()
            } else {
                view! { <ul aria-label=label>{steps.iter().map(|s| view! { <li><StepText step=s />{due(s)}</li> }).collect_view()}</ul> }.into_any()
            }}
        }
    };
    // Ours to do: this phone's organizer's, and those given to a teammate.
    let me = team_membership::my_name();
    let (mine, teammates): (Vec<NextStep>, Vec<NextStep>) = told
        .my_tasks
        .iter()
        .cloned()
        .partition(|step| step.is_for(me.as_deref()));
    // The last one-on-one that was debriefed (or at least held), for what it taught you.
    let latest_debrief = told
        .past
        .iter()
        .find(|m| m.debrief.is_some() || m.live.ended_at.is_some())
        .cloned();
    let meetings = told
        .upcoming
        .iter()
        .chain(told.past.iter())
        .cloned()
        .collect::<Vec<_>>();
    view! {
        <dl class="facts">
            <dt>"Stage"</dt>
            <dd>{told.stage.label()}</dd>
            <dt>"Next check-in"</dt>
            <dd>{told.next_check_in.as_ref().map_or("None set".into_any(), |s| match s.due_at {
                Some(at) => describe(at, now, &Local).into_any(),
                None => view! { <StepText step=s /> }.into_any(),
            })}</dd>
            <dt>"Referred by"</dt>
            <dd>{person_link(told.referred_by.clone(), "No one")}</dd>
            <dt>"Follow-through"</dt>
            <dd>{told.follow_through.summary().unwrap_or_else(|| "Nothing taken on yet".to_owned())}</dd>
        </dl>
        <EngagementHistory history=told.engagement_history.clone() />
        <h3>"One-on-ones"</h3>
        {if meetings.is_empty() {
            view! { <p class="muted">"None yet"</p> }.into_any()
        } else {
            view! {
                <ul class="cards" aria-label="One-on-ones">
                    {meetings.into_iter().map(|m| view! { <MeetingItem meeting=m title="One-on-one".to_owned() /> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {steps_list("Their commitments", told.their_commitments)}
        {steps_list("Your tasks", mine)}
        {(!teammates.is_empty()).then(|| view! {
            <h3>"Teammates' tasks"</h3>
            <ul aria-label="Teammates' tasks">{teammates.iter().map(|s| view! {
                <li>{format!("{}: ", s.organizer.clone().unwrap_or_default())}<StepText step=s />{due(s)}</li>
            }).collect_view()}</ul>
        })}
        <h3>"People they referred"</h3>
        {if told.referrals.is_empty() {
            view! { <p class="muted">"No one yet"</p> }.into_any()
        } else {
            view! { <ul aria-label="People they referred">{told.referrals.into_iter().map(|l| view! { <li>{person_link(Some(l), "")}</li> }).collect_view()}</ul> }.into_any()
        }}
        {latest_debrief.map(|meeting| view! { <LatestDebrief meeting=meeting /> })}
    }
}

fn person_link(link: Option<Link>, otherwise: &'static str) -> AnyView {
    match link {
        Some(link) => view! { <a href=format!("/people/{}", link.id)>{link.name}</a> }.into_any(),
        None => otherwise.into_any(),
    }
}

/// Engagement 1 to 5, named with the organizer's labels.
#[component]
pub fn EngagementChoice(person: Editable<Person>) -> impl IntoView {
    let level = Signal::derive(move || {
        person
            .record
            .with(|p| p.as_ref().and_then(|p| p.engagement))
    });
    view! {
        <div class="field">
            <label for="person-engagement">"Engagement"</label>
            <select id="person-engagement" on:change=move |event| {
                let chosen = chosen_level(&event_target_value(&event));
                person.edit(|p| p.engagement = chosen);
            }>
                <EngagementOptions level=level none="Not set" />
            </select>
        </div>
    }
}

/// A step's text, masked until tapped where it is marked sensitive.
#[component]
fn StepText<'a>(step: &'a NextStep) -> impl IntoView {
    let marked = is_marked(&step.sensitive, sensitive::STEP_TEXT);
    view! { <MaskedText text=step.text.clone() class="" marked=marked /> }
}

/// What the last debrief noted: sparks, asks and their answers, and what to remember; what is
/// marked sensitive masked until tapped.
#[component]
fn LatestDebrief(meeting: Meeting) -> impl IntoView {
    let heading = match meeting.starts_at.or(meeting.live.started_at) {
        Some(at) => format!(
            "From the one-on-one of {}",
            describe_day(at, now_ms(), &Local)
        ),
        None => "From your last one-on-one".to_owned(),
    };
    let debrief = meeting.debrief_or_draft();
    let asks = debrief.asks_in_words();
    let fact = |label: &'static str, field: &'static str, text: String| {
        let marked = meeting.is_marked(field);
        (!text.trim().is_empty()).then(|| {
            view! { <dt>{label}</dt><dd class="prose"><MaskedText text=text class="" marked=marked /></dd> }
        })
    };
    let asks_marked = meeting.is_marked(sensitive::ASKS);
    view! {
        <h3>{heading}</h3>
        <dl class="facts stacked">
            {fact("Sparks", sensitive::DEBRIEF_SPARKS, debrief.sparks.clone())}
            {fact("Remember", sensitive::DEBRIEF_REMEMBER, debrief.remember.clone())}
        </dl>
        {(!asks.is_empty()).then(|| view! {
            <ul aria-label="Asks and answers">{asks.into_iter().map(|a| view! {
                <li><MaskedText text=a class="" marked=asks_marked /></li>
            }).collect_view()}</ul>
        })}
    }
}
