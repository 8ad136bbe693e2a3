//! The live timer: time since the start against the planned length, with a gentle cue near
//! the end and a plain one once past it.

use leptos::prelude::*;

use crate::domain::live::{clock_text, Live, Pace};

#[component]
pub fn LiveTimer(
    live: Signal<Live>,
    planned_minutes: Signal<u32>,
    now: ReadSignal<i64>,
) -> impl IntoView {
    let pace = move || live.with(|l| l.pace(planned_minutes.get(), now.get()));
    let cue = move || match pace() {
        Pace::NearEnd => "Nearly time: move to next steps",
        Pace::Over => "Past the planned time",
        Pace::OnTime | Pace::NotStarted => "",
    };
    view! {
        <div class="live-timer" class:near-end=move || pace() == Pace::NearEnd class:over=move || pace() == Pace::Over>
            <span class="live-clock" role="timer" aria-label="Time so far">
                {move || live.with(|l| clock_text(l.elapsed_ms(now.get())))}
            </span>
            <span class="live-planned">{move || format!("of {}", clock_text(i64::from(planned_minutes.get()) * 60_000))}</span>
            <span class="live-cue" role="status">{cue}</span>
        </div>
    }
}
