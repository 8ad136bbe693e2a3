//! What locks an unlocked app again by itself: being hidden for longer than the person chose
//! (Settings, Lock), and the lock turned on or changed in another tab (this tab's key is then
//! not the lock's, and it could neither read nor write what is stored).

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::VisibilityState;

use super::gate::lock_now;
use crate::platform::ids::now_ms;
use crate::store::vault::{auto_lock, held_key_id, kept_lock, LOCK_KEY};

/// Starts watching, for as long as the app's root lives.
pub fn watch_for_locking() {
    let (Some(window), Some(document)) = (
        web_sys::window(),
        web_sys::window().and_then(|w| w.document()),
    ) else {
        return;
    };
    let hidden_at = Rc::new(Cell::new(None::<i64>));
    let on_visibility = {
        let document = document.clone();
        EventListener::new(&document.clone(), "visibilitychange", move |_| {
            if held_key_id().is_none() {
                return;
            }
            let choice = auto_lock();
            if document.visibility_state() == VisibilityState::Hidden {
                hidden_at.set(Some(now_ms()));
                if choice.after_ms() == 0 {
                    lock_now();
                }
            } else if let Some(at) = hidden_at.take() {
                if choice.is_due(at, now_ms()) {
                    lock_now();
                }
            }
        })
    };
    let on_other_tab = EventListener::new(&window, "storage", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        if event.key().as_deref() != Some(LOCK_KEY) {
            return;
        }
        let lock_key_id = kept_lock().ok().flatten().map(|lock| lock.key_id);
        // A lock this tab holds no key for (turned on, or turned off and on again elsewhere).
        if lock_key_id.is_some() && lock_key_id != held_key_id() {
            lock_now();
        }
    });
    let _ = StoredValue::new_local((on_visibility, on_other_tab));
}
