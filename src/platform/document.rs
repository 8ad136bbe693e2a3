//! The document's title, so each screen names itself in the tab and to screen readers.

pub const APP_NAME: &str = "One-on-one";

/// Sets the title to "<page> · One-on-one".
pub fn set_title(page: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(&format!("{page} · {APP_NAME}"));
    }
}
