//! The address bar: changing the shown address without a new page or a new history entry.

/// Shows `path` as the current address, so a reload or a shared link opens it.
pub fn replace_address(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
}

/// Loads the page again from the start: every word held in memory is gone.
pub fn reload() {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let _ = location.reload();
    }
}
