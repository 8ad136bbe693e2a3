//! Installing to the home screen: the browser's own install prompt where it offers one
//! (`beforeinstallprompt`, kept for when the person asks), iPhone Safari's manual way, and
//! whether the app already runs installed.

use std::cell::RefCell;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// The deferred prompt event, until it is used.
    static OFFER: RefCell<Option<web_sys::Event>> = const { RefCell::new(None) };
}

fn get(target: &JsValue, name: &str) -> Option<JsValue> {
    js_sys::Reflect::get(target, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

/// Running from the home screen already (any browser, and iOS's own flag).
pub fn is_installed() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    standalone || get(&window.navigator(), "standalone").and_then(|v| v.as_bool()) == Some(true)
}

/// iPhone or iPad Safari, where installing is Share, then Add to Home Screen.
pub fn is_ios_safari() -> bool {
    let agent = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    let ios = ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d));
    let other_browser = ["CriOS", "FxiOS", "EdgiOS"]
        .iter()
        .any(|b| agent.contains(b));
    ios && agent.contains("Safari") && !other_browser
}

/// Keeps the browser's install prompt for later and calls `on_change(true)`; calls
/// `on_change(false)` once the app is installed. Keep the listeners alive.
pub fn watch(on_change: impl Fn(bool) + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let offered = on_change.clone();
    let options = EventListenerOptions::enable_prevent_default();
    vec![
        EventListener::new_with_options(&window, "beforeinstallprompt", options, move |event| {
            event.prevent_default();
            OFFER.with(|offer| offer.replace(Some(event.clone())));
            offered(true);
        }),
        EventListener::new(&window, "appinstalled", move |_| {
            OFFER.with(|offer| offer.take());
            on_change(false);
        }),
    ]
}

/// Shows the browser's install prompt; true when the person accepted.
pub async fn prompt() -> bool {
    let Some(event) = OFFER.with(|offer| offer.take()) else {
        return false;
    };
    let event = JsValue::from(event);
    let Some(show) = get(&event, "prompt").and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    if let Ok(shown) = show.call0(&event) {
        if let Ok(promise) = shown.dyn_into::<js_sys::Promise>() {
            let _ = JsFuture::from(promise).await;
        }
    }
    let Some(choice) = get(&event, "userChoice").and_then(|c| c.dyn_into::<js_sys::Promise>().ok())
    else {
        return false;
    };
    let outcome = JsFuture::from(choice)
        .await
        .ok()
        .and_then(|c| get(&c, "outcome"))
        .and_then(|o| o.as_string());
    outcome.as_deref() == Some("accepted")
}
