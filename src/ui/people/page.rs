//! A person (`/people/:id`): their story at a glance, their details autosaved as they are
//! edited, and a way to forget them (with their meetings, notes and steps) after a
//! confirmation.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::domain::person::{Channel, Person};
use crate::domain::sensitive;
use crate::platform::document::set_title;
use crate::ui::components::flash::Flash;
use crate::ui::components::list_field::ListField;
use crate::ui::components::not_found::{Loading, Missing};
use crate::ui::components::save_status::SaveStatus;
use crate::ui::components::sensitive_area::{SensitiveArea, Sensitivity};
use crate::ui::components::text_field::TextField;
use crate::ui::data::editable::{Editable, Presence};
use crate::ui::data::records::use_links_of;
use crate::ui::data::route_param::for_each_param;
use crate::ui::data::store_context::Db;
use crate::ui::people::person_links::PersonLinks;
use crate::ui::people::referrer_picker::ReferrerPicker;
use crate::ui::people::story::PersonStory;
use crate::ui::people::team_share::{is_shared, TeamShare};

#[component]
pub fn PersonPage() -> impl IntoView {
    for_each_param("id", |id| view! { <PersonById id=id /> })
}

#[component]
fn PersonById(id: String) -> impl IntoView {
    let person = Editable::<Person>::load(id, |_, _| None);
    Effect::new(move || {
        set_title(
            &person
                .record
                .with(|p| p.as_ref().map_or("Person".to_owned(), |p| p.name.clone())),
        );
    });
    move || {
        match person.presence.get() {
        Presence::Loading => view! { <Loading /> }.into_any(),
        Presence::Missing => view! { <Missing title="Person not found" message="This person is not on this device. They may have been deleted." back_href="/people" back_label="Go to People" /> }
        .into_any(),
        Presence::Shown => view! { <PersonDetails person=person /> }.into_any(),
    }
    }
}

#[component]
fn PersonDetails(person: Editable<Person>) -> impl IntoView {
    let me = person
        .record
        .with_untracked(|p| p.as_ref().map(|p| p.meta.id.clone()));
    let referrer = Memo::new(move |_| {
        person
            .record
            .with(|p| p.as_ref().and_then(|p| p.referred_by.clone()))
    });
    // Who referred them and whom they referred: a few people, not everyone on the phone.
    let links = use_links_of(me.clone().unwrap_or_default(), referrer);
    let text = move |read: fn(&Person) -> String| person.text(read);
    view! {
        <h1>{move || person.text(|p| p.name.clone()).get()}</h1>
        <SaveStatus state=person.state />
        <PersonStory person=person links=links />
        <section aria-labelledby="contact-heading">
            <h2 id="contact-heading">"Contact"</h2>
            <TextField label="Name" id="person-name" value=text(|p| p.name.clone())
                on_input=Callback::new(move |v| person.edit(|p| p.name = v)) />
            <TextField label="Phone" id="person-phone" autocomplete="tel" value=text(|p| p.phone.clone())
                on_input=Callback::new(move |v| person.edit(|p| p.phone = v)) />
            <TextField label="Email" id="person-email" autocomplete="email" value=text(|p| p.email.clone())
                on_input=Callback::new(move |v| person.edit(|p| p.email = v)) />
            <TextField label="Other contact" id="person-other" value=text(|p| p.other_contact.clone())
                on_input=Callback::new(move |v| person.edit(|p| p.other_contact = v)) />
            <div class="field">
                <label for="person-channel">"Prefers"</label>
                <select id="person-channel" on:change=move |event| {
                    let chosen = event_target_value(&event);
                    if let Some(channel) = Channel::ALL.iter().find(|c| c.label() == chosen) {
                        person.edit(|p| p.preferred_channel = *channel);
                    }
                }>
                    {Channel::ALL.into_iter().map(|channel| view! {
                        <option value=channel.label() prop:selected=move || {
                            person.record.with(|p| p.as_ref().map(|p| p.preferred_channel)) == Some(channel)
                        }>{channel.label()}</option>
                    }).collect_view()}
                </select>
            </div>
        </section>
        <section aria-labelledby="about-person-heading">
            <h2 id="about-person-heading">"About them"</h2>
            <ListField label="Organizations (comma separated)" id="person-organizations" person=person
                read=|p| &p.organizations write=|p, list| p.organizations = list />
            <ListField label="Tags (comma separated)" id="person-tags" person=person
                read=|p| &p.tags write=|p, list| p.tags = list />
            <ListField label="Skills and interests (comma separated)" id="person-skills" person=person
                read=|p| &p.skills write=|p, list| p.skills = list />
            <TextField label="How you know them" id="person-how" value=text(|p| p.how_we_met.clone())
                on_input=Callback::new(move |v| person.edit(|p| p.how_we_met = v)) />
            <ReferrerPicker me=me.clone() chosen=referrer linked=links
                on_choose=Callback::new(move |chosen| person.edit(|p| p.referred_by = chosen)) />
            <PersonLinks person=person />
            <SensitiveArea label="Notes" id="person-notes" rows=5 value=text(|p| p.notes.clone())
                on_input=Callback::new(move |v| person.edit(|p| p.notes = v))
                sensitivity=Sensitivity::of(person, sensitive::NOTES, |p| &p.sensitive, |p| &mut p.sensitive) />
        </section>
        <TeamShare person=person />
        <DeletePerson person=person />
    }
}

/// What People says once a person is forgotten.
fn forgotten_message(name: &str, meetings: usize, steps: usize) -> String {
    let count = |n: usize, one: &str, many: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    let name = if name.trim().is_empty() {
        "The person"
    } else {
        name.trim()
    };
    format!(
        "{name} was forgotten: erased from this phone with {} and {}.",
        count(meetings, "one-on-one", "one-on-ones"),
        count(steps, "next step", "next steps")
    )
}

#[component]
fn DeletePerson(person: Editable<Person>) -> impl IntoView {
    let db = Db::get();
    let flash = Flash::get();
    let confirming = RwSignal::new(false);
    let navigate = use_navigate();
    let delete = move |_| {
        let Some(id) = person
            .record
            .with_untracked(|p| p.as_ref().map(|p| p.meta.id.clone()))
        else {
            return;
        };
        let name = person.text(|p| p.name.clone()).get_untracked();
        let navigate = navigate.clone();
        spawn_local(async move {
            let store = db.opened().await;
            match store.delete_person(&id).await {
                Ok((meetings, steps)) => {
                    flash.say(forgotten_message(&name, meetings, steps), "/people");
                    navigate("/people", Default::default());
                }
                Err(error) => db.report(Err(error)),
            }
        });
    };
    view! {
        <div class="danger-zone">
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="button secondary" on:click=move |_| confirming.set(true)>
                    "Forget this person…"
                </button>
            }>
                <p>{move || {
                    let name = person.text(|p| p.name.clone()).get();
                    if is_shared(person) {
                        format!("Forget {name}? They are shared with your team: their one-on-ones, notes and next steps are erased from this phone for good, and from your teammates' phones as soon as this phone is online.")
                    } else {
                        format!("Forget {name}? Their one-on-ones, notes and next steps are erased from this phone for good.")
                    }
                }}</p>
                <div class="actions">
                    <button type="button" class="button danger" on:click=delete.clone()>"Forget"</button>
                    <button type="button" class="button secondary" on:click=move |_| confirming.set(false)>"Keep"</button>
                </div>
            </Show>
        </div>
    }
}
