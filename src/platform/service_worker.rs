//! The service worker that keeps the app working offline: registered at start, and watched for
//! a new version, which waits until the person chooses to reload (so a page never runs files
//! of two versions).

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};

/// The service worker's script (scripts/sw-template.js, written by scripts/precache.mjs).
const SCRIPT: &str = "/sw.js";

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
        let Ok(registration) = JsFuture::from(container.register(SCRIPT)).await else {
            return;
        };
        // A browser that blocks service workers (as some private modes and test harnesses
        // do) may answer with no registration at all rather than refuse.
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        // A page the worker answers runs an older version than one installed since.
        let has_older = controls_page;
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

/// Whether this page was answered by the app's service worker (not so on a first visit).
fn controls_page() -> bool {
    workers()
        .and_then(|container| container.controller())
        .is_some()
}

/// Whether this is a first visit during which the app's service worker is being installed,
/// fetching every file it precaches: where the browser refuses service workers (as some
/// private modes do) or has none (plain http on the LAN), nothing is precached.
pub async fn precaching_first_visit() -> bool {
    let Some(container) = workers() else {
        return false;
    };
    if controls_page() {
        return false;
    }
    // Registering twice is harmless: whichever of this and `register` comes second is answered
    // with the registration the first made, and the script is not fetched again.
    JsFuture::from(container.register(SCRIPT))
        .await
        .is_ok_and(|registration| registration.is_instance_of::<ServiceWorkerRegistration>())
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

/// Where the page keeps the team's server for the service worker (`scripts/sw-template.js`).
const TEAM_CACHE: &str = "team-origin";
const TEAM_ORIGIN_KEY: &str = "/team-origin";

/// Keeps `origin` as the one other origin pages may connect to (the service worker adds it to
/// the policy of every page it serves from now on), or forgets it (`None`).
pub async fn keep_team_origin(origin: Option<&str>) -> Result<(), String> {
    let failed = |what: &str| format!("The app could not keep the team's server address ({what}).");
    let caches = web_sys::window()
        .map(|window| js_sys::Reflect::get(&window, &"caches".into()).unwrap_or(JsValue::UNDEFINED))
        .filter(|caches| caches.is_object())
        .ok_or_else(|| failed("this browser keeps no caches here"))?;
    let call =
        |target: &JsValue, name: &str, args: &[JsValue]| -> Result<js_sys::Promise, String> {
            let function: js_sys::Function = js_sys::Reflect::get(target, &name.into())
                .ok()
                .and_then(|f| f.dyn_into().ok())
                .ok_or_else(|| failed(name))?;
            function
                .apply(target, &args.iter().collect::<js_sys::Array>())
                .map(|promise| promise.unchecked_into())
                .map_err(|_| failed(name))
        };
    let cache = JsFuture::from(call(&caches, "open", &[TEAM_CACHE.into()])?)
        .await
        .map_err(|_| failed("open"))?;
    let done = match origin {
        Some(origin) => {
            let response = web_sys::Response::new_with_opt_str(Some(origin))
                .map_err(|_| failed("response"))?;
            call(&cache, "put", &[TEAM_ORIGIN_KEY.into(), response.into()])?
        }
        None => call(&cache, "delete", &[TEAM_ORIGIN_KEY.into()])?,
    };
    JsFuture::from(done).await.map_err(|_| failed("write"))?;
    Ok(())
}
