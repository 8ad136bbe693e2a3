//! Follow-ups (`/follow-ups`): every open next step and check-in across people, grouped
//! overdue, today, this week and later; done (theirs kept, broken or dropped) with undo, rescheduled, filtered by person and by
//! owner, and sent to the calendar one by one or all at once.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::calendar::CalendarItem;
use crate::domain::commitments::{end_step, Outcome};
use crate::domain::follow_ups::{group, Filter};
use crate::domain::next_step::{NextStep, Owner};
use crate::domain::sensitive::{self, is_marked};
use crate::platform::document::set_title;
use crate::platform::ids::now_ms;
use crate::ui::components::add_to_calendar::AddToCalendar;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::follow_up_item::{save_step, FollowUpItem};
use crate::ui::data::records::{names_by_id, use_name_cards, use_open_steps};
use crate::ui::data::store_context::Db;

#[component]
pub fn FollowUps() -> impl IntoView {
    set_title("Follow-ups");
    let db = Db::get();
    let steps = use_open_steps();
    let people = use_name_cards();
    let person = RwSignal::new(String::new());
    let owner = RwSignal::new(None::<Owner>);
    let undo = RwSignal::new(None::<NextStep>);
    let names = names_by_id(people);
    let filter = Memo::new(move |_| Filter {
        person_id: Some(person.get()).filter(|p| !p.is_empty()),
        owner: owner.get(),
    });
    let groups = Memo::new(move |_| {
        let filter = filter.get();
        steps.with(|s| s.as_deref().map(|s| group(s, &filter, now_ms(), &Local)))
    });
    let name_of = move |id: &str| names.with(|n| n.get(id).cloned()).unwrap_or_default();
    let everything = Callback::new(move |_| {
        groups
            .get_untracked()
            .unwrap_or_default()
            .into_iter()
            .flat_map(|(_, steps)| steps)
            .map(|step| {
                let name = name_of(&step.person_id);
                CalendarItem::Step(Box::new(step), name)
            })
            .collect()
    });
    view! {
        <h1>"Follow-ups"</h1>
        <div class="filters">
            <div class="field">
                <label for="follow-ups-person">"Person"</label>
                <select id="follow-ups-person" on:change=move |event| person.set(event_target_value(&event))>
                    <option value="">"Everyone"</option>
                    {move || {
                        let mut all = names.get().into_iter().collect::<Vec<_>>();
                        all.sort_by_key(|(_, name)| name.to_lowercase());
                        all.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="follow-ups-owner">"Who"</label>
                <select id="follow-ups-owner" on:change=move |event| owner.set(match event_target_value(&event).as_str() {
                    "me" => Some(Owner::Me),
                    "them" => Some(Owner::Them),
                    _ => None,
                })>
                    <option value="">"Anyone"</option>
                    <option value="me">"You"</option>
                    <option value="them">"Them"</option>
                </select>
            </div>
        </div>
        {move || undo.get().map(|step| {
            let again = step.clone();
            view! {
                <div class="notice undo" role="status">
                    <span>{
                        let how = step.outcome.map_or("Done", Outcome::label);
                        if is_marked(&step.sensitive, sensitive::STEP_TEXT) {
                            format!("{how}: a sensitive step")
                        } else {
                            format!("{how}: {}", step.text)
                        }
                    }</span>
                    <button type="button" class="button secondary" on:click=move |_| {
                        save_step(db, again.clone(), |s| end_step(s, None, now_ms()));
                        undo.set(None);
                    }>"Undo"</button>
                </div>
            }
        })}
        {move || match groups.get() {
            None => view! { <p class="muted">"Loading…"</p> }.into_any(),
            Some(list) if list.is_empty() => view! {
                <EmptyState title="Nothing to follow up"
                    hint="Next steps and check-ins you agree on in a debrief show up here, with their dates." />
            }.into_any(),
            Some(list) => view! {
                <AddToCalendar label="Add all to calendar" about="follow-ups" items=everything />
                {list.into_iter().map(|(bucket, steps)| {
                    let heading_id = format!("bucket-{:?}", bucket).to_lowercase();
                    let labelled_by = heading_id.clone();
                    view! {
                        <section aria-labelledby=labelled_by>
                            <h2 id=heading_id>{format!("{} ({})", bucket.label(), steps.len())}</h2>
                            <ul class="follow-up-list" aria-label=bucket.label()>
                                {steps.into_iter().map(|step| {
                                    let name = name_of(&step.person_id);
                                    view! { <FollowUpItem step=step person_name=name on_done=Callback::new(move |s| undo.set(Some(s))) /> }
                                }).collect_view()}
                            </ul>
                        </section>
                    }
                }).collect_view()}
            }.into_any(),
        }}
    }
}
