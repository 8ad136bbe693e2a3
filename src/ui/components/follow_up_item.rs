//! One follow-up in a list: what, for whom, when; done with a tap, or for a commitment of
//! theirs ended as kept, broken or dropped (and undone from the list's notice), rescheduled
//! with a date, or sent to the calendar on its own.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::calendar::CalendarItem;
use crate::domain::commitments::{end_step, Outcome};
use crate::domain::next_step::{NextStep, Owner, StepKind};
use crate::domain::sensitive::{self, is_marked};
use crate::domain::when::{describe_day, from_date_input, to_date_input};
use crate::platform::ids::now_ms;
use crate::store::edited;
use crate::ui::components::add_to_calendar::AddToCalendar;
use crate::ui::components::sensitive_area::MaskedText;
use crate::ui::data::store_context::Db;

/// Saves a changed step (done, undone, rescheduled), once the store is open if it is not yet
/// (Today shows its snapshot's steps before that), and returns it as changed: the version an
/// undo changes back.
pub fn save_step(db: Db, step: NextStep, change: impl FnOnce(&mut NextStep)) -> NextStep {
    let step = edited(&step, change);
    let saved = step.clone();
    db.with_store(move |store| {
        spawn_local(async move { db.report(store.save(&step).await.map(|_| ())) });
    });
    saved
}

#[component]
pub fn FollowUpItem(
    step: NextStep,
    person_name: String,
    /// Told when the step is marked done or ended, for the undo notice.
    on_done: Callback<NextStep>,
) -> impl IntoView {
    let db = Db::get();
    let first = person_name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned();
    let who = match (step.kind, step.owner) {
        (StepKind::CheckIn, _) => "Check-in".to_owned(),
        (_, Owner::Me) => "You".to_owned(),
        (_, Owner::Them) => first,
    };
    let when = step
        .due_at
        .map(|at| describe_day(at, now_ms(), &Local))
        .unwrap_or_else(|| "No date".to_owned());
    let date_id = format!("due-{}", step.meta.id);
    let masked = is_marked(&step.sensitive, sensitive::STEP_TEXT);
    // What the buttons' names say of it: never a sensitive text.
    let text = if masked {
        format!("sensitive step with {person_name}")
    } else {
        step.text.clone()
    };
    let (for_done, for_date, for_calendar) = (step.clone(), step.clone(), step.clone());
    let calendar_name = person_name.clone();
    view! {
        <li class="follow-up">
            <div class="follow-up-text">
                <MaskedText text=step.text.clone() class="card-title" marked=masked />
                <span class="card-detail">
                    {format!("{who} · {when} · ")}
                    <a href=format!("/people/{}", step.person_id)>{person_name.clone()}</a>
                </span>
            </div>
            <div class="follow-up-tools">
                {if step.is_their_commitment() {
                    // Theirs: how it ended goes in their ledger (`domain::commitments`).
                    let text = text.clone();
                    view! {
                        <div class="endings" role="group" aria-label=format!("How it ended: {text}")>
                            {Outcome::ALL.into_iter().map(|outcome| {
                                let step = for_done.clone();
                                view! {
                                    <button type="button" class=if outcome == Outcome::Kept { "button" } else { "button secondary" }
                                        aria-label=format!("{}: {text}", outcome.label())
                                        on:click=move |_| {
                                            let ended = save_step(db, step.clone(), |s| end_step(s, Some(outcome), now_ms()));
                                            on_done.run(ended);
                                        }>{outcome.label()}</button>
                                }
                            }).collect_view()}
                        </div>
                    }.into_any()
                } else {
                    let text = text.clone();
                    view! {
                        <button type="button" class="button" aria-label=format!("Done: {text}")
                            on:click=move |_| {
                                let done = save_step(db, for_done.clone(), |s| s.done_at = Some(now_ms()));
                                on_done.run(done);
                            }>"Done"</button>
                    }.into_any()
                }}
                <div class="field">
                    <label for=date_id.clone()>{format!("Due date for {text}")}</label>
                    <input id=date_id type="date" prop:value=to_date_input(step.due_at, &Local)
                        on:change=move |event| {
                            let due = from_date_input(&event_target_value(&event), &Local);
                            save_step(db, for_date.clone(), |s| s.due_at = due);
                        } />
                </div>
                <AddToCalendar label=format!("Add to calendar: {text}") about=calendar_name.clone()
                    items=Callback::new(move |_| vec![CalendarItem::Step(Box::new(for_calendar.clone()), calendar_name.clone())]) />
            </div>
        </li>
    }
}
