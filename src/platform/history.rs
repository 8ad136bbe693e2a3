//! The address bar: reading its parts, and changing the shown address without a new page or a
//! new history entry.

/// Shows `path` as the current address, so a reload or a shared link opens it.
pub fn replace_address(path: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path));
    }
}

/// The address's fragment, without its '#' and percent-decoded ("" when there is none).
pub fn fragment() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let hash = hash.trim_start_matches('#');
    js_sys::decode_uri_component(hash)
        .map(String::from)
        .unwrap_or_else(|_| hash.to_owned())
}

/// The app's own origin ("https://organize.example.org").
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Loads the page again from the start: every word held in memory is gone.
pub fn reload() {
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let _ = location.reload();
    }
}
