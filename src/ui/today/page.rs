//! Today (`/`): what is due, the meetings coming up, and people waiting for a first one-on-one.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::follow_ups::{due_before, group, Filter};
use crate::domain::meeting::Meeting;
use crate::domain::next_step::NextStep;
use crate::domain::record::Record;
use crate::domain::story::upcoming_meetings;
use crate::platform::document::set_title;
use crate::platform::ids::now_ms;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::components::follow_up_item::FollowUpItem;
use crate::ui::components::meeting_item::MeetingItem;
use crate::ui::components::show_more::{ShowMore, PAGE};
use crate::ui::data::query::use_query;
use crate::ui::data::records::use_names_of;
use crate::ui::today::first_run::FirstRun;
use crate::ui::today::snapshot::use_shown;
use crate::ui::today::waiting::Waiting;

#[component]
pub fn Today() -> impl IntoView {
    set_title("Today");
    let date = Local::now().format("%A, %-d %B %Y").to_string();
    let (due_shown, upcoming_shown) = (RwSignal::new(PAGE), RwSignal::new(PAGE));
    // Only the records Today shows are read in full: with thousands of held meetings and done
    // steps, reading them all would hold up the first screen. Of the upcoming meetings, only
    // the ones shown are read, soonest first, and the rest are counted.
    let meetings = use_query(&[Meeting::STORE], move |store| {
        let shown = upcoming_shown.get() as u32;
        async move { store.upcoming_meetings(shown).await }
    });
    // Of the open steps, only the due ones shown are read, soonest first; the rest are counted.
    let steps = use_query(&[NextStep::STORE], move |store| {
        let shown = due_shown.get() as u32;
        async move { store.due_steps(due_before(now_ms(), &Local), shown).await }
    });
    let due = Memo::new(move |_| {
        steps.with(|s| {
            s.as_ref().map(|(some, total)| {
                let first = group(some, &Filter::default(), now_ms(), &Local)
                    .into_iter()
                    .filter(|(bucket, _)| bucket.is_due())
                    .flat_map(|(_, steps)| steps)
                    .collect::<Vec<_>>();
                (first, *total)
            })
        })
    });
    // The first ones shown, and how many there are in all.
    let upcoming = Memo::new(move |_| {
        meetings.with(|m| {
            m.as_ref().map(|(some, total)| {
                let mut first = upcoming_meetings(some);
                first.truncate(upcoming_shown.get());
                (first, *total)
            })
        })
    });
    // The names of the people the shown items concern: a few of perhaps thousands.
    let shown_people = Memo::new(move |_| {
        let mut ids: Vec<String> = due.with(|due| {
            due.iter()
                .flat_map(|(first, _)| first)
                .map(|step| step.person_id.clone())
                .collect()
        });
        upcoming.with(|upcoming| {
            ids.extend(
                upcoming
                    .iter()
                    .flat_map(|(first, _)| first)
                    .map(|m| m.person_id.clone()),
            )
        });
        ids.sort();
        ids.dedup();
        ids
    });
    let names = use_names_of(shown_people);
    // The lists show once they and the names of their people are in, so no card changes under
    // a finger (until then, the snapshot the last start kept, if it is today's); after that, a
    // card added by "Show more" takes its name a moment later.
    let named = Memo::new(move |was: Option<&bool>| {
        let all_named = names.with(|n| {
            n.as_ref()
                .is_some_and(|n| shown_people.with(|ids| ids.iter().all(|id| n.contains_key(id))))
        });
        let loaded = due.with(Option::is_some) && upcoming.with(Option::is_some);
        was.copied().unwrap_or(false) || (loaded && all_named)
    });
    let shown = use_shown(due, upcoming, names, named);
    let name_of = move |id: &str| shown.name_of(id);
    view! {
        <h1>"Today"</h1>
        <p class="lede">{date}</p>
        <FirstRun />
        <section aria-labelledby="due-heading">
            <h2 id="due-heading">"Due follow-ups"</h2>
            {move || match shown.due.get() {
                None => view! { <p class="muted">"Loading…"</p> }.into_any(),
                Some((first, _)) if first.is_empty() => view! {
                    <EmptyState
                        title="Nothing due"
                        hint="Next steps and check-ins you agree on in a debrief show up here on the day they are due."
                    />
                }.into_any(),
                Some((first, total)) => view! {
                    <ul class="follow-up-list" aria-label="Due follow-ups">
                        {first.iter().cloned().map(|step| {
                            let name = name_of(&step.person_id).unwrap_or_default();
                            view! { <FollowUpItem step=step person_name=name on_done=Callback::new(|_| ()) /> }
                        }).collect_view()}
                    </ul>
                    <ShowMore noun="follow-ups" left=total.saturating_sub(first.len()) shown=due_shown page=PAGE />
                    <p><a href="/follow-ups">"All follow-ups"</a></p>
                }.into_any(),
            }}
        </section>
        <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">"Upcoming meetings"</h2>
            {move || match shown.upcoming.get() {
                None => view! { <p class="muted">"Loading…"</p> }.into_any(),
                Some((first, _)) if first.is_empty() => view! {
                    <EmptyState
                        title="No meetings planned"
                        hint="Plan a one-on-one from a person's page and it appears here."
                    />
                }.into_any(),
                Some((first, total)) => view! {
                    <ul class="cards" aria-label="Upcoming meetings">
                        {first.iter().cloned().map(|meeting| {
                            let name = name_of(&meeting.person_id).filter(|n| !n.is_empty()).unwrap_or_else(|| "One-on-one".to_owned());
                            view! { <MeetingItem meeting=meeting title=name /> }
                        }).collect_view()}
                    </ul>
                    <ShowMore noun="meetings" left=total.saturating_sub(first.len()) shown=upcoming_shown page=PAGE />
                }.into_any(),
            }}
        </section>
        <section aria-labelledby="waiting-heading">
            <h2 id="waiting-heading">"Waiting for a first one-on-one"</h2>
            // Read once the lists above are shown: it picks from every meeting ever held.
            <Show when=move || named.get() fallback=|| view! { <p class="muted">"Loading…"</p> }>
                <Waiting />
            </Show>
        </section>
    }
}
