//! The 30/70 control: one large tap each for them and for me (and a smaller Pause), and a quiet
//! bar shows your share of the talk, turning the warning colour once it passes 30%. A screen
//! reader hears the share when the floor changes and when it passes 30%, not every second.

use leptos::prelude::*;

use crate::domain::meeting::Meeting;
use crate::domain::talk_meter::{Floor, MY_SHARE_LIMIT_PERCENT};
use crate::platform::ids::now_ms;
use crate::ui::data::editable::Editable;

/// The two sides of the table, each one large button.
const SIDES: [(Floor, &str); 2] = [(Floor::Them, "They're talking"), (Floor::Me, "I'm talking")];
const PAUSE: &str = "Pause";

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
    let over = Memo::new(move |_| totals().over_limit());
    // Rounded, but never showing "30%" for a share just past the limit.
    let share = move || {
        let rounded = totals().my_share().map(|s| (s * 100.0).round() as i64);
        rounded.map(|r| {
            if over.get() {
                r.max(MY_SHARE_LIMIT_PERCENT + 1)
            } else {
                r
            }
        })
    };
    let said = move || match share() {
        None => "Tap who is talking to start the 30/70 meter".to_owned(),
        Some(mine) if over.get() => {
            format!("You {mine}% · Them {}%: over 30%, listen more", 100 - mine)
        }
        Some(mine) => format!("You {mine}% · Them {}%", 100 - mine),
    };
    // What a screen reader is told: the share after a tap, and once when it passes 30%.
    let announced = RwSignal::new(String::new());
    Effect::new(move |was_over: Option<bool>| {
        let now_over = over.get();
        if was_over == Some(false) && now_over {
            announced.set(untrack(said));
        }
        now_over
    });
    let switch = move |option: Floor, label: &str| {
        meeting.edit(|m| m.live.talk.switch_to(option, now_ms()));
        announced.set(match untrack(share) {
            Some(_) => format!("{label}. {}", untrack(said)),
            None => label.to_owned(),
        });
    };
    let button = move |option: Floor, label: &'static str, class: &'static str| {
        view! {
            <button type="button" class=class
                aria-pressed=move || (floor() == option).to_string()
                on:click=move |_| switch(option, label)>
                {label}
            </button>
        }
    };
    view! {
        <section class="live-talk" aria-labelledby="talk-heading">
            <h2 id="talk-heading" class="visually-hidden">"Who is talking"</h2>
            <div class="talk-buttons">
                {SIDES.map(|(option, label)| button(option, label, "talk-button"))}
            </div>
            <div class="talk-meter" class:over=move || over.get()>
                <div class="talk-reading">
                    <div class="talk-bar" aria-hidden="true">
                        <span class="talk-mine" style:width=move || format!("{}%", share().unwrap_or(0))></span>
                        <span class="talk-limit" style:left=format!("{MY_SHARE_LIMIT_PERCENT}%")></span>
                    </div>
                    <p class="talk-share">{said}</p>
                </div>
                {button(Floor::Paused, PAUSE, "talk-pause")}
                <p class="visually-hidden" role="status">{move || announced.get()}</p>
            </div>
        </section>
    }
}
