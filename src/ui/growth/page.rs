//! Your growth (`/growth`): across the last one-on-ones held, the talk share against 30/70 and
//! the length against the plan (charts), one-on-ones held each week, the asks made and their
//! answers, and what the debriefs' self-checks say; a table of the same for screen readers.

use chrono::Local;
use leptos::prelude::*;

use crate::domain::growth::{
    growth, keeps_plan, keeps_talk_goal, percent, Growth, TALK_SHARE_GOAL,
};
use crate::domain::meeting::Meeting;
use crate::domain::when::describe_day;
use crate::platform::document::set_title;
use crate::platform::ids::now_ms;
use crate::ui::components::empty_state::EmptyState;
use crate::ui::data::records::{names_by_id, use_all, use_name_cards};
use crate::ui::growth::bar_chart::{Bar, BarChart};

/// How many of the last one-on-ones the page looks at, and over how many weeks.
const LAST: usize = 12;
const WEEKS: usize = 8;

#[component]
pub fn GrowthPage() -> impl IntoView {
    set_title("Your growth");
    let meetings = use_all::<Meeting>();
    let told = Memo::new(move |_| {
        meetings.with(|m| {
            m.as_deref()
                .map(|m| growth(m, now_ms(), &Local, LAST, WEEKS))
        })
    });
    view! {
        <h1>"Your growth"</h1>
        <p class="lede">{format!("How you hold one-on-ones, across your last {LAST}.")}</p>
        {move || match told.get() {
            None => view! { <p class="muted">"Loading…"</p> }.into_any(),
            Some(g) if g.held.is_empty() => view! {
                <EmptyState title="No one-on-ones held yet"
                    hint="Hold one with the live guide, then debrief it: your talk share, length, asks and self-check show up here." />
            }.into_any(),
            Some(g) => view! { <GrowthSections g=g /> }.into_any(),
        }}
    }
}

#[component]
fn GrowthSections(g: Growth) -> impl IntoView {
    let talk_bars: Vec<Bar> = g
        .held
        .iter()
        .filter_map(|h| h.my_share)
        .map(|share| Bar {
            value: share,
            past_goal: !keeps_talk_goal(share),
        })
        .collect();
    let length_bars: Vec<Bar> = g
        .held
        .iter()
        .filter_map(|h| Some((h.minutes?, h.planned_minutes)))
        .map(|(lasted, planned)| Bar {
            value: lasted as f64 / f64::from(planned.max(1)),
            past_goal: !keeps_plan(lasted, planned),
        })
        .collect();
    let week_bars: Vec<Bar> = g
        .weeks
        .iter()
        .map(|w| Bar {
            value: w.held as f64,
            past_goal: false,
        })
        .collect();
    let most_in_a_week = g.weeks.iter().map(|w| w.held).max().unwrap_or(0).max(1) as f64;
    let talk_summary = g.talk_summary();
    let length_summary = g.length_summary();
    let weeks_summary = g.weeks_summary();
    let asks_summary = g.asks_summary();
    let checks = g.checks.clone();
    view! {
        <Part id="growth-talk" heading="Talk and listen">
            {match talk_summary {
                Some(summary) => view! {
                    <p>{summary.clone()}</p>
                    <BarChart label=format!("Your share of the talking in each one-on-one, against the 30% line. {summary}")
                        bars=talk_bars max=1.0 goal=TALK_SHARE_GOAL />
                }.into_any(),
                None => view! { <p class="muted">"Use the talk meter in a live one-on-one to see your share here."</p> }.into_any(),
            }}
        </Part>
        <Part id="growth-length" heading="Length against the plan">
            {match length_summary {
                Some(summary) => view! {
                    <p>{summary.clone()}</p>
                    <BarChart label=format!("How long each one-on-one lasted against its plan, up to twice as long. {summary}")
                        bars=length_bars max=2.0 goal=1.0 />
                }.into_any(),
                None => view! { <p class="muted">"Hold a one-on-one with the live guide to see how long it ran."</p> }.into_any(),
            }}
        </Part>
        <Part id="growth-weeks" heading="One-on-ones each week">
            <p>{weeks_summary.clone()}</p>
            <BarChart label=format!("One-on-ones held each week, oldest first. {weeks_summary}")
                bars=week_bars max=most_in_a_week />
        </Part>
        <Part id="growth-asks" heading="Asks and answers">
            <p>{asks_summary}</p>
        </Part>
        <Part id="growth-checks" heading="Your self-checks">
            {if checks.iter().all(|c| c.answered == 0) {
                view! { <p class="muted">"Answer “How did you do?” at the end of a debrief to see it counted here."</p> }.into_any()
            } else {
                view! {
                    <ul aria-label="Your self-checks">
                        {checks.iter().map(|c| view! {
                            <li>{format!("{}: yes in {} of {} debriefs", c.question.counted(), c.yes, c.answered)}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </Part>
        <HeldTable g=g />
    }
}

/// One part of the page: a section named by its heading.
#[component]
fn Part(id: &'static str, heading: &'static str, children: Children) -> impl IntoView {
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {children()}
        </section>
    }
}

/// The one-on-ones the charts draw, as a table: what a chart shows, in rows.
#[component]
fn HeldTable(g: Growth) -> impl IntoView {
    let names = names_by_id(use_name_cards());
    let now = now_ms();
    view! {
        <section aria-labelledby="growth-table">
            <h2 id="growth-table">"The one-on-ones counted"</h2>
            <div class="table-scroll">
                <table>
                    <thead><tr><th scope="col">"When"</th><th scope="col">"With"</th><th scope="col">"You talked"</th><th scope="col">"Lasted (planned)"</th></tr></thead>
                    <tbody>
                        {g.held.into_iter().rev().map(|h| {
                            let person = h.person_id.clone();
                            view! {
                                <tr>
                                    <td><a href=format!("/meetings/{}", h.meeting_id)>{describe_day(h.at, now, &Local)}</a></td>
                                    <td>{move || names.with(|n| n.get(&person).cloned()).unwrap_or_default()}</td>
                                    <td>{h.my_share.map_or("–".to_owned(), |s| format!("{}%", percent(s)))}</td>
                                    <td>{match h.minutes {
                                        Some(m) => format!("{m} min ({})", h.planned_minutes),
                                        None => format!("– ({} min)", h.planned_minutes),
                                    }}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
