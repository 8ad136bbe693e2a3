//! The 30/70 control: one tap says who is talking (or pauses), and a quiet bar shows your
//! share of the talk, turning the warning colour once it passes 30%.

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::talk_meter::{Floor, MY_SHARE_LIMIT_PERCENT};
use crate::platform::ids::now_ms;
use crate::ui::data::editable::Editable;

const FLOORS: [(Floor, &str); 3] = [
    (Floor::Them, "They're talking"),
    (Floor::Me, "I'm talking"),
    (Floor::Paused, "Pause"),
];

#[component]
pub fn LiveTalk(meeting: Editable<Meeting>, now: ReadSignal<i64>) -> impl IntoView {
    let floor = move || {
        meeting
            .record
            .with(|m| m.as_ref().map_or(Floor::Paused, |m| m.live.talk.floor()))
    };
    let totals = move || {
        meeting.record.with(|m| {
            m.as_ref()
                .map(|m| m.live.talk.totals(now.get()))
                .unwrap_or_default()
        })
    };
    let over = move || totals().over_limit();
    // Rounded, but never showing "30%" for a share just past the limit.
    let share = move || {
        let rounded = totals().my_share().map(|s| (s * 100.0).round() as i64);
        rounded.map(|r| {
            if over() {
                r.max(MY_SHARE_LIMIT_PERCENT + 1)
            } else {
                r
            }
        })
    };
    view! {
        <section class="live-talk" aria-labelledby="talk-heading">
            <h2 id="talk-heading" class="visually-hidden">"Who is talking"</h2>
            <div class="talk-buttons">
                {FLOORS.into_iter().map(|(option, label)| view! {
                    <button type="button" class="talk-button"
                        aria-pressed=move || (floor() == option).to_string()
                        on:click=move |_| meeting.edit(|m| m.live.talk.switch_to(option, now_ms()))>
                        {label}
                    </button>
                }).collect_view()}
            </div>
            <div class="talk-meter" class:over=over>
                <div class="talk-bar" aria-hidden="true">
                    <span class="talk-mine" style:width=move || format!("{}%", share().unwrap_or(0))></span>
                    <span class="talk-limit" style:left=format!("{MY_SHARE_LIMIT_PERCENT}%")></span>
                </div>
                <p class="talk-share" role="status">{move || match share() {
                    None => "Tap who is talking to start the 30/70 meter".to_owned(),
                    Some(mine) if over() => format!("You {mine}% · Them {}%: over 30%, listen more", 100 - mine),
                    Some(mine) => format!("You {mine}% · Them {}%", 100 - mine),
                }}</p>
            </div>
        </section>
    }
}
