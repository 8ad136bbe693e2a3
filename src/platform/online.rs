//! Whether the browser believes it has a network, and word when that changes.

use gloo_events::EventListener;

pub fn is_online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

/// Calls `on_change` with the new state on `online` and `offline`; keep the listeners alive.
pub fn on_change(on_change: impl Fn(bool) + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let back = on_change.clone();
    vec![
        EventListener::new(&window, "online", move |_| back(true)),
        EventListener::new(&window, "offline", move |_| on_change(false)),
    ]
}

/// Resolves at the next `online` event.
pub async fn back_online() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (sender, back) = futures::channel::oneshot::channel();
    let _listener = EventListener::once(&window, "online", move |_| {
        let _ = sender.send(());
    });
    let _ = back.await;
}
