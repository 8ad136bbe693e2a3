//! The theme preference: kept in localStorage (read synchronously at start-up, before the
//! first paint) and applied as `data-theme` on `<html>`.

use gloo_storage::{LocalStorage, Storage};

use crate::domain::theme::ThemeChoice;

const KEY: &str = "one-on-one.theme";

/// The stored choice; anything missing or unreadable falls back to following the system.
pub fn load() -> ThemeChoice {
    LocalStorage::get(KEY).unwrap_or_default()
}

/// Stores the choice; returns false when storage refused it (private mode, full disk).
pub fn save(choice: ThemeChoice) -> bool {
    LocalStorage::set(KEY, choice).is_ok()
}

/// Sets or clears `data-theme` on `<html>` so the stylesheet picks light or dark.
pub fn apply(choice: ThemeChoice) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match choice.attribute() {
        Some(value) => root.set_attribute("data-theme", value),
        None => root.remove_attribute("data-theme"),
    };
}
