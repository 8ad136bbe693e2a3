//! Page lifecycle: run a callback when the page is hidden (tab switch, phone locked) or unloaded.

use gloo_events::EventListener;
use web_sys::VisibilityState;

/// Calls `on_hide` on `visibilitychange` to hidden and on `pagehide`. Keep the returned
/// listeners alive for as long as the callback should run.
pub fn on_hide(on_hide: impl Fn() + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let Some(document) = window.document() else {
        return Vec::new();
    };
    let when_hidden = {
        let on_hide = on_hide.clone();
        let document = document.clone();
        EventListener::new(&document.clone(), "visibilitychange", move |_| {
            if document.visibility_state() == VisibilityState::Hidden {
                on_hide();
            }
        })
    };
    let on_page_hide = EventListener::new(&window, "pagehide", move |_| on_hide());
    vec![when_hidden, on_page_hide]
}
