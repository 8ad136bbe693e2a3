//! Quick exit: one tap on the header's Hide button, or Escape twice, takes every name and note
//! off the screen at once and leaves a blank page with a neutral title, until the app is
//! opened again (a reload, or the next launch). What was being typed is written first. With the
//! lock set it locks as well (`lock/gate.rs`).

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::EventListener;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::platform::history::replace_address;
use crate::platform::ids::now_ms;
use crate::store::flush_all_pending;
use crate::ui::components::icons::Icon;
use crate::ui::lock::gate::{lock_behind_blank_page, lock_is_set};

/// Two presses of Escape within this long hide the app.
const DOUBLE_PRESS_MS: i64 = 800;
/// The title a hidden app shows in the task switcher and the tab.
const NEUTRAL_TITLE: &str = "New tab";

/// Whether the app is hidden, for the shell to show nothing of it.
#[derive(Clone, Copy)]
pub struct QuickExit(RwSignal<bool>);

impl QuickExit {
    pub fn hidden(self) -> bool {
        self.0.get()
    }

    /// Hides the app now: pending edits are written, the screen and the title go blank, and
    /// the address no longer names a person or a meeting.
    /// With the lock set, it locks too: the page starts again, blank, and the lock screen
    /// follows when the app is opened again.
    pub fn hide(self) {
        self.0.set(true);
        replace_address("/");
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            document.set_title(NEUTRAL_TITLE);
        }
        if lock_is_set() {
            lock_behind_blank_page();
        } else {
            flush_all_pending();
        }
    }
}

/// Puts the quick exit in context and listens for Escape pressed twice.
pub fn provide_quick_exit() -> QuickExit {
    let exit = QuickExit(RwSignal::new(false));
    provide_context(exit);
    let last_escape = Rc::new(Cell::new(i64::MIN / 2));
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let listener = EventListener::new(&document, "keydown", move |event| {
            let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>().map(|e| e.key()) else {
                return;
            };
            if key != "Escape" {
                return;
            }
            let now = now_ms();
            if now - last_escape.replace(now) <= DOUBLE_PRESS_MS {
                exit.hide();
            }
        });
        // The shell lives as long as the page.
        listener.forget();
    }
    exit
}

/// The header's button that hides the app at once.
#[component]
pub fn HideButton() -> impl IntoView {
    let exit = expect_context::<QuickExit>();
    view! {
        <button type="button" class="header-hide" aria-label="Hide the app (Esc twice)"
            title="Hide the app (Esc twice)" on:click=move |_| exit.hide()>
            <Icon name="hide" />
        </button>
    }
}

/// What a hidden app shows: nothing that says what it is.
#[component]
pub fn NeutralScreen() -> impl IntoView {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(NEUTRAL_TITLE);
    }
    view! {
        <main class="neutral-screen">
            <h1 class="visually-hidden">"Blank page"</h1>
        </main>
    }
}
