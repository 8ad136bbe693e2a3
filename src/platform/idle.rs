//! Runs work later, so it never competes with the first paint: when the browser has nothing
//! better to do (`requestIdleCallback` where there is one, else, Safari, a short timeout), or
//! just after the next frame is painted.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `work` once, the next time the page is idle (or after `fallback_ms` without one).
pub fn when_idle(work: impl FnOnce() + 'static, fallback_ms: i32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(work);
    let function: &js_sys::Function = callback.unchecked_ref();
    let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    if has_idle {
        let _ = window.request_idle_callback(function);
    } else {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(function, fallback_ms);
    }
}

/// Resolves the next time the page is idle (or after `fallback_ms` without one).
pub async fn idle_period(fallback_ms: i32) {
    let (done, idle) = futures::channel::oneshot::channel();
    when_idle(
        move || {
            let _ = done.send(());
        },
        fallback_ms,
    );
    let _ = idle.await;
}

/// Calls `work` once, just after the next frame is painted (a timeout queued from the frame's
/// own callback), so what is already on screen shows before it runs.
pub fn after_paint(work: impl FnOnce() + 'static) {
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(work, std::time::Duration::ZERO)
    });
}
