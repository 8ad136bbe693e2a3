//! Keeping the screen on during a live meeting (Screen Wake Lock), where the browser has it.
//! The browser drops the lock whenever the page is hidden, so it is asked for again each time
//! the page comes back; dropping `KeepAwake` releases it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::VisibilityState;

/// The lock while held, and whether the `KeepAwake` is gone (a lock granted late is released).
#[derive(Default)]
struct Held {
    lock: Option<JsValue>,
    stopped: bool,
}

type Sentinel = Rc<RefCell<Held>>;

pub struct KeepAwake {
    sentinel: Sentinel,
    _on_visible: Option<EventListener>,
}

fn call(target: &JsValue, method: &str, argument: Option<&JsValue>) -> Option<JsValue> {
    let function: js_sys::Function = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into()
        .ok()?;
    match argument {
        Some(argument) => function.call1(target, argument).ok(),
        None => function.call0(target).ok(),
    }
}

fn request(sentinel: Sentinel) {
    spawn_local(async move {
        let Some(navigator) = web_sys::window().map(|w| JsValue::from(w.navigator())) else {
            return;
        };
        let Some(wake_lock) = js_sys::Reflect::get(&navigator, &"wakeLock".into())
            .ok()
            .filter(|w| !w.is_undefined())
        else {
            return;
        };
        let Some(promise) = call(&wake_lock, "request", Some(&"screen".into())) else {
            return;
        };
        // Refused (low battery, no permission): the meeting goes on without it.
        if let Ok(lock) = JsFuture::from(js_sys::Promise::from(promise)).await {
            let mut held = sentinel.borrow_mut();
            if held.stopped {
                let _ = call(&lock, "release", None);
            } else {
                held.lock = Some(lock);
            }
        }
    });
}

impl KeepAwake {
    /// Asks for the screen to stay on now and whenever the page is shown again.
    pub fn start() -> KeepAwake {
        let sentinel: Sentinel = Rc::default();
        request(sentinel.clone());
        let on_visible = web_sys::window()
            .and_then(|w| w.document())
            .map(|document| {
                let sentinel = sentinel.clone();
                EventListener::new(&document.clone(), "visibilitychange", move |_| {
                    if document.visibility_state() == VisibilityState::Visible {
                        request(sentinel.clone());
                    }
                })
            });
        KeepAwake {
            sentinel,
            _on_visible: on_visible,
        }
    }
}

impl Drop for KeepAwake {
    fn drop(&mut self) {
        let mut held = self.sentinel.borrow_mut();
        held.stopped = true;
        if let Some(lock) = held.lock.take() {
            let _ = call(&lock, "release", None);
        }
    }
}
