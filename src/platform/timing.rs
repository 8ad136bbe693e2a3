//! User Timing around work worth measuring (a search, a save, building the index), so the
//! benchmark and the browser's performance panel see how long each took.

use std::cell::Cell;

use web_sys::Performance;

thread_local! {
    static NEXT: Cell<u32> = const { Cell::new(0) };
}

fn performance() -> Option<Performance> {
    web_sys::window().and_then(|w| w.performance())
}

/// A piece of work under way; [`Timing::end`] records it as the performance measure `name`.
pub struct Timing {
    name: &'static str,
    mark: String,
}

impl Timing {
    pub fn start(name: &'static str) -> Timing {
        let mark = format!(
            "{name}#{}",
            NEXT.with(|n| n.replace(n.get().wrapping_add(1)))
        );
        if let Some(performance) = performance() {
            let _ = performance.mark(&mark);
        }
        Timing { name, mark }
    }

    pub fn end(self) {
        if let Some(performance) = performance() {
            let _ = performance.measure_with_start_mark(self.name, &self.mark);
            performance.clear_marks_with_mark_name(&self.mark);
        }
    }
}

/// Marks a moment (the app's start, its first screen) on the page's timeline.
pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}

/// Runs `work` and records its duration as the performance measure `name`.
pub fn measure<R>(name: &'static str, work: impl FnOnce() -> R) -> R {
    let timing = Timing::start(name);
    let result = work();
    timing.end();
    result
}

/// Milliseconds since the page started, finer than the clock: for slicing long work into
/// pieces that fit between frames.
pub fn now() -> f64 {
    performance().map_or(0.0, |p| p.now())
}
