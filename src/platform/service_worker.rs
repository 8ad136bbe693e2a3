//! The service worker that keeps the app working offline: registered at start, and watched for
//! a new version, which waits until the person chooses to reload (so a page never runs files
//! of two versions).

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// Where service workers exist: HTTPS or localhost, not plain http on the LAN.
fn workers() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
        .then(|| navigator.service_worker())
}

/// Registers `/sw.js`; calls `on_update` when a new version is installed and waiting while
/// an older one runs this page. Listeners live as long as the page.
pub fn register(on_update: impl Fn() + Clone + 'static) {
    let Some(container) = workers() else { return };
    spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("/sw.js")).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        let has_older = move || workers().and_then(|c| c.controller()).is_some();
        if registration.waiting().is_some() && has_older() {
            on_update();
        }
        let watched = registration.clone();
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = watched.installing() else {
                return;
            };
            let on_update = on_update.clone();
            let worker = installing.clone();
            EventListener::new(&installing, "statechange", move |_| {
                if worker.state() == ServiceWorkerState::Installed && has_older() {
                    on_update();
                }
            })
            .forget();
        })
        .forget();
    });
}

/// Lets the waiting version take over, and reloads the page once it has.
pub fn apply_update() {
    let Some(container) = workers() else { return };
    EventListener::once(&container, "controllerchange", |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    })
    .forget();
    spawn_local(async move {
        let Ok(ready) = container.ready() else { return };
        let Ok(registration) = JsFuture::from(ready).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting() {
            let _ = ServiceWorker::post_message(&waiting, &JsValue::from_str("skip-waiting"));
        }
    });
}
