//! Next steps agreed in a one-on-one, each with an owner and a due date, and the next
//! check-in: stored as next steps of the person, linked to the meeting.

use chrono::Local;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::meeting::Meeting;
use crate::domain::next_step::{NextStep, Owner, StepKind};
use crate::domain::person::Person;
use crate::domain::record::Meta;
use crate::domain::sensitive::{self, is_marked, marking};
use crate::domain::when::{describe_day, from_date_input, from_input, to_input};
use crate::platform::ids::{new_id, now_ms};
use crate::store::{edited, team_membership};
use crate::ui::data::editable::Editable;
use crate::ui::data::records::use_steps_of;
use crate::ui::data::store_context::Db;
use crate::ui::meetings::debrief::step_owner::{who_does, StepOwner, StepOwnerChoice};

fn save(db: Db, step: NextStep) {
    spawn_local(async move {
        let store = db.opened().await;
        db.report(store.save(&step).await.map(|_| ()));
    });
}

fn remove(db: Db, id: String) {
    spawn_local(async move {
        let store = db.opened().await;
        db.report(store.delete::<NextStep>(&id).await);
    });
}

#[component]
pub fn DebriefSteps(meeting: Editable<Meeting>, person: Editable<Person>) -> impl IntoView {
    let db = Db::get();
    let (meeting_id, person_id) = meeting
        .record
        .with_untracked(|m| m.as_ref().map(|m| (m.meta.id.clone(), m.person_id.clone())))
        .unwrap_or_default();
    // The person's steps (a few), of which this meeting's are shown.
    let all = use_steps_of(person_id.clone());
    let first_name = move || {
        person.record.with(|p| {
            p.as_ref()
                .and_then(|p| p.name.split_whitespace().next().map(str::to_owned))
                .unwrap_or_default()
        })
    };
    let mine = {
        let meeting_id = meeting_id.clone();
        Memo::new(move |_| {
            all.with(|all| {
                let mut steps: Vec<NextStep> = all
                    .iter()
                    .flatten()
                    .filter(|s| s.meeting_id.as_ref() == Some(&meeting_id))
                    .cloned()
                    .collect();
                steps.sort_by_key(|s| s.meta.created_at);
                steps
            })
        })
    };
    let tasks = Memo::new(move |_| {
        mine.with(|s| {
            s.iter()
                .filter(|s| s.kind == StepKind::Task)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let check_in =
        Memo::new(move |_| mine.with(|s| s.iter().find(|s| s.kind == StepKind::CheckIn).cloned()));

    let text = RwSignal::new(String::new());
    let owner = StepOwner::default();
    let due = RwSignal::new(String::new());
    let marked = RwSignal::new(false);
    let problem = RwSignal::new("");
    let (for_add, person_for_add) = (meeting_id.clone(), person_id.clone());
    let add = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = text.get_untracked().trim().to_owned();
        if typed.is_empty() {
            problem.set("Say what the next step is.");
            return;
        }
        let (owner, organizer) = match owner.chosen() {
            Ok(chosen) => chosen,
            Err(why) => {
                problem.set(why);
                return;
            }
        };
        save(
            db,
            NextStep {
                meta: Meta::new(new_id(), now_ms()),
                person_id: person_for_add.clone(),
                meeting_id: Some(for_add.clone()),
                text: typed,
                owner,
                kind: StepKind::Task,
                due_at: from_date_input(&due.get_untracked(), &Local),
                done_at: None,
                outcome: None,
                sensitive: marking(&[], sensitive::STEP_TEXT, marked.get_untracked()),
                organizer,
            },
        );
        text.set(String::new());
        due.set(String::new());
        marked.set(false);
        problem.set("");
    };
    let set_check_in = move |value: String| {
        let at = from_input(&value, &Local);
        match (check_in.get_untracked(), at) {
            (Some(existing), None) => remove(db, existing.meta.id),
            (Some(existing), Some(at)) => save(db, edited(&existing, |s| s.due_at = Some(at))),
            (None, Some(at)) => save(
                db,
                NextStep {
                    meta: Meta::new(new_id(), now_ms()),
                    person_id: person_id.clone(),
                    meeting_id: Some(meeting_id.clone()),
                    text: format!("Check in with {}", first_name()),
                    owner: Owner::Me,
                    kind: StepKind::CheckIn,
                    due_at: Some(at),
                    done_at: None,
                    outcome: None,
                    sensitive: Vec::new(),
                    organizer: team_membership::my_name(),
                },
            ),
            (None, None) => {}
        }
    };
    view! {
        <section aria-labelledby="debrief-steps-heading">
            <h2 id="debrief-steps-heading">"Next steps"</h2>
            {move || {
                let now = now_ms();
                let list = tasks.get();
                (!list.is_empty()).then(|| view! {
                    <ul class="steps" aria-label="Next steps agreed">
                        {list.into_iter().map(|step| {
                            let who = who_does(&step, &first_name());
                            let when = step.due_at.map(|at| format!(", by {}", describe_day(at, now, &Local))).unwrap_or_default();
                            let id = step.meta.id.clone();
                            let said = if is_marked(&step.sensitive, sensitive::STEP_TEXT) {
                                "a sensitive step".to_owned()
                            } else {
                                step.text.clone()
                            };
                            view! {
                                <li class="step">
                                    <span>{format!("{who}: {said}{when}")}</span>
                                    <button type="button" class="button secondary" aria-label=format!("Remove: {said}")
                                        on:click=move |_| remove(db, id.clone())>"Remove"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
            <form class="add-step" on:submit=add novalidate>
                <div class="field">
                    <label for="step-text">"Next step"</label>
                    <input id="step-text" type="text" autocomplete="off" aria-describedby="step-problem"
                        prop:value=move || text.get()
                        on:input=move |event| { problem.set(""); text.set(event_target_value(&event)) } />
                    <p id="step-problem" class="problem" role="alert">{move || problem.get()}</p>
                </div>
                <StepOwnerChoice owner first_name=Signal::derive(first_name) />
                <div class="field">
                    <label for="step-due">"Due"</label>
                    <input id="step-due" type="date" prop:value=move || due.get()
                        on:input=move |event| due.set(event_target_value(&event)) />
                </div>
                <label class="choice">
                    <input type="checkbox" prop:checked=move || marked.get()
                        on:change=move |event| marked.set(event_target_checked(&event)) />
                    <span>"Sensitive: keep it out of calendar files and Today's snapshot"</span>
                </label>
                <button type="submit" class="button secondary">"Add next step"</button>
            </form>
            <div class="field">
                <label for="debrief-check-in">"Next check-in"</label>
                <input id="debrief-check-in" type="datetime-local"
                    prop:value=move || to_input(check_in.get().and_then(|s| s.due_at), &Local)
                    on:change=move |event| set_check_in(event_target_value(&event)) />
            </div>
        </section>
    }
}
