//! The current time as a signal, refreshed every second while a screen shows it. Only the
//! display ticks: what it shows is computed from stored timestamps.

use gloo_timers::callback::Interval;
use leptos::prelude::*;

use crate::platform::ids::now_ms;

pub fn use_now() -> ReadSignal<i64> {
    let (now, set_now) = signal(now_ms());
    let interval = Interval::new(1_000, move || set_now.set(now_ms()));
    let interval = StoredValue::new_local(Some(interval));
    on_cleanup(move || {
        if let Some(interval) = interval.try_update_value(Option::take).flatten() {
            interval.cancel();
        }
    });
    now
}
